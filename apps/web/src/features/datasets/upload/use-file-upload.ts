import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError, sendFile, type UploadAnswer, type UploadProgress } from './send-file';

export type UploadState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'sending'; readonly progress: UploadProgress }
  /** Every byte is out; the server is still reading and profiling the file. */
  | { readonly phase: 'processing'; readonly progress: UploadProgress }
  | { readonly phase: 'done'; readonly answer: UploadAnswer }
  | { readonly phase: 'failed'; readonly answer: UploadAnswer | null }
  | { readonly phase: 'cancelled' };

/**
 * One upload at a time with its progress, a way to cancel it, and the answer. Leaving the page
 * cancels a running upload, so no request keeps going that nobody will see the end of.
 */
export function useFileUpload() {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (
      url: string,
      body: Blob | FormData,
      size: number,
      headers: Record<string, string> = {},
    ) => {
      if (controller.current) return null;
      const current = new AbortController();
      controller.current = current;
      const initial = { loaded: 0, total: size };
      setState({ phase: 'sending', progress: initial });
      try {
        const answer = await sendFile(url, body, {
          headers,
          signal: current.signal,
          onProgress: (reported) => {
            // Without a length from the browser, the file's own size is the best measure.
            const progress =
              reported.total > 0 ? reported : { loaded: reported.loaded, total: size };
            setState({
              phase: progress.loaded >= progress.total ? 'processing' : 'sending',
              progress,
            });
          },
        });
        const ok = answer.status >= 200 && answer.status < 300;
        setState(ok ? { phase: 'done', answer } : { phase: 'failed', answer });
        return ok ? answer : null;
      } catch (error) {
        setState(isAbortError(error) ? { phase: 'cancelled' } : { phase: 'failed', answer: null });
        return null;
      } finally {
        controller.current = null;
      }
    },
    [],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}
