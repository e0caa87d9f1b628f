/**
 * A token bucket: `ratePerSecond` tokens flow in continuously up to `capacity`; a take that
 * finds too few tokens fails and takes nothing. One bucket per connection and unit (messages,
 * bytes), so a burst is allowed (typing after a pause, the initial sync) but a sustained flood
 * is not.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number = ratePerSecond,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  take(amount = 1): boolean {
    const now = this.now();
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.last) / 1000) * this.ratePerSecond,
    );
    this.last = now;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}
