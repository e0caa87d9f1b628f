/** Gives back an admission slot; calling it more than once does nothing. */
export type ReleaseSlot = () => void;

interface Waiter {
  admit(release: ReleaseSlot): void;
}

/**
 * Admission control for `onAuthenticate`: at most `capacity` run at once, the rest wait in
 * arrival order. Without it a reconnect storm starts every look-up at once, each socket's
 * time-out runs out while the database works through the pile, and the retries queue behind
 * work for sockets that already gave up. One gate per server instance (no module state).
 */
export class AuthenticationGate {
  private running = 0;
  private readonly waiting = new Set<Waiter>();

  constructor(private readonly capacity: number) {}

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.size;
  }

  /**
   * Resolves with a release function once a slot is free. `cancel` (returned alongside) takes a
   * waiter out of the queue; a cancelled waiter is never admitted, so it costs no look-up.
   */
  enter(): { admitted: Promise<ReleaseSlot>; cancel(): void } {
    if (this.running < Math.max(1, this.capacity) && this.waiting.size === 0) {
      this.running++;
      return { admitted: Promise.resolve(this.releaser()), cancel: () => undefined };
    }
    let waiter!: Waiter;
    const admitted = new Promise<ReleaseSlot>((resolve) => {
      waiter = { admit: resolve };
    });
    this.waiting.add(waiter);
    return { admitted, cancel: () => this.waiting.delete(waiter) };
  }

  private releaser(): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.admitNext();
    };
  }

  private admitNext(): void {
    // A Set iterates in insertion order: the oldest waiter goes first.
    const next = this.waiting.values().next();
    if (next.done) return;
    this.waiting.delete(next.value);
    this.running++;
    next.value.admit(this.releaser());
  }
}
