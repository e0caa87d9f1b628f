import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ColumnType } from '@ketenlab/datasets';
import type { DatasetVersion } from './dataset-version.entity';

const COLUMN_TYPES = [
  'integer',
  'decimal',
  'date',
  'boolean',
  'category',
  'identifier',
  'text',
  'empty',
] as const satisfies readonly ColumnType[];
export const ColumnTypeEnum = Object.fromEntries(COLUMN_TYPES.map((t) => [t, t])) as {
  [K in ColumnType]: K;
};
registerEnumType(ColumnTypeEnum, {
  name: 'ColumnType',
  description: 'What the profile found a column to hold.',
});

/** A version as the API shows it: the entity's facts plus what its fields resolve from. */
@ObjectType('DatasetVersion', { description: 'One uploaded file of a dataset and its profile.' })
export class DatasetVersionType implements Partial<DatasetVersion> {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  datasetId!: string;

  @Field(() => Int, { description: '1 for the first upload, then 2, 3…' })
  number!: number;

  @Field()
  fileName!: string;

  @Field({ description: 'csv or xlsx.' })
  format!: 'csv' | 'xlsx';

  @Field(() => Float, { description: 'Size of the file in bytes.' })
  byteSize!: number;

  @Field({ description: 'SHA-256 of the file, hex.' })
  sha256!: string;

  @Field(() => Int)
  rowCount!: number;

  @Field()
  createdAt!: Date;

  uploadedById!: string;
  /** The dataset's project, for the permission checks on fields. */
  projectId!: string;
  /** The stored row, with its profile, for the fields that read it. */
  entity!: DatasetVersion;
}

@ObjectType('Timeliness', {
  description: 'Whether the last upload is within the declared update frequency.',
})
export class TimelinessType {
  @Field({ description: 'timely, overdue, or unknown (no versions, or no fixed frequency).' })
  status!: string;

  @Field(() => Date, { nullable: true })
  nextUpdateDue!: Date | null;

  @Field(() => Int)
  daysOverdue!: number;
}

@ObjectType('SchemaColumn')
export class SchemaColumnType {
  @Field()
  name!: string;

  @Field(() => ColumnTypeEnum)
  type!: ColumnType;
}

@ObjectType('RetypedColumn')
export class RetypedColumnType {
  @Field()
  name!: string;

  @Field(() => ColumnTypeEnum)
  from!: ColumnType;

  @Field(() => ColumnTypeEnum)
  to!: ColumnType;
}

@ObjectType('SchemaDiff', { description: 'How the columns changed from the previous version.' })
export class SchemaDiffType {
  @Field(() => [SchemaColumnType])
  added!: SchemaColumnType[];

  @Field(() => [SchemaColumnType])
  removed!: SchemaColumnType[];

  @Field(() => [RetypedColumnType])
  retyped!: RetypedColumnType[];
}
