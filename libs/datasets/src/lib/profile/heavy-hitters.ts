/**
 * Most frequent values of a stream in bounded memory: the Misra–Gries summary with `capacity`
 * counters. Every value that occurs more than n / (capacity + 1) times is kept, and a kept
 * count is low by at most that much, which is why the profile marks these counts "estimated".
 * Decrementing all counters at once when full keeps the cost per value constant on average,
 * even for a column where every value is new.
 */
export class HeavyHitters {
  private counters = new Map<string, number>();

  constructor(
    private readonly capacity: number,
    seed: Iterable<[string, number]> = [],
  ) {
    for (const [value, count] of seed) {
      if (this.counters.size >= capacity) break;
      this.counters.set(value, count);
    }
  }

  add(value: string): void {
    const count = this.counters.get(value);
    if (count !== undefined) {
      this.counters.set(value, count + 1);
    } else if (this.counters.size < this.capacity) {
      this.counters.set(value, 1);
    } else {
      // Rebuilt rather than decremented in place: in a column of mostly unique values nearly
      // every counter is 1 and drops out, and deleting from a Map one by one is the slow part.
      const survivors = new Map<string, number>();
      for (const [kept, keptCount] of this.counters) {
        if (keptCount > 1) survivors.set(kept, keptCount - 1);
      }
      this.counters = survivors;
    }
  }

  top(n: number): Array<[string, number]> {
    return topEntries(this.counters, n);
  }
}

/** The `n` entries with the highest counts, ties in first-seen order. */
export function topEntries(counts: Map<string, number>, n: number): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n);
}
