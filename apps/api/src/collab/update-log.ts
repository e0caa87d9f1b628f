import { Logger } from '@nestjs/common';
import type { DocumentStore } from './document-store';

interface Waiter {
  resolve: () => void;
  /** Absent: wait through failed writes until the entry is stored. */
  reject?: (error: unknown) => void;
}

interface Pending {
  documentName: string;
  data: Uint8Array;
  /** When it was accepted: the next write starts at most one interval after this. */
  at: number;
  waiters: Waiter[];
}

/**
 * Group commit for the update log: updates accepted within one interval are written in one
 * statement, one write at a time, so a document's updates reach the database in the order they
 * were appended. `enqueue` returns at once (live editing never waits for the database); whoever
 * needs durability waits with `append`, `whenStored` or `flush`. A failed write keeps every
 * pending update, in order, and tries again with backoff; nothing is dropped while the process
 * lives.
 */
export class UpdateLog {
  private readonly logger = new Logger(UpdateLog.name);
  private pending: Pending[] = [];
  /** Each document's newest entry not yet stored (pending or in the write in flight). */
  private readonly newest = new Map<string, Pending>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private failures = 0;

  constructor(
    private readonly store: DocumentStore,
    private readonly intervalMs = 5,
    private readonly maxBatch = 500,
  ) {}

  /** Queues an update for the next group commit and returns without waiting for it. */
  enqueue(documentName: string, data: Uint8Array): void {
    this.push(documentName, data);
  }

  /** Queues an update and resolves once it is stored (never rejects: failed writes are retried). */
  append(documentName: string, data: Uint8Array): Promise<void> {
    const entry = this.push(documentName, data);
    return new Promise((resolve) => entry.waiters.push({ resolve }));
  }

  /**
   * Resolves once every update of this document queued so far is stored; rejects if the write
   * carrying them fails (they stay queued and are retried), so a caller can retry on its own
   * schedule rather than hang while the database is away.
   */
  whenStored(documentName: string): Promise<void> {
    const entry = this.newest.get(documentName);
    if (!entry) return Promise.resolve();
    return new Promise((resolve, reject) => entry.waiters.push({ resolve, reject }));
  }

  /** Writes everything pending now, and waits for it (shutdown, compaction, tests). */
  async flush(): Promise<void> {
    while (this.pending.length || this.writing) {
      if (this.writing) {
        await this.writing;
        continue;
      }
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      await this.write();
      if (this.failures) await new Promise((resolve) => setTimeout(resolve, this.backoffMs()));
    }
  }

  get size(): number {
    return this.pending.length;
  }

  private push(documentName: string, data: Uint8Array): Pending {
    const entry: Pending = { documentName, data, at: performance.now(), waiters: [] };
    this.pending.push(entry);
    this.newest.set(documentName, entry);
    this.schedule(this.pending.length >= this.maxBatch ? 0 : this.intervalMs);
    return entry;
  }

  private backoffMs(): number {
    return Math.min(5000, 50 * 2 ** this.failures);
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.writing) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write();
    }, delayMs);
  }

  private write(): Promise<void> {
    const batch = this.pending.splice(0, this.maxBatch);
    this.writing = this.store
      .append(batch)
      .then(() => {
        this.failures = 0;
        for (const entry of batch) {
          if (this.newest.get(entry.documentName) === entry) this.newest.delete(entry.documentName);
          for (const waiter of entry.waiters) waiter.resolve();
        }
      })
      .catch((error: unknown) => {
        this.pending.unshift(...batch);
        this.failures++;
        for (const entry of batch) {
          entry.waiters = entry.waiters.filter((waiter) => {
            waiter.reject?.(error);
            return !waiter.reject;
          });
        }
        this.logger.error(
          `Update log write failed (attempt ${this.failures}), retrying: ${error instanceof Error ? error.message : error}`,
        );
      })
      .finally(() => {
        this.writing = null;
        if (!this.pending.length) return;
        // Entries that arrived during the write have waited already: the interval counts from
        // their arrival, so the loss window stays one interval plus the write in flight.
        const due = this.pending[0].at + this.intervalMs - performance.now();
        this.schedule(this.failures ? this.backoffMs() : Math.max(0, due));
      });
    return this.writing;
  }
}
