import { isAscii, isUtf8 } from 'node:buffer';
import * as iconv from 'iconv-lite';
import { IngestError } from '../ingest-error';

export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * Turns the bytes of a CSV in UTF-8 (with or without BOM) or Windows-1252 into UTF-8 bytes,
 * streaming, deciding the encoding as it goes.
 *
 * Valid UTF-8 is UTF-8; anything else is taken for Windows-1252, the encoding of Excel's
 * "CSV (comma delimited)" on Dutch Windows. A file is pure ASCII until its first accented
 * letter, which may come after gigabytes, and ASCII reads the same in both encodings: so the
 * decision waits for the first chunk with a byte above 0x7F and costs nothing to postpone.
 * Only a file that has shown valid UTF-8 and later stops being UTF-8 is refused, because that
 * file mixes encodings and no single reading of it is right.
 *
 * The output stays UTF-8 bytes (not strings) because csv-parse works on bytes: UTF-8 input
 * passes through untouched, validated by Node's native checks.
 */
export class TextEncodingDecoder {
  private state: 'ascii' | TextEncoding = 'ascii';
  /** Bytes of a UTF-8 sequence cut off at the end of the previous chunk. */
  private carry: Buffer | null = null;
  private offset = 0;

  get encoding(): TextEncoding {
    return this.state === 'ascii' ? 'utf-8' : this.state;
  }

  decode(chunk: Buffer): Buffer {
    const start = this.offset;
    this.offset += chunk.length;
    if (this.state === 'windows-1252') return fromWindows1252(chunk);
    if (this.state === 'ascii' && this.carry === null && isAscii(chunk)) return chunk;
    const bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const complete = bytes.length - incompleteTailLength(bytes);
    const body = bytes.subarray(0, complete);
    if (!isUtf8(body)) {
      if (this.state === 'utf-8') throw mixedEncoding(start);
      // Everything before was ASCII, which Windows-1252 reads the same: nothing is lost.
      this.state = 'windows-1252';
      this.carry = null;
      return fromWindows1252(bytes);
    }
    if (this.state === 'ascii' && !isAscii(body)) this.state = 'utf-8';
    this.carry = complete < bytes.length ? Buffer.from(bytes.subarray(complete)) : null;
    return body;
  }

  /**
   * Call at the end of the input, for the last bytes. A UTF-8 sequence cut off by the end is
   * an error, unless nothing but ASCII came before: then it was a Windows-1252 letter.
   */
  end(): Buffer {
    const carry = this.carry;
    this.carry = null;
    if (carry === null) return Buffer.alloc(0);
    if (this.state === 'utf-8') throw mixedEncoding(this.offset - carry.length);
    this.state = 'windows-1252';
    return fromWindows1252(carry);
  }
}

function fromWindows1252(chunk: Buffer): Buffer {
  return Buffer.from(iconv.decode(chunk, 'windows-1252'), 'utf8');
}

function mixedEncoding(byteOffset: number): IngestError {
  return new IngestError(
    'UNSUPPORTED_ENCODING',
    `The file starts in UTF-8 but is not valid UTF-8 near byte ${byteOffset}: it mixes encodings. Save it again as "CSV UTF-8" and upload it again.`,
  );
}

/** How many bytes at the end of `bytes` begin a UTF-8 sequence that continues past it. */
function incompleteTailLength(bytes: Buffer): number {
  const end = bytes.length;
  for (let i = end - 1; i >= 0 && i >= end - 4; i--) {
    const byte = bytes[i];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + needed > end ? end - i : 0;
  }
  return 0;
}
