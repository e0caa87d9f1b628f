import type { DataChangeReason, DatasetDependantKind } from '@ketenlab/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { DataChangeReasonEnum } from '../common/graphql/domain-enums';
import { DatasetVersion } from '../datasets/dataset-version.entity';
import { Dataset } from '../datasets/dataset.entity';
import { Project } from '../projects/project.entity';
import { QualityReport } from '../quality-reports/quality-report.entity';

/**
 * "Data changed since": something that relies on a dataset (a dependant: today a hypothesis
 * whose evidence cites it) was flagged because the dataset got a new version or a quality report
 * about it was confirmed. Open until someone acknowledges it; then kept, as history.
 * `dependantId` points into the dependant kind's own table, so it has no foreign key; the flag
 * carries the dependant's project so permission checks need no join.
 */
@ObjectType('DataChangeFlag', {
  description: 'Data this relies on changed since: a new dataset version or a confirmed report.',
})
@Entity('data_change_flags')
@Index(['dependantKind', 'dependantId'])
export class DataChangeFlag {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar' })
  dependantKind!: DatasetDependantKind;

  @Column('uuid')
  dependantId!: string;

  @Index()
  @ForeignKey(() => Project, { onDelete: 'CASCADE' })
  @Column('uuid')
  projectId!: string;

  @Field(() => ID)
  @Index()
  @ForeignKey(() => Dataset, { onDelete: 'CASCADE' })
  @Column('uuid')
  datasetId!: string;

  @Field(() => DataChangeReasonEnum)
  @Column({ type: 'varchar' })
  reason!: DataChangeReason;

  /** The new version, for `new_version`; the fixing version of a confirmed report, if it had one. */
  @Field(() => ID, { nullable: true })
  @ForeignKey(() => DatasetVersion, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  datasetVersionId!: string | null;

  /** The confirmed report, for `report_confirmed`. */
  @Field(() => ID, { nullable: true })
  @ForeignKey(() => QualityReport, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  qualityReportId!: string | null;

  /** Who caused the change (uploaded the version, confirmed the report). */
  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  raisedById!: string | null;

  @Field()
  @Column()
  raisedAt!: Date;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  acknowledgedById!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  acknowledgedAt!: Date | null;
}
