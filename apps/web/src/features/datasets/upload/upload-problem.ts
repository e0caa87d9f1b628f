import type { UploadAnswer } from './send-file';

/** Why an upload was refused, reduced to what the form can explain. */
export interface UploadProblem {
  /** An ingest code (`RAGGED_ROWS`…), an API code (`FORBIDDEN`…), or `NETWORK`. */
  readonly code: string;
  readonly line?: number;
  readonly limit?: number;
  readonly sheets?: readonly string[];
  /** The server's own (English) words, for when the interface has none of its own. */
  readonly message?: string;
}

const STATUS_CODES: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'TOO_LARGE',
};

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Reads the refusal out of the upload endpoint's answer: `{ code, message, details }` (the
 * endpoint's JSON error), else the HTTP status (a proxy's 413 has no JSON body).
 */
export function uploadProblem(answer: UploadAnswer | null): UploadProblem {
  if (!answer) return { code: 'NETWORK' };
  const body = record(answer.body);
  const code = typeof body?.['code'] === 'string' ? body['code'] : STATUS_CODES[answer.status];
  const details = record(body?.['details']) ?? {};
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const sheets = Array.isArray(details['sheets'])
    ? details['sheets'].filter((sheet): sheet is string => typeof sheet === 'string')
    : undefined;
  return {
    code: code ?? 'other',
    line: number(details['line']),
    limit: number(details['limit']),
    sheets,
    message: typeof body?.['message'] === 'string' ? body['message'] : undefined,
  };
}
