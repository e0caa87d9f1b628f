import { HeavyHitters } from './heavy-hitters';

describe(HeavyHitters.name, () => {
  it('keeps every value above n / (capacity + 1) with a count low by at most that', () => {
    const summary = new HeavyHitters(10);
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      // 30 % 'Amsterdam', 20 % 'Utrecht', the rest unique.
      summary.add(i % 10 < 3 ? 'Amsterdam' : i % 10 < 5 ? 'Utrecht' : `uniek-${i}`);
    }
    const top = new Map(summary.top(2));
    const slack = n / 11;
    expect([...top.keys()]).toEqual(['Amsterdam', 'Utrecht']);
    expect(top.get('Amsterdam')).toBeGreaterThanOrEqual(30_000 - slack);
    expect(top.get('Amsterdam')).toBeLessThanOrEqual(30_000);
    expect(top.get('Utrecht')).toBeGreaterThanOrEqual(20_000 - slack);
  });

  it('starts from exact counts it is seeded with', () => {
    const summary = new HeavyHitters(3, [
      ['a', 5],
      ['b', 3],
    ]);
    summary.add('b');
    expect(summary.top(2)).toEqual([
      ['a', 5],
      ['b', 4],
    ]);
  });
});
