import { IngestError } from '../ingest-error';
import { formatBytes } from '../input/byte-limit';
import { InflatedEntry } from './inflated-entry';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const DATA_DESCRIPTOR = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
const LOCAL_HEADER_LENGTH = 30;
const HAS_DATA_DESCRIPTOR = 0x08;
const STORED = 0;
const DEFLATED = 8;
const UNKNOWN_SIZE = 0xffffffff;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const CELL_TAG = Buffer.from('<c');

export interface ZipLimits {
  readonly maxUncompressedBytes: number;
  readonly maxCells: number;
}

interface Entry {
  readonly worksheet: boolean;
  readonly inflated: InflatedEntry | null;
  /** Compressed bytes still to come; -1 when the entry ends at a data descriptor. */
  remaining: number;
  /** The last bytes of the previous output, so a `<c ` split over two chunks is counted. */
  tail: Buffer;
}

/**
 * Guards a streamed XLSX against decompression bombs before the workbook reader sees it.
 *
 * The zip's local entries are walked as the bytes pass, and each entry is really inflated (a
 * second time: exceljs inflates again for itself) to count what it expands to, because the
 * sizes a zip declares are the attacker's to choose. Worksheet XML is scanned for `<c` cell
 * tags as it inflates. A chunk is released only after it has been measured, so the reader
 * never receives the bytes that cross either limit. Entry boundaries follow the rules of
 * `unzipper`, the zip parser inside exceljs: known sizes, or for streamed entries the next
 * data-descriptor signature; so the guard measures the entries exceljs will read.
 */
export class ZipBombGuard {
  private pending: Buffer = Buffer.alloc(0);
  private entry: Entry | null = null;
  private afterEntries = false;
  private inflatedBytes = 0;
  private cells = 0;

  constructor(private readonly limits: ZipLimits) {}

