import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EnvironmentVariables } from './env.schema';

export type DatabaseConfig =
  { type: 'sqlite'; database: string } | { type: 'postgres'; url: string };

/** Resolved settings; derived once from the validated environment. */
export interface AppConfig {
  production: boolean;
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  redisUrl?: string;
  redisKeyPrefix: string;
  demoData: boolean;
  sessionSecret: string;
  publicUrl: string;
  secureCookies: boolean;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: string;
  datasetMaxBytes: number;
  datasetMaxUncompressedBytes: number;
  fileStore: FileStoreConfig;
}

export type FileStoreConfig =
  | { kind: 'local'; root: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };

export const APP_CONFIG = Symbol('APP_CONFIG');

export function databaseFromUrl(url: string | undefined, dataDir: string): DatabaseConfig {
  if (url?.startsWith('postgres')) return { type: 'postgres', url };
  const file = url?.slice('sqlite:'.length) || join(dataDir, 'ketenlab.sqlite');
  return { type: 'sqlite', database: file === ':memory:' ? file : resolve(file) };
}

/**
 * In development an unset SESSION_SECRET is generated once and kept in DATA_DIR, so sessions
 * and signed links survive restarts without anyone having to configure anything.
 */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function toAppConfig(env: EnvironmentVariables): AppConfig {
  const dataDir = resolve(env.DATA_DIR);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    production: env.NODE_ENV === 'production',
    port: env.PORT,
    dataDir,
    database: databaseFromUrl(env.DATABASE_URL, dataDir),
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    demoData: env.DEMO_DATA === 'true',
    sessionSecret: env.SESSION_SECRET ?? developmentSecret(dataDir),
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    logLevel: env.LOG_LEVEL,
    datasetMaxBytes: env.DATASET_MAX_BYTES,
    datasetMaxUncompressedBytes: env.DATASET_MAX_UNCOMPRESSED_BYTES,
    fileStore: fileStoreConfig(env, dataDir),
  };
}

function fileStoreConfig(env: EnvironmentVariables, dataDir: string): FileStoreConfig {
  if (env.FILE_STORE === 'local') return { kind: 'local', root: join(dataDir, 'files') };
  return {
    kind: 's3',
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    // Without keys the SDK's own chain applies (environment, instance role…).
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  };
}
