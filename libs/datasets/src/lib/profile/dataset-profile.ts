import type { Histogram } from './histogram';

/**
 * What the profile calls a column. `identifier` is a code that names one thing per row
 * (postcode, BSN-like number, `BU03630101`); `category` is a value from a small repeated set;
 * `empty` a column without a single value. The rules are in `column-type.ts`.
 */
export type ColumnType =
  'integer' | 'decimal' | 'date' | 'boolean' | 'category' | 'identifier' | 'text' | 'empty';

/** A cell as stored in the profile: JSON, dates as ISO 8601 strings. */
export type ProfileCell = string | number | boolean | null;

export interface ValueCount {
  readonly value: string;
  readonly count: number;
}

export interface ColumnProfile {
  readonly name: string;
  readonly type: ColumnType;
  /** Cells that are empty or an empty-value mark such as `.` or `n.v.t.`. */
  readonly emptyCount: number;
  readonly emptyShare: number;
  /** 1 − emptyShare: the completeness quality indicator of this column. */
  readonly completeness: number;
  /** Non-empty cells that do not fit the type (a typo in a number column, say). */
  readonly nonConforming: number;
  readonly distinct: { readonly count: number; readonly exact: boolean };
  /** Up to ten most frequent values (as written), most frequent first. */
  readonly topValues: readonly ValueCount[];
  readonly topValuesExact: boolean;
  /** Numbers: how the column writes them. */
  readonly numberFormat?: 'decimal-comma' | 'decimal-dot';
  /** Numbers: numeric min and max; dates: ISO 8601 strings. */
  readonly min?: number | string;
  readonly max?: number | string;
  readonly mean?: number;
  readonly histogram?: Histogram;
}

export interface DatasetProfile {
  readonly format: 'csv' | 'xlsx';
  /** CSV only. */
  readonly encoding?: 'utf-8' | 'windows-1252';
  readonly delimiter?: ';' | ',' | '\t';
  /** XLSX only: the worksheet read. */
  readonly sheet?: string;
  readonly bytes: number;
  readonly rowCount: number;
  readonly columns: readonly ColumnProfile[];
  /** The first rows, for a preview. */
  readonly firstRows: readonly (readonly ProfileCell[])[];
  /** Rows drawn uniformly from the whole file (reservoir sampling). */
  readonly sampleRows: readonly (readonly ProfileCell[])[];
  /** Share of non-empty cells in the whole table: the overall completeness indicator. */
  readonly completeness: number;
}
