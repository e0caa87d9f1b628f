import type { QualityDimension, QualityReportState } from '@ketenlab/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { QualityDimensionEnum, QualityReportStateEnum } from '../common/graphql/domain-enums';
import { DatasetVersion } from '../datasets/dataset-version.entity';
import { Dataset } from '../datasets/dataset.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Project } from '../projects/project.entity';

/**
 * A quality report (terugmelding) about a dataset. The state only changes through the moves of
 * libs/domain quality-report.ts; a resolution (confirmed or rejected) is final and says why.
 * The dataset's project is kept beside it so that permission checks need no join.
 */
@ObjectType('QualityReport', { description: 'Doubt about a dataset, reported to its owner.' })
@Entity('quality_reports')
@Index(['datasetId', 'state'])
export class QualityReport {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID)
  @ForeignKey(() => Dataset, { onDelete: 'CASCADE' })
  @Column('uuid')
  datasetId!: string;

  @Index()
  @ForeignKey(() => Project, { onDelete: 'CASCADE' })
  @Column('uuid')
  projectId!: string;

  @Field(() => QualityDimensionEnum)
  @Column({ type: 'varchar' })
  dimension!: QualityDimension;

  @Field(() => String, {
    nullable: true,
    description: 'The column doubted, as named in the version current when it was reported.',
  })
  @Column({ type: 'varchar', nullable: true })
  column!: string | null;

  @Field()
  @Column({ type: 'text' })
  description!: string;

  @Field(() => QualityReportStateEnum)
  @Column({ type: 'varchar' })
  state!: QualityReportState;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column('uuid')
  reporterId!: string;

  /** The reporter's organisation when they reported: the report speaks for it. */
  @ForeignKey(() => Organisation, { onDelete: 'RESTRICT' })
  @Column('uuid')
  reporterOrganisationId!: string;

  @Field()
  @Column()
  createdAt!: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  resolvedAt!: Date | null;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was rejected, or the note that came with confirming it.',
  })
  @Column({ type: 'text', nullable: true })
  resolutionNote!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The dataset version that fixed what a confirmed report found.',
  })
  @ForeignKey(() => DatasetVersion, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  fixedInVersionId!: string | null;
}
