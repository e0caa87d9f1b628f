import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ColumnProfile, ColumnType } from '@ketenlab/datasets';
import { ColumnTypeEnum } from './dataset-version.types';

/**
 * The profile splits in two: its shape (columns, types, completeness, counts), which every
 * project member may see, and the values read from rows (`ColumnValues`, sample and first
 * rows, the preview), which only the organisations allowed to read rows get.
 */
@ObjectType('DatasetProfile', { description: 'What the file held, computed while it streamed in.' })
export class DatasetProfileType {
  @Field(() => String, { nullable: true, description: 'CSV: utf-8 or windows-1252.' })
  encoding!: string | null;

  @Field(() => String, { nullable: true, description: 'CSV: the delimiter found.' })
  delimiter!: string | null;

  @Field(() => String, { nullable: true, description: 'XLSX: the worksheet read.' })
  sheet!: string | null;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Float, { description: 'Share of non-empty cells in the whole table, 0..1.' })
  completeness!: number;

  @Field(() => [DatasetColumnType])
  columns!: DatasetColumnType[];

  /** For the row-access check on the fields below. */
  datasetId!: string;
  projectId!: string;
  versionId!: string;
}

@ObjectType('DatasetColumn', { description: 'A column of a version: its shape, no values.' })
export class DatasetColumnType {
  @Field(() => Int, { description: 'Position, 0-based.' })
  index!: number;

  @Field()
  name!: string;

  @Field(() => ColumnTypeEnum)
  type!: ColumnType;

  @Field(() => Int)
  emptyCount!: number;

  @Field(() => Float, { description: 'Share of empty cells (the null share), 0..1.' })
  emptyShare!: number;

  @Field(() => Float, { description: '1 − emptyShare.' })
  completeness!: number;

  @Field(() => Int, { description: 'Non-empty cells that do not fit the type.' })
  nonConforming!: number;

  @Field(() => Int)
  distinctCount!: number;

  @Field({ description: 'False when distinctCount is an estimate (HyperLogLog, ~0.8 %).' })
  distinctExact!: boolean;

  @Field(() => String, { nullable: true, description: 'Numbers: decimal-comma or decimal-dot.' })
  numberFormat!: string | null;

  /** The stored column profile, for the row-guarded `values`. */
  source!: ColumnProfile;
  datasetId!: string;
  projectId!: string;
  versionId!: string;
}

@ObjectType('ValueCount')
export class ValueCountType {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('HistogramBin')
export class HistogramBinType {
  @Field(() => Float)
  from!: number;

  @Field(() => Float)
  to!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ColumnValues', {
  description: 'What a column holds, read from its rows: only for organisations with row access.',
})
export class ColumnValuesType {
  @Field(() => String, { nullable: true, description: 'Numbers as written in JSON, dates ISO.' })
  min!: string | null;

  @Field(() => String, { nullable: true })
  max!: string | null;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => [HistogramBinType], { description: 'Numbers: 10 equal bins over min..max.' })
  histogram!: HistogramBinType[];

  @Field(() => [ValueCountType], { description: 'Up to ten most frequent values.' })
  topValues!: ValueCountType[];

  @Field({ description: 'False when the counts are a Misra–Gries estimate.' })
  topValuesExact!: boolean;
}

@ObjectType('DatasetRowsPage', { description: 'A page of rows read from the stored file.' })
export class DatasetRowsPageType {
  @Field(() => ID)
  versionId!: string;

  @Field(() => Int)
  offset!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => [String])
  columns!: string[];

  @Field(() => [[String]], { description: 'Cells as text; null for an empty cell.' })
  rows!: Array<Array<string | null>>;
}
