import { HeavyHitters, topEntries } from './heavy-hitters';
import { HyperLogLog } from './hyperloglog';

export interface DistinctCount {
  readonly count: number;
  /** False once the column had more distinct values than the exact bound. */
  readonly exact: boolean;
}

/**
 * Distinct count and most frequent values of one column. Exact while the column has at most
 * `exactBound` distinct values (one map of value → count serves both); past that the map is
 * folded into a HyperLogLog sketch and a Misra–Gries summary and dropped, so memory stays
 * bounded whatever the file holds.
 */
export class ValueCounter {
  private exact: Map<string, number> | null = new Map();
  private approximate: { sketch: HyperLogLog; heavy: HeavyHitters } | null = null;

  constructor(
    private readonly exactBound: number,
    private readonly heavyCapacity: number,
  ) {}

  add(value: string): void {
    const exact = this.exact;
    if (exact !== null) {
      const count = exact.get(value);
      if (count !== undefined) {
        exact.set(value, count + 1);
        return;
      }
      if (exact.size < this.exactBound) {
        exact.set(value, 1);
        return;
      }
    }
    const approximate = this.approximate ?? this.becomeApproximate();
    approximate.sketch.add(value);
    approximate.heavy.add(value);
  }

  get isExact(): boolean {
    return this.approximate === null;
  }

  distinct(): DistinctCount {
    if (this.approximate === null) return { count: this.exact?.size ?? 0, exact: true };
    // The sketch cannot know fewer values than the exact phase had already counted.
    const estimate = this.approximate.sketch.estimate();
    return { count: Math.max(this.exactBound + 1, estimate), exact: false };
  }

  top(n: number): Array<[string, number]> {
    return this.approximate
      ? this.approximate.heavy.top(n)
      : topEntries(this.exact ?? new Map(), n);
  }

  private becomeApproximate(): { sketch: HyperLogLog; heavy: HeavyHitters } {
    const exact = this.exact ?? new Map<string, number>();
    const sketch = new HyperLogLog();
    for (const value of exact.keys()) sketch.add(value);
    const heavy = new HeavyHitters(this.heavyCapacity, topEntries(exact, this.heavyCapacity));
    this.exact = null;
    this.approximate = { sketch, heavy };
    return this.approximate;
  }
}
