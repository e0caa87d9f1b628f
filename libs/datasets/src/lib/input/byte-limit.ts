import type { Readable } from 'node:stream';
import { IngestError } from '../ingest-error';

/**
 * Counts the upload's bytes and refuses them with TOO_LARGE as soon as they pass the limit,
 * so an oversized file costs at most one chunk more than the limit to find out. Leaving the
 * loop (by the throw or by a consumer that stops) destroys the input stream.
 */
export class ByteLimit {
  bytes = 0;

  constructor(private readonly maxBytes: number) {}

  async *read(input: Readable): AsyncGenerator<Buffer> {
    for await (const chunk of input) {
      const buffer: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      this.bytes += buffer.length;
      if (this.bytes > this.maxBytes) {
        throw new IngestError(
          'TOO_LARGE',
          `The file is larger than the limit of ${formatBytes(this.maxBytes)}. Upload a smaller file or ask an administrator to raise the limit.`,
          { limit: this.maxBytes },
        );
      }
      yield buffer;
    }
  }
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
