import { formatBytes, isIngestError, type IngestError } from '@ketenlab/datasets';

/**
 * A refused upload or download as the HTTP routes answer it: a status and `{code, message}`
 * the web shows as is. Ingest codes pass through unchanged (see libs/datasets README).
 */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function fromIngestError(error: IngestError): HttpRefusal {
  const status = error.code === 'TOO_LARGE' ? 413 : error.code === 'UNSUPPORTED_FORMAT' ? 415 : 422;
  return new HttpRefusal(status, error.code, error.message, { ...error.details });
}

export function asRefusal(error: unknown): HttpRefusal | null {
  if (error instanceof HttpRefusal) return error;
  if (isIngestError(error)) return fromIngestError(error);
  return null;
}

export const tooLarge = (limit: number) =>
  new HttpRefusal(
    413,
    'TOO_LARGE',
    `The file is larger than the limit of ${formatBytes(limit)}. Split it, or ask an administrator to raise DATASET_MAX_BYTES.`,
    { limit },
  );
