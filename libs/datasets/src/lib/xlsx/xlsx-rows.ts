import { Readable } from 'node:stream';
import type { Row } from 'exceljs';
import { IngestError } from '../ingest-error';
import type { CellValue } from '../row';
import { cellValue } from './cell-value';
import { SpooledFiles } from './spooled-files';
import { ZipBombGuard, type ZipLimits } from './zip-bomb-guard';

export interface XlsxSource {
  sheet?: string;
}

/**
 * The rows of one worksheet of a streamed XLSX (in batches, like the CSV reader's), header
 * row first, each as wide as the header
 * row (short rows are padded with nulls; a value beyond the header is a ragged row). Rows
 * without any value are skipped: Excel writes them for mere formatting.
 *
 * exceljs's streaming reader does the XML; the zip passes through `ZipBombGuard` first. The
 * reader reads the whole workbook even after the chosen sheet, so every entry is measured by
 * the guard and exceljs removes the temporary files it keeps for sheets stored before the
 * shared strings. exceljs is loaded on the first workbook, so CSV-only processes never pay for
 * it; a read that stops early removes the files exceljs spooled for it (SpooledFiles).
 */
export async function* xlsxRows(
  chunks: AsyncIterable<Buffer>,
  limits: ZipLimits,
  wanted: string | undefined,
  source: XlsxSource,
): AsyncGenerator<CellValue[][]> {
  const { stream: excelStream } = await import('exceljs');
  const spooled = new SpooledFiles();
  const bytes = Readable.from(new ZipBombGuard(limits).guard(chunks), { objectMode: false });
  // exceljs pipes its input into the zip parser, and `pipe` forwards no errors: without this
  // a refusal by the guard would leave the reader waiting forever.
  const failure = new Promise<never>((_, reject) => bytes.once('error', reject));
  failure.catch(() => undefined);
  const workbook = new excelStream.xlsx.WorkbookReader(bytes, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date format: without styles they stay numbers
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const names: string[] = [];
  try {
    for await (const worksheet of raced(workbook, failure, spooled)) {
      // exceljs sets the sheet's name from the workbook; its type declarations omit it.
      const name = (worksheet as unknown as { name: string }).name;
      names.push(name);
      if (source.sheet !== undefined || (wanted !== undefined && name !== wanted)) continue;
      source.sheet = name;
      yield* sheetRows(raced(worksheet, failure, spooled));
    }
  } catch (error) {
    throw error instanceof IngestError ? error : malformed(error);
  } finally {
    bytes.destroy();
    spooled.removeAll();
  }
  if (source.sheet === undefined) {
    throw new IngestError(
      'SHEET_NOT_FOUND',
      wanted === undefined
        ? 'The workbook has no worksheets.'
        : `The workbook has no sheet named "${wanted}". Its sheets are: ${names.map((n) => `"${n}"`).join(', ')}.`,
      { sheets: names },
    );
  }
}

async function* sheetRows(rows: AsyncIterable<Row>): AsyncGenerator<CellValue[][]> {
  let width = -1;
  for await (const row of rows) {
    // `values` is 1-based and sparse: index 0 is always empty.
    const values = row.values as unknown[];
    let last = values.length - 1;
    while (last > 0 && cellValue(values[last] as never) === null) last--;
    if (last === 0) continue;
    if (width < 0) width = last;
    else if (last > width) {
      throw new IngestError(
        'RAGGED_ROWS',
        `Row ${row.number} has a value in column ${last}, but the header row has ${width} columns. Give every column a name in the first row, or remove the values beside the table.`,
        { line: row.number },
      );
    }
    const cells = new Array<CellValue>(width);
    for (let i = 0; i < width; i++) cells[i] = cellValue(values[i + 1] as never);
    yield [cells];
  }
}

/**
 * Each step of `iterable`, or the rejection of `failure` as soon as it comes. Steps run inside
 * `spooled`, so the temporary files exceljs makes during them are known to this read.
 */
async function* raced<T>(
  iterable: AsyncIterable<T>,
  failure: Promise<never>,
  spooled: SpooledFiles,
): AsyncGenerator<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([spooled.run(() => iterator.next()), failure]);
    if (next.done) return;
    yield next.value;
  }
}

function malformed(cause: unknown): IngestError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new IngestError(
    'MALFORMED_XLSX',
    `The file is not a readable Excel workbook (${detail}). Open it in Excel or LibreOffice and save it again as .xlsx.`,
  );
}
