/**
 * Shares one running look-up among callers asking for the same key at the same time: a reconnect
 * storm of a thousand sockets with one token then costs one token query, not a thousand. Nothing
 * is kept once the look-up settles (no cache: the next caller sees fresh data), and a failure
 * reaches every caller that shared it.
 */
export class InFlight<V> {
  private readonly running = new Map<string, Promise<V>>();

  run(key: string, load: () => Promise<V>): Promise<V> {
    let pending = this.running.get(key);
    if (!pending) {
      pending = load().finally(() => this.running.delete(key));
      this.running.set(key, pending);
    }
    return pending;
  }

  get size(): number {
    return this.running.size;
  }
}
