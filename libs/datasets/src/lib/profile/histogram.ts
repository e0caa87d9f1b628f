export interface Histogram {
  /** Lower edge of the first bin and upper edge of the last (the column's min and max). */
  readonly min: number;
  readonly max: number;
  /** Counts of equal-width bins over [min, max]; the last bin includes max. */
  readonly counts: number[];
}

const FINE_BINS = 1024;
const HALF = FINE_BINS / 2;

/**
 * An equal-width histogram built in one pass without knowing min and max in advance.
 *
 * Values are counted exactly in 1024 fine bins over a range that starts at the spread of the
 * first 1024 values and doubles (merging neighbouring bins pairwise) whenever a value falls
 * outside it. Doubling keeps the data over at least half of the range, so the data always
 * spans at least ~512 fine bins; at the end they are poured into the few output bins over the
 * true [min, max] by their centres. A count can land one bin off only for values within one
 * fine bin (≤ 0.2 % of the spread) of an output edge. Memory: 1024 numbers, whatever the size.
 */
export class HistogramBuilder {
  private readonly fine = new Float64Array(FINE_BINS);
  private pending: number[] | null = [];
  private low = 0;
  private width = 0;
  private min = Infinity;
  private max = -Infinity;

  add(value: number): void {
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    const pending = this.pending;
    if (pending !== null) {
      pending.push(value);
      if (pending.length === FINE_BINS) this.fixRange(pending);
      return;
    }
    this.count(value);
  }

  build(bins: number): Histogram | undefined {
    if (this.min > this.max) return undefined;
    const counts = new Array<number>(bins).fill(0);
    const span = this.max - this.min;
    const place = (value: number, count: number) => {
      const bin = span === 0 ? 0 : Math.floor(((value - this.min) / span) * bins);
      counts[Math.min(bins - 1, Math.max(0, bin))] += count;
    };
    if (this.pending !== null) {
      for (const value of this.pending) place(value, 1);
    } else {
      for (let i = 0; i < FINE_BINS; i++) {
        if (this.fine[i] > 0) place(this.low + (i + 0.5) * this.width, this.fine[i]);
      }
    }
    return { min: this.min, max: this.max, counts };
  }

  private fixRange(pending: number[]): void {
    this.low = this.min;
    this.width = this.max > this.min ? (this.max - this.min) / (FINE_BINS - 1) : 1;
    this.pending = null;
    for (const value of pending) this.count(value);
  }

  private count(value: number): void {
    while (value < this.low) this.growDown();
    while (value >= this.low + this.width * FINE_BINS) this.growUp();
    this.fine[Math.min(FINE_BINS - 1, Math.floor((value - this.low) / this.width))]++;
  }

  /** Doubles the range upwards: the old bins fold into the lower half. */
  private growUp(): void {
    for (let i = 0; i < HALF; i++) this.fine[i] = this.fine[2 * i] + this.fine[2 * i + 1];
    this.fine.fill(0, HALF);
    this.width *= 2;
  }

  /** Doubles the range downwards: the old bins fold into the upper half. */
  private growDown(): void {
    for (let i = FINE_BINS - 1; i >= HALF; i--) {
      const from = 2 * (i - HALF);
      this.fine[i] = this.fine[from] + this.fine[from + 1];
    }
    this.fine.fill(0, 0, HALF);
    this.low -= this.width * FINE_BINS;
    this.width *= 2;
  }
}
