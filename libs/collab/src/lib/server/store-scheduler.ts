import { describeError } from '../describe-error';
import type { CollabLogger } from '../logger';

export interface StoreSchedulerOptions {
  debounceMs: number;
  maxDebounceMs: number;
  retryInitialMs: number;
  retryMaxMs: number;
}

/**
 * When one document is written to storage. The three failure modes Hocuspocus users met
 * (#382, #738, #1110) shape it:
 * - store storms: changes are debounced (`debounceMs` of quiet, at most `maxDebounceMs` late);
 * - overlapping stores: every store runs through one promise chain, so two stores of a document
 *   never run at once and a later store never finishes before an earlier one;
 * - lost data: a failed store is retried with exponential backoff, and the document stays
 *   dirty (the registry will not unload a dirty document) until a store succeeds.
 * Only changes mark a document dirty, so loading a document never stores it back.
 */
export class StoreScheduler {
  private dirty = false;
  private version = 0;
  private dirtySince = 0;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  private disposed = false;
  /** Called after a store succeeded and nothing changed while it ran (the registry listens). */
  onClean: (() => void) | null = null;

  constructor(
    private readonly store: () => Promise<void>,
    private readonly options: StoreSchedulerOptions,
    private readonly logger: CollabLogger,
    private readonly context: Record<string, unknown>,
  ) {}

  get isDirty(): boolean {
    return this.dirty;
  }

  markDirty(): void {
    this.version++;
    if (!this.dirty) {
      this.dirty = true;
      this.dirtySince = Date.now();
    }
    // While retrying after a failure the backoff timer decides; a change must not cut it short.
    if (this.failures === 0) {
      const latest = this.dirtySince + this.options.maxDebounceMs - Date.now();
      this.schedule(Math.max(0, Math.min(this.options.debounceMs, latest)));
    }
  }

  /** Stores now if dirty, after any store in flight. Rejects if this store fails. */
  flush(): Promise<void> {
    const run = this.chain.then(() => this.storeIfDirty());
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Stops timers; a store in flight finishes, nothing new starts. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private async storeIfDirty(): Promise<void> {
    if (!this.dirty) return;
    this.clearTimer();
    const version = this.version;
    try {
      await this.store();
    } catch (error) {
      this.failures++;
      const delay = Math.min(
        this.options.retryMaxMs,
        this.options.retryInitialMs * 2 ** (this.failures - 1),
      );
      this.logger.error('storing the document failed; keeping it in memory and retrying', {
        ...this.context,
        attempt: this.failures,
        retryInMs: delay,
        error: describeError(error),
      });
      this.schedule(delay);
      throw error;
    }
    this.failures = 0;
    if (this.version === version) {
      this.dirty = false;
      this.onClean?.();
    } else {
      // Changed while storing: the next store follows the usual debounce, counted from now so
      // that sustained editing gives one store per debounce, not one after another.
      this.dirtySince = Date.now();
      this.schedule(this.options.debounceMs);
    }
  }

  private schedule(delayMs: number): void {
    if (this.disposed) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      // Failures are logged and rescheduled inside; nobody awaits a timer-driven store.
      this.flush().catch(() => undefined);
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
