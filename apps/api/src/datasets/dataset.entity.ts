import type {
  AccessClass,
  DatasetLicence,
  DatasetTheme,
  UpdateFrequencyCode,
} from '@ketenlab/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import {
  AccessClassEnum,
  DatasetLicenceEnum,
  DatasetThemeEnum,
  UpdateFrequencyEnum,
} from '../common/graphql/domain-enums';
import { Organisation } from '../organisations/organisation.entity';
import { Project } from '../projects/project.entity';

/**
 * A dataset in a project: its metadata (DCAT-AP-NL in spirit) and the organisation that owns
 * it. Every project member sees this row; the rows of its versions only reach the owner
 * organisation and those it allowed (DatasetRowOrganisation, `dataset.rows.read`).
 */
@ObjectType('Dataset')
@Entity('datasets')
export class Dataset {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Index()
  @ForeignKey(() => Project, { onDelete: 'CASCADE' })
  @Column('uuid')
  projectId!: string;

  /** The organisation of whoever created it; decides who else sees the rows. */
  @Index()
  @ForeignKey(() => Organisation, { onDelete: 'RESTRICT' })
  @Column('uuid')
  ownerOrganisationId!: string;

  @Field()
  @Column({ type: 'varchar' })
  title!: string;

  @Field()
  @Column({ type: 'text' })
  description!: string;

  @Field({ description: 'dct:identifier: a stable name for the dataset, e.g. a URI.' })
  @Column({ type: 'varchar' })
  identifier!: string;

  @ForeignKey(() => Organisation, { onDelete: 'RESTRICT' })
  @Column('uuid')
  publisherOrganisationId!: string;

  @ForeignKey(() => Organisation, { onDelete: 'RESTRICT' })
  @Column('uuid')
  creatorOrganisationId!: string;

  @Field({ description: 'Contact point: who answers questions about the dataset.' })
  @Column({ type: 'varchar' })
  contactName!: string;

  @Field()
  @Column({ type: 'varchar' })
  contactEmail!: string;

  @Field(() => DatasetThemeEnum)
  @Column({ type: 'varchar' })
  theme!: DatasetTheme;

  @Field(() => DatasetLicenceEnum)
  @Column({ type: 'varchar' })
  licence!: DatasetLicence;

  @Field(() => AccessClassEnum)
  @Column({ type: 'varchar' })
  accessClass!: AccessClass;

  @Field(() => String, {
    nullable: true,
    description: 'The legal basis for processing; required for personal data.',
  })
  @Column({ type: 'text', nullable: true })
  legalBasis!: string | null;

  @Field(() => UpdateFrequencyEnum)
  @Column({ type: 'varchar' })
  updateFrequency!: UpdateFrequencyCode;

  @Field(() => String, { nullable: true, description: 'Temporal coverage from, YYYY-MM-DD.' })
  @Column({ type: 'varchar', nullable: true })
  temporalStart!: string | null;

  @Field(() => String, { nullable: true, description: 'Temporal coverage until, YYYY-MM-DD.' })
  @Column({ type: 'varchar', nullable: true })
  temporalEnd!: string | null;

  @Field({ description: 'Spatial coverage, e.g. "Gemeente Voorbeeldstad, per wijk".' })
  @Column({ type: 'text', default: '' })
  spatialCoverage!: string;

  @Field({ description: 'Where the data comes from (dct:source).' })
  @Column({ type: 'text', default: '' })
  source!: string;

  @Field(() => [String])
  @Column({ type: 'simple-json' })
  keywords!: string[];

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column('uuid')
  createdById!: string;

  /** Set by the writer from the clock, with milliseconds. */
  @Field()
  @Column()
  createdAt!: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt!: Date;
}
