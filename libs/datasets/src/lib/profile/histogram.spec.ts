import { HistogramBuilder } from './histogram';

/** The exact equal-width histogram, for comparison. */
function exact(values: number[], bins: number): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const counts = new Array<number>(bins).fill(0);
  for (const value of values) {
    counts[Math.min(bins - 1, Math.floor(((value - min) / (max - min)) * bins))]++;
  }
  return counts;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (Math.imul(state, 48271) + 11) % 2147483647) >>> 0) / 2147483647;
}

describe(HistogramBuilder.name, () => {
  it('is exact while it has seen few values', () => {
    const builder = new HistogramBuilder();
    [1, 2, 2, 3, 10].forEach((v) => builder.add(v));
    expect(builder.build(3)).toEqual({ min: 1, max: 10, counts: [4, 0, 1] });
  });

  it('stays within a fraction of a percent of exact when the range grows both ways', () => {
    const random = seeded(7);
    // Start narrow, then widen upwards and downwards, as incomes sorted by district might.
    const values = [
      ...Array.from({ length: 2000 }, () => 100 + random() * 10),
      ...Array.from({ length: 20_000 }, () => random() * 50_000),
      ...Array.from({ length: 20_000 }, () => -20_000 + random() * 5000),
    ];
    const builder = new HistogramBuilder();
    values.forEach((v) => builder.add(v));
    const built = builder.build(10);
    const expected = exact(values, 10);
    expect(built?.min).toBe(Math.min(...values));
    expect(built?.max).toBe(Math.max(...values));
    expect(built?.counts.reduce((a, b) => a + b)).toBe(values.length);
    built?.counts.forEach((count, i) =>
      expect(Math.abs(count - expected[i])).toBeLessThanOrEqual(values.length * 0.005),
    );
  });

  it('puts a constant column in one bin', () => {
    const builder = new HistogramBuilder();
    for (let i = 0; i < 5000; i++) builder.add(42);
    expect(builder.build(10)).toEqual({
      min: 42,
      max: 42,
      counts: [5000, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    });
  });

  it('has nothing to show without values', () => {
    expect(new HistogramBuilder().build(10)).toBeUndefined();
  });
});