  async *guard(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of chunks) {
        if (!this.afterEntries) await this.measure(chunk);
        yield chunk;
      }
    } finally {
      this.entry?.inflated?.destroy();
    }
  }

  private async measure(chunk: Buffer): Promise<void> {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    while (!this.afterEntries) {
      const progressed = this.entry ? await this.readEntryData(this.entry) : this.readHeader();
      if (!progressed) return;
    }
  }

  /** Reads the next record header from `pending`; false when more bytes are needed. */
  private readHeader(): boolean {
    const data = this.pending;
    if (data.length < 4) return false;
    const signature = data.readUInt32LE(0);
    if (
      signature === CENTRAL_HEADER ||
      signature === END_OF_CENTRAL_DIRECTORY ||
      signature === ZIP64_END_OF_CENTRAL_DIRECTORY
    ) {
      this.afterEntries = true;
      return false;
    }
    if (signature !== LOCAL_HEADER) throw malformed('an unknown record in the zip structure');
    if (data.length < LOCAL_HEADER_LENGTH) return false;
    const flags = data.readUInt16LE(6);
    const method = data.readUInt16LE(8);
    const compressedSize = data.readUInt32LE(18);
    const declaredSize = data.readUInt32LE(22);
    const nameLength = data.readUInt16LE(26);
    const extraLength = data.readUInt16LE(28);
    const headerLength = LOCAL_HEADER_LENGTH + nameLength + extraLength;
    if (data.length < headerLength) return false;
    const name = data.toString('utf8', LOCAL_HEADER_LENGTH, LOCAL_HEADER_LENGTH + nameLength);
    const sizeKnown = !(flags & HAS_DATA_DESCRIPTOR) || compressedSize > 0;
    if (method !== STORED && method !== DEFLATED) {
      throw malformed(`"${name}" uses a compression method other than deflate`);
    }
    if (compressedSize === UNKNOWN_SIZE || declaredSize === UNKNOWN_SIZE) this.tooLarge();
    if (!sizeKnown && method === STORED) throw malformed(`"${name}" has no size`);
    // Declared sizes can lie, but an honest one over the limit can be refused at once.
    if (sizeKnown && this.inflatedBytes + declaredSize > this.limits.maxUncompressedBytes) {
      this.tooLarge();
    }
    const entry: Entry = {
      worksheet: WORKSHEET.test(name),
      inflated: null,
      remaining: sizeKnown ? compressedSize : -1,
      tail: Buffer.alloc(0),
    };
    if (method === DEFLATED) {
      (entry as { inflated: InflatedEntry }).inflated = new InflatedEntry((out) =>
        this.count(entry, out),
      );
    }
    this.entry = entry;
    this.pending = data.subarray(headerLength);
    return true;
  }

  /** Measures the entry's data in `pending`; true once the entry (and descriptor) is done. */
  private async readEntryData(entry: Entry): Promise<boolean> {
    const data = this.pending;
    let end: number;
    let next: number;
    if (entry.remaining >= 0) {
      end = Math.min(entry.remaining, data.length);
      entry.remaining -= end;
      next = end;
    } else {
      // Streamed entry: its data runs to the data descriptor (signature, crc, two sizes).
      const at = data.indexOf(DATA_DESCRIPTOR);
      if (at >= 0 && data.length < at + 16) {
        await this.feed(entry, data.subarray(0, at));
        this.pending = data.subarray(at);
        return false;
      }
      // Keep three bytes back in case a signature is split over two chunks.
      end = at >= 0 ? at : Math.max(0, data.length - 3);
      next = at >= 0 ? at + 16 : end;
      if (at >= 0) entry.remaining = 0;
    }
    await this.feed(entry, data.subarray(0, end));
    this.pending = data.subarray(next);
    if (entry.remaining !== 0) return false;
    await entry.inflated?.end().catch((error: unknown) => {
      if (error instanceof IngestError) throw error;
      throw malformed('corrupt compressed data');
    });
    this.entry = null;
    return true;
  }

  private async feed(entry: Entry, data: Buffer): Promise<void> {
    if (data.length === 0) return;
    if (!entry.inflated) {
      this.count(entry, data);
    } else {
      await entry.inflated.write(data).catch((error: unknown) => {
        if (error instanceof IngestError) throw error;
        throw malformed('corrupt compressed data');
      });
    }
    this.check();
  }

  private count(entry: Entry, output: Buffer): void {
    this.inflatedBytes += output.length;
    if (!entry.worksheet) return;
    const text = entry.tail.length ? Buffer.concat([entry.tail, output]) : output;
    for (let at = text.indexOf(CELL_TAG); at >= 0; at = text.indexOf(CELL_TAG, at + 2)) {
      const after = text[at + 2];
      // `<c>`, `<c r=…>` or `<c/>`; not `<col`, `<cfRule` and the like.
      if (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x0a) this.cells++;
    }
    entry.tail = Buffer.from(text.subarray(Math.max(0, text.length - 2)));
  }

  private check(): void {
    if (this.inflatedBytes > this.limits.maxUncompressedBytes) this.tooLarge();
    if (this.cells > this.limits.maxCells) {
      throw new IngestError(
        'XLSX_TOO_MANY_CELLS',
        `The workbook has more than ${this.limits.maxCells.toLocaleString('en')} cells, the most that can be read. Split it, or upload the sheet as CSV.`,
        { limit: this.limits.maxCells },
      );
    }
  }

  private tooLarge(): never {
    throw new IngestError(
      'XLSX_TOO_LARGE_UNCOMPRESSED',
      `The workbook unpacks to more than ${formatBytes(this.limits.maxUncompressedBytes)}, the most that can be read. Split it, or upload the sheet as CSV.`,
      { limit: this.limits.maxUncompressedBytes },
    );
  }
}

function malformed(what: string): IngestError {
  return new IngestError(
    'MALFORMED_XLSX',
    `The file is not a readable Excel workbook (${what}). Open it in Excel or LibreOffice and save it again as .xlsx.`,
  );
}
