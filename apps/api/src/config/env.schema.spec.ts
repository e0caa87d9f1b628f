import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toAppConfig } from './app-config';
import { validateEnvironment } from './env.schema';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://ketenlab@db/ketenlab',
  SESSION_SECRET: 's'.repeat(32),
  PUBLIC_URL: 'https://ketenlab.voorbeeldstad.nl',
};

describe(validateEnvironment.name, () => {
  it.each(['DATABASE_URL', 'SESSION_SECRET', 'PUBLIC_URL'])(
    'refuses production without %s, naming it',
    (name) => {
      const env: Record<string, string | undefined> = { ...PRODUCTION, [name]: undefined };
      expect(() => validateEnvironment(env)).toThrow(new RegExp(`missing in production: ${name}$`));
    },
  );

  it('names every missing production variable at once', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(
      'missing in production: DATABASE_URL, SESSION_SECRET, PUBLIC_URL',
    );
  });

  it('accepts a complete production environment', () => {
    const config = toAppConfig(validateEnvironment(PRODUCTION));
    expect(config).toMatchObject({
      production: true,
      database: { type: 'postgres', url: PRODUCTION.DATABASE_URL },
      publicUrl: PRODUCTION.PUBLIC_URL,
      secureCookies: true,
    });
  });

  it.each([['abc'], ['-1'], ['65536'], ['80.5']])('refuses PORT=%s', (port) => {
    expect(() => validateEnvironment({ PORT: port })).toThrow(/Invalid configuration: PORT/);
  });

  it.each([['localhost:6379'], ['http://redis:6379'], ['redis//x']])(
    'refuses REDIS_URL=%p',
    (url) => {
      expect(() => validateEnvironment({ REDIS_URL: url })).toThrow(
        'REDIS_URL must start with redis:// or rediss://',
      );
    },
  );

  it.each([['redis://127.0.0.1:6379'], ['rediss://user:pw@redis.example:6380/2']])(
    'accepts REDIS_URL=%s',
    (url) => {
      expect(validateEnvironment({ REDIS_URL: url }).REDIS_URL).toBe(url);
    },
  );

  it('treats an empty variable as unset', () => {
    expect(validateEnvironment({ REDIS_URL: '', PORT: '' })).toMatchObject({
      REDIS_URL: undefined,
      PORT: 3000,
    });
    expect(() => validateEnvironment({ ...PRODUCTION, SESSION_SECRET: '' })).toThrow(
      'missing in production: SESSION_SECRET',
    );
  });

  it('refuses a short SESSION_SECRET and an unknown DATABASE_URL scheme', () => {
    expect(() => validateEnvironment({ SESSION_SECRET: 'short' })).toThrow(
      'SESSION_SECRET must be at least 32 characters',
    );
    expect(() => validateEnvironment({ DATABASE_URL: 'mysql://x' })).toThrow(
      'DATABASE_URL must start with postgres:// or sqlite:',
    );
  });

  describe('development defaults', () => {
    let dataDir: string;
    beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'ketenlab-env-'))));
    afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

    it('work with nothing set: port 3000, SQLite under DATA_DIR, a kept session secret', () => {
      const env = validateEnvironment({ DATA_DIR: dataDir });
      expect(env).toMatchObject({
        NODE_ENV: 'development',
        PORT: 3000,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'info',
        REDIS_KEY_PREFIX: 'ketenlab:',
      });
      const config = toAppConfig(env);
      expect(config).toMatchObject({
        production: false,
        port: 3000,
        database: { type: 'sqlite', database: join(dataDir, 'ketenlab.sqlite') },
        publicUrl: 'http://localhost:3000',
        secureCookies: false,
      });
      expect(config.redisUrl).toBeUndefined();
      expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
      expect(readFileSync(join(dataDir, 'session-secret'), 'utf8')).toBe(config.sessionSecret);
      expect(toAppConfig(validateEnvironment({ DATA_DIR: dataDir })).sessionSecret).toBe(
        config.sessionSecret,
      );
    });

    it('take PORT from the environment as a number', () => {
      expect(validateEnvironment({ DATA_DIR: dataDir, PORT: '8080' }).PORT).toBe(8080);
    });

    it('store files under DATA_DIR/files and take uploads up to 1 GiB', () => {
      const config = toAppConfig(validateEnvironment({ DATA_DIR: dataDir }));
      expect(config.fileStore).toEqual({ kind: 'local', root: join(dataDir, 'files') });
      expect(config.datasetMaxBytes).toBe(1024 ** 3);
    });
  });

  describe('datasets and files', () => {
    it.each([['0'], ['-5'], ['1.5'], ['veel']])('refuses DATASET_MAX_BYTES=%s', (value) => {
      expect(() => validateEnvironment({ DATASET_MAX_BYTES: value })).toThrow(
        /DATASET_MAX_BYTES must be/,
      );
    });

    it('refuses an unknown FILE_STORE and s3 without a bucket, naming the variable', () => {
      expect(() => validateEnvironment({ FILE_STORE: 'ftp' })).toThrow(/FILE_STORE must be/);
      expect(() => validateEnvironment({ FILE_STORE: 's3' })).toThrow(
        /FILE_STORE=s3 needs S3_BUCKET/,
      );
    });

    it('resolves an S3 store with its endpoint and keys', () => {
      const config = toAppConfig(
        validateEnvironment({
          FILE_STORE: 's3',
          S3_BUCKET: 'ketenlab-files',
          S3_ENDPOINT: 'http://127.0.0.1:9000',
          S3_ACCESS_KEY_ID: 'key',
          S3_SECRET_ACCESS_KEY: 'secret',
          SESSION_SECRET: 's'.repeat(32),
        }),
      );
      expect(config.fileStore).toEqual({
        kind: 's3',
        bucket: 'ketenlab-files',
        region: 'us-east-1',
        endpoint: 'http://127.0.0.1:9000',
        forcePathStyle: true,
        credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      });
    });
  });
});
