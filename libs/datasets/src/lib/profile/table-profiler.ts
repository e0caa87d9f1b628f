import type { CellValue } from '../row';
import { ColumnProfiler } from './column-profiler';
import type { DatasetProfile, ProfileCell } from './dataset-profile';
import { RowSample, toProfileRow } from './row-sample';

const FIRST_ROWS = 20;
const SAMPLE_ROWS = 20;

export type ProfileSource = Pick<
  DatasetProfile,
  'format' | 'encoding' | 'delimiter' | 'sheet' | 'bytes'
>;

/** Profiles a table row by row: one `ColumnProfiler` per column plus the row samples. */
export class TableProfiler {
  private readonly columns: ColumnProfiler[];
  private readonly firstRows: ProfileCell[][] = [];
  private readonly sample: RowSample;
  private rows = 0;

  constructor(names: readonly string[], random: () => number = Math.random) {
    this.columns = names.map((name) => new ColumnProfiler(name));
    this.sample = new RowSample(SAMPLE_ROWS, random);
  }

  /** A row with exactly one cell per column; the readers guarantee the width. */
  add(row: readonly CellValue[]): void {
    const columns = this.columns;
    for (let i = 0; i < columns.length; i++) columns[i].add(row[i]);
    if (this.rows < FIRST_ROWS) this.firstRows.push(toProfileRow(row));
    this.sample.add(row);
    this.rows++;
  }

  get rowCount(): number {
    return this.rows;
  }

  result(source: ProfileSource): DatasetProfile {
    const cells = this.rows * this.columns.length;
    const filled = this.columns.reduce((sum, column) => sum + column.filled, 0);
    return {
      ...source,
      rowCount: this.rows,
      columns: this.columns.map((column) => column.result()),
      firstRows: this.firstRows,
      sampleRows: this.sample.result(),
      completeness: cells === 0 ? 1 : filled / cells,
    };
  }
}
