import type { Readable } from 'node:stream';

/**
 * Where uploaded files live: a directory under DATA_DIR, or an S3-compatible bucket. Every
 * method streams; nothing here holds a whole file in memory. Keys are slash-separated paths
 * of lower-case letters, digits and dashes (`datasets/<id>/<version>`), checked by each store.
 */
export abstract class FileStore {
  /** Writes `body` to `key` to the end, resolving with the bytes written; rejects if it fails. */
  abstract write(key: string, body: Readable): Promise<number>;
  /** The stored bytes; rejects when there is no such key. */
  abstract read(key: string): Promise<Readable>;
  /** Moves a finished write to its final key (a temporary upload becoming a version). */
  abstract promote(from: string, to: string): Promise<void>;
  /** Removes `key`; no error when it is already gone. */
  abstract remove(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
}

export const FILE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

export function checkKey(key: string): string {
  if (!FILE_KEY.test(key)) throw new Error(`Not a file-store key: ${key}`);
  return key;
}
