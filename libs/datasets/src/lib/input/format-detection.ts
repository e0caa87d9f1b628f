import { IngestError } from '../ingest-error';

export type FileFormat = 'csv' | 'xlsx';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: the pre-2007 `.xls` (and `.doc`) container. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const extensions: Record<string, FileFormat> = { csv: 'csv', tsv: 'csv', txt: 'csv', xlsx: 'xlsx' };

/**
 * The extension says what the uploader meant; the first bytes say what the file is. Both must
 * agree, because a mismatch is nearly always a wrongly saved or renamed file and guessing
 * would profile garbage.
 */
export function detectFormat(fileName: string, head: Buffer): FileFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = extensions[extension];
  if (head.subarray(0, OLE.length).equals(OLE) || extension === 'xls') {
    throw new IngestError(
      'UNSUPPORTED_FORMAT',
      'This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV.',
    );
  }
  if (!format) {
    throw new IngestError(
      'UNSUPPORTED_FORMAT',
      `Files of type "${extension ? '.' + extension : fileName}" cannot be read. Upload a CSV (.csv) or Excel (.xlsx) file.`,
    );
  }
  if (head.length === 0) {
    throw new IngestError('EMPTY_FILE', 'The file is empty.');
  }
  const isZip = head.subarray(0, ZIP.length).equals(ZIP);
  if (format === 'csv' && isZip) {
    throw new IngestError(
      'EXTENSION_MISMATCH',
      `"${fileName}" is named as CSV but is a zip archive, probably an Excel workbook. Rename it to .xlsx or export it as CSV.`,
    );
  }
  if (format === 'xlsx' && !isZip) {
    throw new IngestError(
      'EXTENSION_MISMATCH',
      `"${fileName}" is named as an Excel workbook but is not one. If it is a CSV file, rename it to .csv.`,
    );
  }
  return format;
}
