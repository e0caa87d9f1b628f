import { HyperLogLog } from './hyperloglog';
import { hashString } from './string-hash';

function estimateOf(values: Iterable<string>): number {
  const sketch = new HyperLogLog();
  const hash = new Int32Array(2);
  for (const value of values) {
    hashString(value, hash);
    sketch.addHash(hash[0], hash[1]);
  }
  return sketch.estimate();
}

function* codes(count: number, prefix = 'BU'): Generator<string> {
  for (let i = 0; i < count; i++) yield `${prefix}${String(i).padStart(8, '0')}`;
}

describe(HyperLogLog.name, () => {
  it('estimates 100 000 distinct values within 3 %', () => {
    expect(Math.abs(estimateOf(codes(100_000)) / 100_000 - 1)).toBeLessThan(0.03);
  });

  it('estimates 300 000 distinct short numbers within 3 %', () => {
    const numbers = (function* () {
      for (let i = 0; i < 300_000; i++) yield String(i);
    })();
    expect(Math.abs(estimateOf(numbers) / 300_000 - 1)).toBeLessThan(0.03);
  });

  it('is close to exact for small counts and ignores repeats', () => {
    const repeated = (function* () {
      for (let round = 0; round < 50; round++) yield* codes(500, 'GM');
    })();
    expect(Math.abs(estimateOf(repeated) - 500)).toBeLessThanOrEqual(5);
  });
});
