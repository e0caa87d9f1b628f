/**
 * Every way an upload can be refused. The API maps each code to a translated message; the
 * English message here is what a person reads in logs and in the API until that mapping exists,
 * so it says what is wrong and what to do about it.
 */
export type IngestErrorCode =
  | 'EMPTY_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'EXTENSION_MISMATCH'
  | 'BINARY_CONTENT'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_ENCODING'
  | 'MALFORMED_CSV'
  | 'RAGGED_ROWS'
  | 'MALFORMED_XLSX'
  | 'XLSX_TOO_LARGE_UNCOMPRESSED'
  | 'XLSX_TOO_MANY_CELLS'
  | 'SHEET_NOT_FOUND';

export interface IngestErrorDetails {
  /** 1-based line (CSV) or row (XLSX) where the problem was found. */
  readonly line?: number;
  readonly limit?: number;
  readonly sheets?: readonly string[];
}

export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(
    readonly code: IngestErrorCode,
    message: string,
    readonly details: IngestErrorDetails = {},
  ) {
    super(message);
  }
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}
