import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileStoreConfig } from '../config/app-config';
import { checkKey, FileStore } from './file-store';

type S3Config = Extract<FileStoreConfig, { kind: 's3' }>;

/**
 * Files in an S3-compatible bucket. Writes are multipart uploads of 8 MiB parts, at most two
 * in flight, so memory stays near 16 MiB per upload whatever the file's size; a failed or
 * aborted write aborts the multipart upload, which leaves no object behind. Promoting is a
 * server-side copy and a delete (a single copy goes up to 5 GiB, above the default limit).
 */
export class S3FileStore extends FileStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: S3Config) {
    super();
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
    });
  }

  async write(key: string, body: Readable): Promise<number> {
    let bytes = 0;
    const counted = new PassThrough();
    counted.on('data', (chunk: Buffer) => (bytes += chunk.length));
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: checkKey(key), Body: counted },
      partSize: 8 * 1024 * 1024,
      queueSize: 2,
      leavePartsOnError: false,
    });
    const feeding = pipeline(body, counted).catch(async (error: unknown) => {
      await upload.abort();
      throw error;
    });
    const done = upload.done().catch((error: unknown) => {
      counted.destroy(error as Error);
      throw error;
    });
    await Promise.all([feeding, done]);
    return bytes;
  }

  async read(key: string): Promise<Readable> {
    const result = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }),
    );
    return result.Body as Readable;
  }

  async promote(from: string, to: string): Promise<void> {
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: checkKey(to),
        CopySource: `${this.bucket}/${checkKey(from)}`,
      }),
    );
    await this.remove(from);
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }));
      return true;
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
        return false;
      throw error;
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}
