import { IngestError } from '../ingest-error';

/** Share of control characters above which the first bytes are taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Refuses what cannot be a text table before any row is parsed: UTF-16 (saved by Excel as
 * "Unicode text"), and binary data named .csv. Text never holds NUL bytes; UTF-16 holds them
 * in every other byte of Latin text, which is how it is told apart from other binaries.
 */
export function assertTextual(head: Buffer): void {
  const bom16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (bom16 || looksLikeUtf16(head)) {
    throw new IngestError(
      'UNSUPPORTED_ENCODING',
      'The file is saved as UTF-16 ("Unicode text"). Save it as "CSV UTF-8" and upload it again.',
    );
  }
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i];
    if (byte === 0) {
      throw new IngestError('BINARY_CONTENT', binaryMessage);
    }
    // Tab, line feed, form feed and carriage return are text; other C0 controls are not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) {
      control++;
    }
  }
  if (control > head.length * MAX_CONTROL_SHARE) {
    throw new IngestError('BINARY_CONTENT', binaryMessage);
  }
}

const binaryMessage =
  'The file does not contain text: it is not a CSV file, even if its name ends in .csv. Export the data as CSV or XLSX and upload that.';

function looksLikeUtf16(head: Buffer): boolean {
  const sample = Math.min(head.length - (head.length % 2), 256);
  if (sample < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  return (evenZeros > pairs * 0.4 && oddZeros === 0) || (oddZeros > pairs * 0.4 && evenZeros === 0);
}
