import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/**
 * The environment the API accepts. Everything has a working default for development; in
 * production (`NODE_ENV=production`) the secrets must be set explicitly.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^(postgres(ql)?:\/\/|sqlite:)/, {
    message: 'DATABASE_URL must start with postgres:// or sqlite:',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must start with redis:// or rediss://' })
  REDIS_URL?: string;

  /** Namespaces every Redis key, so several deployments (or test runs) can share one Redis. */
  @Matches(/^[\w:.-]{1,64}$/, {
    message: 'REDIS_KEY_PREFIX may hold letters, digits, : . _ - only',
  })
  REDIS_KEY_PREFIX = 'ketenlab:';

  @IsString()
  DATA_DIR = './data';

  /** Load the demo organisations, users and project into an empty database at start. */
  @IsIn(['true', 'false'])
  DEMO_DATA = 'false';

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^/]+/, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL?: string;

  /** Optional: with it, invitations are also sent by mail. */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must start with smtp:// or smtps://' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Ketenlab <noreply@localhost>';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Largest dataset file accepted, in bytes; enforced while the upload streams. 1 GiB. */
  @Type(() => Number)
  @IsInt({ message: 'DATASET_MAX_BYTES must be a whole number of bytes' })
  @Min(1, { message: 'DATASET_MAX_BYTES must be at least 1' })
  DATASET_MAX_BYTES = 1024 ** 3;

  /** What an XLSX may inflate to, all zip entries together: the decompression-bomb cap. */
  @Type(() => Number)
  @IsInt({ message: 'DATASET_MAX_UNCOMPRESSED_BYTES must be a whole number of bytes' })
  @Min(1, { message: 'DATASET_MAX_UNCOMPRESSED_BYTES must be at least 1' })
  DATASET_MAX_UNCOMPRESSED_BYTES = 1024 ** 3;

  /** Where files go: a directory under DATA_DIR, or an S3-compatible bucket. */
  @IsIn(['local', 's3'], { message: 'FILE_STORE must be local or s3' })
  FILE_STORE: 'local' | 's3' = 'local';

  @IsOptional()
  @Matches(/^https?:\/\/[^/]+/, { message: 'S3_ENDPOINT must be an http(s) URL' })
  S3_ENDPOINT?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'S3_BUCKET must be a valid bucket name',
  })
  S3_BUCKET?: string;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style URLs (`endpoint/bucket/key`), as MinIO and most S3-compatible servers want. */
  @IsIn(['true', 'false'])
  S3_FORCE_PATH_STYLE = 'true';
}

/** The variables production refuses to start without. */
const REQUIRED_IN_PRODUCTION = ['DATABASE_URL', 'SESSION_SECRET', 'PUBLIC_URL'] as const;

export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  // `REDIS_URL=` (as compose files and shells often leave it) means unset, not an invalid URL.
  const set = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''));
  const env = plainToInstance(EnvironmentVariables, set, { exposeDefaultValues: true });
  const problems = validateSync(env, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );
  if (env.FILE_STORE === 's3' && !env.S3_BUCKET) {
    problems.push('FILE_STORE=s3 needs S3_BUCKET');
  }
  if (env.NODE_ENV === 'production') {
    const missing = REQUIRED_IN_PRODUCTION.filter((name) => !env[name]);
    if (missing.length) problems.push(`missing in production: ${missing.join(', ')}`);
  }
  if (problems.length) {
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return env;
}
