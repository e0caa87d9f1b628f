/** A histogram as the profile holds it: equal-width bins over [min, max]. */
export interface HistogramData {
  readonly min: number;
  readonly max: number;
  readonly counts: readonly number[];
}

/** One bin: its value range, its count, and its bar's height as a share of the tallest bar. */
export interface HistogramBar {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly height: number;
}

/**
 * The bars of a histogram. Bin i covers [min + i·w, min + (i+1)·w) with w = (max − min) / n;
 * the last bin includes max. A column with one value has one bin of width zero.
 */
export function histogramBars(histogram: HistogramData): HistogramBar[] {
  const { min, max, counts } = histogram;
  const width = counts.length ? (max - min) / counts.length : 0;
  const tallest = Math.max(0, ...counts);
  return counts.map((count, i) => ({
    from: min + i * width,
    to: i === counts.length - 1 ? max : min + (i + 1) * width,
    count,
    height: tallest === 0 ? 0 : count / tallest,
  }));
}

/** The bin with the most values (the first one on a tie), for a one-line summary. */
export function fullestBar(bars: readonly HistogramBar[]): HistogramBar | undefined {
  return bars.reduce<HistogramBar | undefined>(
    (best, bar) => (best === undefined || bar.count > best.count ? bar : best),
    undefined,
  );
}
