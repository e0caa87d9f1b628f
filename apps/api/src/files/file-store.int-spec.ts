import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { fixtures } from '../testing/fixtures';
import { startTestApp } from '../testing/test-app';
import { uploadVersion } from '../testing/uploads';
import type { FileStore } from './file-store';
import { LocalFileStore } from './local-file-store';
import { S3FileStore } from './s3-file-store';

/**
 * One contract, two stores: the local directory and S3, the latter against s3rver, a real
 * S3-compatible server in this process (HTTP, SigV4, multipart uploads).
 */
const BUCKET = 'ketenlab-test';
let server: S3rver;
let endpoint: string;
let directory: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ketenlab-s3-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = (await server.run()) as { port: number };
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

const s3 = () =>
  new S3FileStore({
    kind: 's3',
    bucket: BUCKET,
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });

/** A body that fails after `bytes`, as an interrupted upload does. */
function failingAfter(bytes: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= bytes) {
        this.destroy(new Error('verbinding verbroken'));
        return;
      }
      sent += 64 * 1024;
      this.push(Buffer.alloc(64 * 1024, 0x61));
    },
  });
}

describe.each([
  ['local directory', () => new LocalFileStore(mkdtempSync(join(tmpdir(), 'ketenlab-files-')))],
  ['S3 (s3rver)', s3],
] as Array<[string, () => FileStore]>)('%s file store', (_name, make) => {
  let store: FileStore;
  beforeAll(() => {
    store = make();
  });

  it('writes, reads, promotes and removes by key', async () => {
    const bytes = await store.write(
      'uploads/a1',
      Readable.from([Buffer.from('wijk;n\n'), Buffer.from('A;1\n')]),
    );
    expect(bytes).toBe(11);
    expect(await text(await store.read('uploads/a1'))).toBe('wijk;n\nA;1\n');
    await store.promote('uploads/a1', 'datasets/d1/a1');
    expect(await store.exists('uploads/a1')).toBe(false);
    expect(await text(await store.read('datasets/d1/a1'))).toBe('wijk;n\nA;1\n');
    await store.remove('datasets/d1/a1');
    await store.remove('datasets/d1/a1');
    expect(await store.exists('datasets/d1/a1')).toBe(false);
    await expect(store.read('datasets/d1/a1')).rejects.toThrow();
  });

  it('streams a file larger than one multipart part (12 MiB)', async () => {
    const size = 12 * 1024 * 1024;
    const chunks = Array.from({ length: size / (1024 * 1024) }, (_, i) =>
      Buffer.alloc(1024 * 1024, 65 + i),
    );
    expect(await store.write('uploads/big', Readable.from(chunks))).toBe(size);
    let read = 0;
    for await (const chunk of await store.read('uploads/big')) read += (chunk as Buffer).length;
    expect(read).toBe(size);
    await store.remove('uploads/big');
  });

  it('leaves nothing behind when the body fails half-way', async () => {
    await expect(store.write('uploads/broken', failingAfter(9 * 1024 * 1024))).rejects.toThrow();
    expect(await store.exists('uploads/broken')).toBe(false);
  });

  it('refuses keys that could leave its root', async () => {
    await expect(store.write('../etc/passwd', Readable.from([]))).rejects.toThrow(/key/);
    await expect(store.read('uploads/../../x')).rejects.toThrow(/key/);
  });
});

describe('an upload through the API with FILE_STORE=s3', () => {
  it('stores the version in the bucket and downloads it again', async () => {
    const test = await startTestApp({
      FILE_STORE: 's3',
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    });
    try {
      const f = fixtures(test);
      const { token } = await f.user(await f.organisation('Gemeente S3', 'municipality'));
      const projectId = (await f.project(token)).id;
      const datasetId = (await f.dataset(token, projectId)).id;
      const csv = 'wijk;aantal\nA;1\nB;2\n';
      const upload = await uploadVersion(test, { token }, projectId, datasetId, csv, 'wijken.csv');
      expect(upload).toMatchObject({ status: 201, body: { rowCount: 2 } });
      expect(await s3().exists(`datasets/${datasetId}/${upload.body.id}`)).toBe(true);
      expect(await s3().exists(`uploads/${upload.body.id}`)).toBe(false);
      const page = await test.gql(
        `query($id: ID!) { dataset(id: $id) { latestVersion { rows(offset: 1, limit: 1) { rows } downloadUrl } } }`,
        { id: datasetId },
        { token },
      );
      expect(page.data.dataset.latestVersion.rows.rows).toEqual([['B', '2']]);
      const response = await fetch(test.url + page.data.dataset.latestVersion.downloadUrl, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(await response.text()).toBe(csv);
    } finally {
      await test.close();
    }
  });
});
