import type { CellValue } from './row';

const GiB = 1024 ** 3;

export interface IngestLimits {
  /** Bytes of the uploaded file; checked while streaming. Default 1 GiB. */
  readonly maxBytes: number;
  /** Bytes an XLSX may inflate to, all zip entries together. Default 1 GiB. */
  readonly maxUncompressedBytes: number;
  /** Cells in all worksheets of an XLSX. Default 20 million. */
  readonly maxCells: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxBytes: GiB,
  maxUncompressedBytes: GiB,
  maxCells: 20_000_000,
};

export interface IngestOptions extends Partial<IngestLimits> {
  /** The uploaded file's name; its extension must agree with the content. */
  readonly fileName: string;
  /** XLSX only: the worksheet to read; the first one when absent. */
  readonly sheet?: string;
  /** Receives the column names (from the header row) before the first data row. */
  readonly onHeader?: (names: readonly string[]) => void;
  /**
   * Receives every data row in file order. When it returns a promise, reading waits for it,
   * so a slow consumer slows the upload instead of filling memory.
   */
  readonly onRow?: (row: readonly CellValue[]) => void | Promise<void>;
  /** Random numbers for the row sample; tests pass a seeded one. */
  readonly random?: () => number;
}
