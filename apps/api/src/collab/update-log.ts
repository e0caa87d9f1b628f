import { Logger } from '@nestjs/common';
import type { DocumentStore } from './document-store';

interface Pending {
  documentName: string;
  data: Uint8Array;
  stored: () => void;
}

/**
 * Group commit for the update log: updates accepted within one interval are written in one
 * statement. `append` resolves once the update is durable. A failed write keeps every pending
 * update, in order, and tries again with backoff; nothing is dropped while the process lives.
 */
export class UpdateLog {
  private readonly logger = new Logger(UpdateLog.name);
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private failures = 0;

  constructor(
    private readonly store: DocumentStore,
    private readonly intervalMs = 5,
    private readonly maxBatch = 500,
  ) {}

  append(documentName: string, data: Uint8Array): Promise<void> {
    return new Promise((stored) => {
      this.pending.push({ documentName, data, stored });
      this.schedule(this.pending.length >= this.maxBatch ? 0 : this.intervalMs);
    });
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
        for (const entry of batch) entry.stored();
      })
      .catch((error: unknown) => {
        this.pending.unshift(...batch);
        this.failures++;
        this.logger.error(
          `Update log write failed (attempt ${this.failures}), retrying: ${error instanceof Error ? error.message : error}`,
        );
      })
      .finally(() => {
        this.writing = null;
        if (this.pending.length) this.schedule(this.failures ? this.backoffMs() : this.intervalMs);
      });
    return this.writing;
  }
}
