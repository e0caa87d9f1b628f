import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from './test-database';

export interface GraphqlResult<T = any> {
  data?: T;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    extensions?: { code?: string; field?: string; [key: string]: unknown };
  }>;
}

export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  result: GraphqlResult<T>;
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  /** The configuration it was booted with; a second instance joins with the same one. */
  env: Record<string, string | undefined>;
  /** A GraphQL call; `token` is sent as Bearer, `cookie` as the Cookie header. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string },
  ): Promise<GraphqlResult<T>>;
  /** The same call, with the HTTP response around it (status, Set-Cookie…). */
  gqlResponse<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string },
  ): Promise<HttpResult<T>>;
  close(): Promise<void>;
}

/**
 * Boots the real app, as main.ts does, on port 0 over its own database. With `joining`, it is
 * a second instance of that app instead: same database, Redis prefix and session secret, so a
 * token signed in on one is valid on the other; the database stays until `joining` closes.
 */
export async function startTestApp(
  overrides: Record<string, string | undefined> = {},
  options: { joining?: TestApp } = {},
): Promise<TestApp> {
  const joined = options.joining;
  const database: TestDatabase = joined
    ? { url: String(joined.env['DATABASE_URL']), drop: async () => undefined }
    : await createTestDatabase();
  const env: Record<string, string | undefined> = {
    ...(joined?.env ?? {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `ketenlab-test:${randomBytes(4).toString('hex')}:`,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: process.env['KETENLAB_TEST_LOG'] ?? 'silent',
      DEMO_DATA: 'false',
      // Files of this app only (dataset uploads), removed on close.
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ketenlab-test-')),
    }),
    ...overrides,
  };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), {
    logger: false,
    bufferLogs: true,
  });
  configureApp(app, '/nonexistent');
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const gqlResponse: TestApp['gqlResponse'] = async (query, variables = {}, auth = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      result: (await response.json()) as GraphqlResult,
    };
  };
  return {
    app,
    url,
    env,
    gqlResponse,
    async gql(query, variables = {}, auth = {}) {
      return (await gqlResponse(query, variables, auth)).result;
    },
    async close() {
      await app.close();
      await database.drop();
      if (!joined && env['DATA_DIR']?.startsWith(tmpdir())) {
        rmSync(env['DATA_DIR'], { recursive: true, force: true });
      }
    },
  };
}

/** The error code of the first error, or 'OK' when there was none: what matrix tests compare. */
export function outcome(result: GraphqlResult): string {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}
