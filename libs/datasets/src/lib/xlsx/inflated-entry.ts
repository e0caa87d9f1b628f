import { finished } from 'node:stream/promises';
import { createInflateRaw, type InflateRaw } from 'node:zlib';

/** Largest slice of compressed data inflated at once: deflate expands at most ~1032×. */
const SLICE = 16 * 1024;

/**
 * Inflates one deflated zip entry only to measure it: every output chunk goes to `onOutput`
 * and is dropped. Input is fed in small slices, each inflated before the next, so a caller
 * that stops after `onOutput` reports too much learns it within ~16 MB of output.
 */
export class InflatedEntry {
  private readonly inflater: InflateRaw = createInflateRaw();
  private failure: Error | null = null;

  constructor(onOutput: (chunk: Buffer) => void) {
    this.inflater.on('data', onOutput);
    this.inflater.on('error', (error: Error) => (this.failure = error));
  }

  async write(data: Buffer): Promise<void> {
    for (let at = 0; at < data.length && !this.failure; at += SLICE) {
      const slice = data.subarray(at, at + SLICE);
      await new Promise<void>((resolve) => this.inflater.write(slice, () => resolve()));
    }
    if (this.failure) throw this.failure;
  }

  /** Flushes the rest of the output; throws when the deflate data was corrupt or cut short. */
  async end(): Promise<void> {
    this.inflater.end();
    await finished(this.inflater).catch((error: Error) => (this.failure ??= error));
    if (this.failure) throw this.failure;
  }

  destroy(): void {
    this.inflater.destroy();
  }
}
