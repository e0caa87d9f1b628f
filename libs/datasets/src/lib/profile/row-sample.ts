import type { CellValue } from '../row';
import type { ProfileCell } from './dataset-profile';

/**
 * A uniform sample of `size` rows from a stream of unknown length (reservoir sampling,
 * Vitter's algorithm R): row i replaces a kept row with probability size / (i + 1).
 */
export class RowSample {
  private readonly rows: ProfileCell[][] = [];
  private seen = 0;

  constructor(
    private readonly size: number,
    private readonly random: () => number,
  ) {}

  add(row: readonly CellValue[]): void {
    const index = this.seen++;
    if (index < this.size) {
      this.rows.push(toProfileRow(row));
      return;
    }
    const slot = Math.floor(this.random() * (index + 1));
    if (slot < this.size) this.rows[slot] = toProfileRow(row);
  }

  result(): ProfileCell[][] {
    return this.rows;
  }
}

export function toProfileRow(row: readonly CellValue[]): ProfileCell[] {
  return row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell));
}
