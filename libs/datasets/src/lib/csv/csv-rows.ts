import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { IngestError } from '../ingest-error';
import { assertTextual } from '../input/text-check';
import { detectDelimiter, type Delimiter } from './delimiter-detection';
import { recordBatches } from './record-batches';
import { TextEncodingDecoder, type TextEncoding } from './text-encoding';

/** Longest record accepted: more is nearly always a quote that is never closed. */
const MAX_RECORD_CHARACTERS = 1024 * 1024;

export interface CsvSource {
  encoding?: TextEncoding;
  delimiter?: Delimiter;
}

/**
 * The records of a CSV in batches, header first, all as wide as the header: csv-parse refuses a record
 * of another width, reported as RAGGED_ROWS with its line. Blank lines are skipped. `head` is
 * the start of the input (already inside `chunks`), used to refuse binary data and to choose
 * the delimiter before parsing starts.
 */
export async function* csvRows(
  head: Buffer,
  chunks: AsyncIterable<Buffer>,
  wholeFile: boolean,
  source: CsvSource,
): AsyncGenerator<string[][]> {
  assertTextual(head);
  // Delimiters, quotes and newlines are ASCII, so any single-byte reading will do here.
  const delimiter = detectDelimiter(head.toString('latin1'), wholeFile);
  source.delimiter = delimiter;
  const decoder = new TextEncodingDecoder();
  async function* utf8(): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) yield decoder.decode(chunk);
    yield decoder.end();
    source.encoding = decoder.encoding;
  }
  const parser = parse({
    delimiter,
    bom: true,
    skip_empty_lines: true,
    relax_quotes: true,
    max_record_size: MAX_RECORD_CHARACTERS,
  });
  // A failure anywhere (decoding, size limit) destroys the parser with it, so it surfaces
  // below where the records are read; the callback has nothing left to do.
  pipeline(Readable.from(utf8(), { objectMode: false }), parser, () => undefined);
  try {
    yield* recordBatches<string[]>(parser);
  } catch (error) {
    throw error instanceof CsvError ? fromCsvError(error) : error;
  } finally {
    parser.destroy();
  }
}

function fromCsvError(error: CsvError): IngestError {
  const line = (error as CsvError & { lines?: number }).lines;
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return new IngestError(
        'RAGGED_ROWS',
        `Line ${line} has a different number of columns than the header row. Check that line for a missing or extra delimiter, or a value with the delimiter that is not in quotes.`,
        { line },
      );
    case 'CSV_MAX_RECORD_SIZE':
      return new IngestError(
        'MALFORMED_CSV',
        `Line ${line} is longer than a million characters; probably a quote (") that is never closed.`,
        { line },
      );
    default:
      return new IngestError(
        'MALFORMED_CSV',
        `The file cannot be read as CSV near line ${line}: ${error.message}`,
        { line },
      );
  }
}
