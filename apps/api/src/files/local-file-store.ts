import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkKey, FileStore } from './file-store';

/**
 * Files in a directory (DATA_DIR/files by default; a shared volume when there are replicas).
 * A write goes to its own new file (`wx`), so two writers never share one; promoting is a
 * rename, atomic on one file system.
 */
export class LocalFileStore extends FileStore {
  constructor(private readonly root: string) {
    super();
  }

  private path(key: string): string {
    return join(this.root, ...checkKey(key).split('/'));
  }

  async write(key: string, body: Readable): Promise<number> {
    const path = this.path(key);
    // Synchronous up to the pipeline, so the body is consumed from the moment this is called:
    // a caller that gives up early destroys a stream the pipeline already watches.
    mkdirSync(dirname(path), { recursive: true });
    const out = createWriteStream(path, { flags: 'wx' });
    try {
      await pipeline(body, out);
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return out.bytesWritten;
  }

  async read(key: string): Promise<Readable> {
    const path = this.path(key);
    await stat(path);
    return createReadStream(path);
  }

  async promote(from: string, to: string): Promise<void> {
    const target = this.path(to);
    await mkdir(dirname(target), { recursive: true });
    await rename(this.path(from), target);
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.path(key)).then(
      () => true,
      () => false,
    );
  }
}
