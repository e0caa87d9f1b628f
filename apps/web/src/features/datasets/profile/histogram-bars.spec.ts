import { fullestBar, histogramBars } from './histogram-bars';

describe(histogramBars.name, () => {
  it('splits [min, max] into equal bins, the last ending at max', () => {
    const bars = histogramBars({ min: 0, max: 10, counts: [1, 4, 2, 0, 3] });
    expect(bars.map((bar) => [bar.from, bar.to])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8],
      [8, 10],
    ]);
    expect(bars.map((bar) => bar.height)).toEqual([0.25, 1, 0.5, 0, 0.75]);
  });

  it('draws a column of one repeated value as one full bar', () => {
    expect(histogramBars({ min: 7, max: 7, counts: [12] })).toEqual([
      { from: 7, to: 7, count: 12, height: 1 },
    ]);
  });

  it('gives empty bins no height rather than dividing by zero', () => {
    expect(histogramBars({ min: 0, max: 1, counts: [0, 0] }).map((bar) => bar.height)).toEqual([
      0, 0,
    ]);
  });
});

describe(fullestBar.name, () => {
  it('picks the first of the tallest bins', () => {
    const bars = histogramBars({ min: 0, max: 3, counts: [2, 5, 5] });
    expect(fullestBar(bars)).toMatchObject({ from: 1, count: 5 });
  });

  it('has nothing to say about no bins', () => {
    expect(fullestBar([])).toBeUndefined();
  });
});
