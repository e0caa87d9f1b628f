/**
 * Collects the clientIDs whose awareness changed and hands them over at most once per interval.
 * Cursors move on every keystroke of every participant; forwarding each change to each member
 * is quadratic in the room size, while merging them costs at most one interval of latency. The
 * first change after a quiet period goes out on the next tick (changes of one tick still merge).
 */
export class AwarenessCoalescer {
  private readonly pending = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastFlush = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs: number,
    private readonly flush: (clientIDs: number[]) => void,
  ) {}

  add(clientIDs: Iterable<number>): void {
    for (const clientID of clientIDs) this.pending.add(clientID);
    if (this.timer || this.pending.size === 0) return;
    const wait = Math.max(0, this.lastFlush + this.intervalMs - performance.now());
    this.timer = setTimeout(() => this.fire(), wait);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private fire(): void {
    this.timer = null;
    this.lastFlush = performance.now();
    const clientIDs = [...this.pending];
    this.pending.clear();
    this.flush(clientIDs);
  }
}
