import type { RawData } from 'ws';

/**
 * A private copy of an incoming frame: `ws` hands out views into larger socket chunks, and Yjs
 * keeps views of its input (binary content) alive for as long as the document lives.
 */
export function copyFrame(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data instanceof ArrayBuffer ? data.slice(0) : data);
}

/** A close reason may hold at most 123 bytes of UTF-8; `ws` throws on longer ones. */
export function truncateReason(reason: string): string {
  let result = reason;
  while (Buffer.byteLength(result) > 123) result = result.slice(0, -1);
  return result;
}
