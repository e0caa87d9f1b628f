/** One bin of a histogram as the API sends it: [from, to) and how many values fell in it. */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** A bin with its bar's height as a share of the tallest bar. */
export interface HistogramBar extends HistogramBin {
  readonly height: number;
}

export function histogramBars(bins: readonly HistogramBin[]): HistogramBar[] {
  const tallest = Math.max(0, ...bins.map((bin) => bin.count));
  return bins.map((bin) => ({ ...bin, height: tallest === 0 ? 0 : bin.count / tallest }));
}

/** The bin with the most values (the first one on a tie), for a one-line summary. */
export function fullestBar(bars: readonly HistogramBar[]): HistogramBar | undefined {
  return bars.reduce<HistogramBar | undefined>(
    (best, bar) => (best === undefined || bar.count > best.count ? bar : best),
    undefined,
  );
}
