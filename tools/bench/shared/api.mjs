// The built API under test as the benchmarks start it: on a fresh SQLite file or a private
// PostgreSQL database, with the demo data, one instance or several sharing the database and a
// private Redis; signed in as the demo project lead.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApi } from './build-api.mjs';
import { freePort } from './ports.mjs';
import { createDatabase } from './postgres.mjs';
import { startProcess, stopProcess } from './processes.mjs';
import { startRedis } from './redis.mjs';

/**
 * `database`: 'sqlite' or 'postgres'. `buildDir`: where under tmp/ the API is built.
 * `nodeArgs` go before main.js (e.g. `--require` of a preload); `ipc` opens a channel to each
 * instance. Resolves to { database, databaseUrl, urls, procs, redis, gql, token, leadId,
 * restart(), stop() }; `procs` are the running instances, new ones after restart().
 */
export async function startApi({ database, instances = 1, buildDir, nodeArgs = [], ipc = false }) {
  const main = buildApi(buildDir);
  const dir = mkdtempSync(join(tmpdir(), 'ketenlab-bench-'));
  const postgres = database === 'postgres' ? await createDatabase() : null;
  const databaseUrl = postgres?.url ?? `sqlite:${join(dir, 'bench.sqlite')}`;
  const redis = instances > 1 ? await startRedis() : null;
  const secret = randomBytes(32).toString('hex');
  const envFor = (port) => ({
    NODE_ENV: 'production',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    DATA_DIR: dir,
    SESSION_SECRET: secret,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    ...(redis ? { REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'bench:' } : {}),
  });
  const ports = [];
  for (let i = 0; i < instances; i++) ports.push(await freePort());
  let procs = [];
  const start = async () => {
    procs = [];
    // One after the other: the first runs the migrations and loads the demo.
    for (const port of ports) {
      procs.push(
        await startProcess([...nodeArgs, main], envFor(port), 'Ketenlab is running at', { ipc }),
      );
    }
  };
  const stopAll = async () => {
    for (const proc of procs) await stopProcess(proc);
  };
  await start();
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const gql = async (query, variables = {}, token, base = urls[0]) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const result = await response.json();
    if (result.errors) throw new Error(JSON.stringify(result.errors).slice(0, 2000));
    return result.data;
  };
  const { signIn } = await gql(
    `mutation { signIn(input: { email: "sanne@voorbeeldstad.nl", password: "demo-wachtwoord" }) { token user { id } } }`,
  );
  return {
    database,
    databaseUrl,
    urls,
    get procs() {
      return procs;
    },
    redis,
    gql,
    token: signIn.token,
    leadId: signIn.user.id,
    async restart() {
      await stopAll();
      await start();
    },
    async stop() {
      await stopAll();
      redis?.stop();
      await postgres?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
