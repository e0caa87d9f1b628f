import { ExactCounter } from './exact-counter';

/**
 * Most frequent values of a stream in bounded memory: the Misra–Gries summary with `capacity`
 * counters. Every value that occurs more than n / (capacity + 1) times is kept, and a kept
 * count is low by at most that much, which is why the profile marks these counts "estimated".
 * When a new value finds every counter taken, all counters drop by one at once: in a column of
 * mostly unique values that empties the table, so the cost per value stays constant.
 */
export class HeavyHitters {
  /** Takes over `counter` (its counts so far), keeping its `capacity` most frequent values. */
  constructor(
    private readonly capacity: number,
    private readonly counter = new ExactCounter(),
  ) {
    counter.keepTop(capacity);
  }

  add(value: string, h1: number, h2: number): void {
    const counter = this.counter;
    if (counter.add(value, h1, h2, counter.size >= this.capacity) < 0) counter.decrementAll();
  }

  top(n: number): Array<[string, number]> {
    return topEntries(this.counter.counts(), n);
  }
}

/** The `n` entries with the highest counts; ties keep their order. */
export function topEntries(counts: Iterable<[string, number]>, n: number): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n);
}
