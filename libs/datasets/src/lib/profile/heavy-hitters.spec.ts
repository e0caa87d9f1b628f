import { ExactCounter } from './exact-counter';
import { HeavyHitters } from './heavy-hitters';
import { hashString } from './string-hash';

const hash = new Int32Array(2);
function add(summary: HeavyHitters, value: string): void {
  hashString(value, hash);
  summary.add(value, hash[0], hash[1]);
}

describe(HeavyHitters.name, () => {
  it('keeps every value above n / (capacity + 1) with a count low by at most that', () => {
    const summary = new HeavyHitters(10);
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      // 30 % 'Amsterdam', 20 % 'Utrecht', the rest unique.
      add(summary, i % 10 < 3 ? 'Amsterdam' : i % 10 < 5 ? 'Utrecht' : `uniek-${i}`);
    }
    const top = new Map(summary.top(2));
    const slack = n / 11;
    expect([...top.keys()]).toEqual(['Amsterdam', 'Utrecht']);
    expect(top.get('Amsterdam')).toBeGreaterThanOrEqual(30_000 - slack);
    expect(top.get('Amsterdam')).toBeLessThanOrEqual(30_000);
    expect(top.get('Utrecht')).toBeGreaterThanOrEqual(20_000 - slack);
  });

  it('continues from the most frequent values of an exact count', () => {
    const exact = new ExactCounter();
    for (const value of ['a', 'b', 'a', 'c', 'd', 'a', 'b']) {
      hashString(value, hash);
      exact.add(value, hash[0], hash[1], false);
    }
    const summary = new HeavyHitters(3, exact);
    add(summary, 'b');
    expect(summary.top(3)).toEqual([
      ['a', 3],
      ['b', 3],
      ['c', 1],
    ]);
  });
});
