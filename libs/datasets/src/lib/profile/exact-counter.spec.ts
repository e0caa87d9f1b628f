import { ExactCounter } from './exact-counter';
import { hashString } from './string-hash';

function add(counter: ExactCounter, value: string, full = false): number {
  const hash = new Int32Array(2);
  hashString(value, hash);
  return counter.add(value, hash[0], hash[1], full);
}

describe(ExactCounter.name, () => {
  it('counts every value exactly while the table grows', () => {
    const counter = new ExactCounter();
    for (let round = 1; round <= 3; round++) {
      for (let i = 0; i < 5000; i++) if (i % round === 0) add(counter, `WK${i}`);
    }
    const counts = new Map(counter.counts());
    expect(counter.size).toBe(5000);
    expect(counts.get('WK0')).toBe(3);
    expect(counts.get('WK2')).toBe(2);
    expect(counts.get('WK3')).toBe(2);
    expect(counts.get('WK6')).toBe(3);
    expect(counts.get('WK1')).toBe(1);
  });

  it('numbers values in first-seen order, counts known ones when full, refuses new ones', () => {
    const counter = new ExactCounter();
    add(counter, 'ja');
    add(counter, 'nee');
    expect(add(counter, 'ja', true)).toBe(0);
    expect(add(counter, 'nee', true)).toBe(1);
    expect(add(counter, 'onbekend', true)).toBe(-1);
    expect(counter.counts()).toEqual([
      ['ja', 2],
      ['nee', 2],
    ]);
  });
});
