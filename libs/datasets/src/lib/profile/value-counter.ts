import { ExactCounter } from './exact-counter';
import { HeavyHitters, topEntries } from './heavy-hitters';
import { HyperLogLog } from './hyperloglog';
import { hashString } from './string-hash';

export interface DistinctCount {
  readonly count: number;
  /** False once the column had more distinct values than the exact bound. */
  readonly exact: boolean;
}

/**
 * Distinct count and most frequent values of one column. Exact while the column has at most
 * `exactBound` distinct values (one table of value → count serves both); past that, the values
 * so far go into a HyperLogLog sketch and the table shrinks to the Misra–Gries summary of the
 * most frequent ones, so memory stays bounded whatever the file holds.
 */
export class ValueCounter {
  private readonly exact = new ExactCounter();
  private approximate: { sketch: HyperLogLog; heavy: HeavyHitters } | null = null;
  private readonly hash = new Int32Array(2);

  constructor(
    private readonly exactBound: number,
    private readonly heavyCapacity: number,
  ) {}

  /**
   * Counts the value. Returns its index while counting exactly (0, 1, 2… in the order values
   * were first seen, so a caller can keep what it learnt about each value), else -1.
   */
  add(value: string): number {
    const hash = this.hash;
    hashString(value, hash);
    if (this.approximate === null) {
      const exact = this.exact;
      const index = exact.add(value, hash[0], hash[1], exact.size >= this.exactBound);
      if (index >= 0) return index;
    }
    const { sketch, heavy } = this.approximate ?? this.becomeApproximate();
    sketch.addHash(hash[0], hash[1]);
    heavy.add(value, hash[0], hash[1]);
    return -1;
  }

  get isExact(): boolean {
    return this.approximate === null;
  }

  distinct(): DistinctCount {
    if (this.approximate === null) return { count: this.exact.size, exact: true };
    // The sketch cannot know fewer values than the exact phase had already counted.
    const estimate = this.approximate.sketch.estimate();
    return { count: Math.max(this.exactBound + 1, estimate), exact: false };
  }

  top(n: number): Array<[string, number]> {
    if (this.approximate) return this.approximate.heavy.top(n);
    return topEntries(this.exact.counts(), n);
  }

  private becomeApproximate(): { sketch: HyperLogLog; heavy: HeavyHitters } {
    const sketch = new HyperLogLog();
    for (const [h1, h2] of this.exact.hashes()) sketch.addHash(h1, h2);
    this.approximate = { sketch, heavy: new HeavyHitters(this.heavyCapacity, this.exact) };
    return this.approximate;
  }
}
