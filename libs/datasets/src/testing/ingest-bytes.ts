import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ingestDataset } from '../lib/ingest';
import type { IngestOptions } from '../lib/ingest-options';
import type { DatasetProfile } from '../lib/profile/dataset-profile';
import type { CellValue } from '../lib/row';

export function fixture(name: string): Buffer {
  return readFileSync(join(__dirname, 'fixtures', name));
}

/** The bytes as a stream of `chunkSize`-byte chunks, so tests can cut files anywhere. */
export function streamOf(bytes: Buffer, chunkSize = 64 * 1024): Readable {
  function* chunks() {
    for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
  }
  return Readable.from(chunks(), { objectMode: false });
}

export interface Ingested {
  readonly profile: DatasetProfile;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** Ingests `bytes` as a file named `fileName`, collecting the header and rows handed on. */
export async function ingestBytes(
  bytes: Buffer,
  fileName: string,
  options: Partial<IngestOptions> & { chunkSize?: number } = {},
): Promise<Ingested> {
  const rows: CellValue[][] = [];
  let header: readonly string[] = [];
  const profile = await ingestDataset(streamOf(bytes, options.chunkSize), {
    ...options,
    fileName,
    onHeader: (names) => (header = names),
    onRow: (row) => void rows.push([...row]),
  });
  return { profile, header, rows };
}
