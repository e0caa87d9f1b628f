/** How far an upload has got, in bytes. `total` is the file's size. */
export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

/** The server's answer: its status and its body, parsed when it is JSON. */
export interface UploadAnswer {
  readonly status: number;
  readonly body: unknown;
}

export interface SendFileOptions {
  readonly method?: 'POST' | 'PUT';
  readonly headers?: Readonly<Record<string, string>>;
  readonly onProgress?: (progress: UploadProgress) => void;
  readonly signal?: AbortSignal;
}

/** The request never got an answer: the connection dropped or the server went away. */
export class UploadNetworkError extends Error {
  override readonly name = 'UploadNetworkError';
}

/**
 * Sends a file (or a form holding one), reporting progress as the bytes leave the browser.
 *
 * XMLHttpRequest, not fetch: fetch reports no upload progress, and streaming a request body
 * with fetch needs HTTP/2 and `duplex: 'half'`, which the API behind a plain HTTP/1.1 proxy
 * does not get. Aborting through `signal` rejects with an `AbortError` DOMException, as fetch does.
 */
export function sendFile(
  url: string,
  body: Blob | FormData,
  options: SendFileOptions = {},
): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const { signal } = options;
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    const request = new XMLHttpRequest();
    request.open(options.method ?? 'POST', url);
    request.withCredentials = true;
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      request.setRequestHeader(name, value);
    }
    const onAbort = () => request.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);

    request.upload.addEventListener('progress', (event) => {
      options.onProgress?.({
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : 0,
      });
    });
    request.addEventListener('load', () => {
      done();
      resolve({ status: request.status, body: parseBody(request) });
    });
    request.addEventListener('error', () => {
      done();
      reject(new UploadNetworkError('The upload did not reach the server.'));
    });
    request.addEventListener('abort', () => {
      done();
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
    });
    request.send(body);
  });
}

function parseBody(request: XMLHttpRequest): unknown {
  const type = request.getResponseHeader('Content-Type') ?? '';
  if (!type.includes('json')) return request.responseText;
  try {
    return JSON.parse(request.responseText) as unknown;
  } catch {
    return request.responseText;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
