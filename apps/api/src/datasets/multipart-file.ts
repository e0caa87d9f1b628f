import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { HttpRefusal } from './upload-error';

export interface IncomingFile {
  fileName: string;
  stream: Readable;
  /** Settles when the whole request has been read (or has failed). */
  finished: Promise<void>;
}

const FIELD = 'file';

/**
 * The one file of a `multipart/form-data` upload, as a stream, as soon as its part begins.
 * Nothing is buffered beyond busboy's own chunks. An interrupted request fails the stream, so
 * whoever reads it stops and cleans up.
 */
export function multipartFile(req: Request, maxFileBytes: number): Promise<IncomingFile> {
  return new Promise<IncomingFile>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fields: 10, fileSize: maxFileBytes + 1, parts: 20 },
      });
    } catch {
      reject(
        new HttpRefusal(
          400,
          'NOT_MULTIPART',
          `Send the file as multipart/form-data in a field named "${FIELD}".`,
        ),
      );
      return;
    }
    let current: Readable | null = null;
    let settleFinished: (error?: Error) => void = () => undefined;
    const finished = new Promise<void>((ok, fail) => {
      settleFinished = (error) => (error ? fail(error) : ok());
    });
    finished.catch(() => undefined);
    const fail = (error: Error) => {
      current?.destroy(error);
      settleFinished(error);
      reject(error);
    };

    parser.on('file', (name, stream, info) => {
      if (name !== FIELD || current) {
        stream.resume();
        return;
      }
      current = stream;
      resolve({ fileName: baseName(info.filename ?? ''), stream, finished });
    });
    parser.on('error', (error: Error) => fail(error));
    parser.on('close', () => {
      settleFinished();
      if (!current) {
        reject(
          new HttpRefusal(
            400,
            'NO_FILE',
            `The request holds no file. Send it as multipart/form-data in a field named "${FIELD}".`,
          ),
        );
      }
    });
    req.on('close', () => {
      if (!req.complete) fail(new HttpRefusal(400, 'INTERRUPTED', 'The upload was interrupted.'));
    });
    req.pipe(parser);
  });
}

/** Browsers send a bare name; other clients may send a path, of which only the name counts. */
function baseName(name: string): string {
  return name.split(/[\\/]/).pop()!.trim();
}
