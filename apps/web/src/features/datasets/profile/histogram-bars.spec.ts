import { fullestBar, histogramBars } from './histogram-bars';

const bins = (counts: number[]) => counts.map((count, i) => ({ from: i, to: i + 1, count }));

describe(histogramBars.name, () => {
  it('sizes every bar against the tallest', () => {
    expect(histogramBars(bins([1, 4, 2, 0, 3])).map((bar) => bar.height)).toEqual([
      0.25, 1, 0.5, 0, 0.75,
    ]);
  });

  it('draws a column of one repeated value as one full bar', () => {
    expect(histogramBars([{ from: 7, to: 7, count: 12 }])).toEqual([
      { from: 7, to: 7, count: 12, height: 1 },
    ]);
  });

  it('gives empty bins no height rather than dividing by zero', () => {
    expect(histogramBars(bins([0, 0])).map((bar) => bar.height)).toEqual([0, 0]);
  });
});

describe(fullestBar.name, () => {
  it('picks the first of the tallest bins', () => {
    expect(fullestBar(histogramBars(bins([2, 5, 5])))).toMatchObject({ from: 1, count: 5 });
  });

  it('has nothing to say about no bins', () => {
    expect(fullestBar([])).toBeUndefined();
  });
});
