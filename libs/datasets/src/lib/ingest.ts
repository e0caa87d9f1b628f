import type { Readable } from 'node:stream';
import { columnNames } from './column-names';
import { csvRows } from './csv/csv-rows';
import { IngestError } from './ingest-error';
import { DEFAULT_LIMITS, type IngestLimits, type IngestOptions } from './ingest-options';
import { ByteLimit } from './input/byte-limit';
import { detectFormat } from './input/format-detection';
import { peek } from './input/peek';
import type { DatasetProfile } from './profile/dataset-profile';
import { TableProfiler, type ProfileSource } from './profile/table-profiler';
import type { CellValue } from './row';
import { xlsxRows } from './xlsx/xlsx-rows';

/** How much of the start is read before deciding what the file is. */
const HEAD_BYTES = 64 * 1024;

/**
 * Reads a CSV or XLSX upload in one streaming pass: hands every data row to `onRow` and
 * returns the profile. Memory stays bounded whatever the file's size. Every refusal is an
 * `IngestError`; the input stream is destroyed when reading stops early.
 */
export async function ingestDataset(
  input: Readable,
  options: IngestOptions,
): Promise<DatasetProfile> {
  const limits: IngestLimits = {
    maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    maxUncompressedBytes: options.maxUncompressedBytes ?? DEFAULT_LIMITS.maxUncompressedBytes,
    maxCells: options.maxCells ?? DEFAULT_LIMITS.maxCells,
  };
  const byteLimit = new ByteLimit(limits.maxBytes);
  try {
    const { head, chunks, wholeInput } = await peek(byteLimit.read(input), HEAD_BYTES);
    const format = detectFormat(options.fileName, head);
    const source: { -readonly [K in keyof ProfileSource]: ProfileSource[K] } = {
      format,
      bytes: 0,
    };
    const batches: AsyncIterable<CellValue[][]> =
      format === 'csv'
        ? csvRows(head, chunks, wholeInput, source)
        : xlsxRows(chunks, limits, options.sheet, source);
    let profiler: TableProfiler | null = null;
    for await (const batch of batches) {
      for (const row of batch) {
        if (profiler === null) {
          const names = columnNames(row);
          options.onHeader?.(names);
          profiler = new TableProfiler(names, options.random);
          continue;
        }
        profiler.add(row);
        const consumed = options.onRow?.(row);
        if (consumed) await consumed;
      }
    }
    if (profiler === null || profiler.rowCount === 0) {
      throw new IngestError(
        'EMPTY_FILE',
        profiler === null
          ? 'The file contains no data.'
          : 'The file has a header row but no data rows.',
      );
    }
    source.bytes = byteLimit.bytes;
    return profiler.result(source);
  } finally {
    input.destroy();
  }
}
