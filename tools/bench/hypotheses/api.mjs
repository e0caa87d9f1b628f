// The API under test: built from the current sources, started as child processes with the
// statement counter preloaded, on SQLite or PostgreSQL, one instance or two sharing a private
// Redis. Also the database handles the seeder and the hand-written SQL use.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../../..');
export const workspace = createRequire(join(ROOT, 'package.json'));
const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Spawns `node args…` (with an IPC channel) and resolves once its output has `readyText`. */
export function startProcess(args, env, readyText, timeoutMs = 90_000) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, TZ: process.env.TZ, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done(signal ?? code)));
  let output = '';
  return new Promise((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`${args.at(-1)} did not start:\n${output}`)),
      timeoutMs,
    );
    const read = (chunk) => {
      output += chunk;
      if (output.length > 100_000) output = output.slice(-50_000);
      if (output.includes(readyText)) {
        clearTimeout(timer);
        ready({ child, exited, output: () => output });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then((how) => fail(new Error(`${args.at(-1)} exited (${how}):\n${output}`)));
  });
}

export async function stopProcess(proc) {
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 15_000);
  await proc.exited;
  clearTimeout(timer);
}

/** Asks a child started with the counter how many statements it sent since the last reset. */
export function statements(proc, message) {
  if (message === 'statements:reset') {
    proc.child.send(message);
    return Promise.resolve(0);
  }
  return new Promise((done) => {
    const onMessage = (reply) => {
      if (reply && typeof reply.statements === 'number') {
        proc.child.off('message', onMessage);
        done(reply.statements);
      }
    };
    proc.child.on('message', onMessage);
    proc.child.send(message);
  });
}

let builtApi = null;
/** The API built from the current sources into tmp/bench-hypotheses-api, as `nx run api:build`. */
export function buildApi() {
  if (process.env.BENCH_API_MAIN) return resolve(process.env.BENCH_API_MAIN);
  if (builtApi) return builtApi;
  const outDir = join(ROOT, 'tmp', 'bench-hypotheses-api');
  rmSync(outDir, { recursive: true, force: true });
  const project = join(ROOT, 'apps/api/tsconfig.app.json');
  for (const tool of ['tsc', 'tsc-alias']) {
    execFileSync(join(ROOT, 'node_modules/.bin', tool), ['-p', project, '--outDir', outDir], {
      cwd: ROOT,
    });
  }
  return (builtApi = join(outDir, 'apps/api/src/main.js'));
}

async function withPostgres(work, url = POSTGRES_URL) {
  const { Client } = workspace('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The built API with the demo (a lead, partner organisations), signed in as the demo lead.
 * `database`: 'sqlite' or 'postgres'. With `instances: 2` they share the database and a private
 * redis-server on a free port (the machine's Redis is left alone).
 */
export async function startApi({ database, instances = 1 }) {
  const main = buildApi();
  const dir = mkdtempSync(join(tmpdir(), 'ketenlab-bench-hyp-'));
  let databaseUrl = `sqlite:${join(dir, 'bench.sqlite')}`;
  let dropDatabase = async () => undefined;
  if (database === 'postgres') {
    const name = `ketenlab_bench_${randomBytes(4).toString('hex')}`;
    await withPostgres((c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = () =>
      withPostgres((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
  let redis = null;
  if (instances > 1) {
    const port = await freePort();
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    const url = `redis://127.0.0.1:${port}`;
    const Redis = workspace('ioredis');
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => 50 });
    await probe.connect();
    probe.disconnect();
    redis = { child, url };
  }
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
  const preload = join(here, 'count-statements.cjs');
  // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=tmp/prof" to see where the time goes
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const procs = [];
  const urls = [];
  // One after the other: the first runs the migrations and loads the demo.
  for (let i = 0; i < instances; i++) {
    const port = await freePort();
    procs.push(
      await startProcess(
        [...nodeArgs, '--require', preload, main],
        envFor(port),
        'Ketenlab is running at',
      ),
    );
    urls.push(`http://127.0.0.1:${port}`);
  }
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
    procs,
    gql,
    token: signIn.token,
    leadId: signIn.user.id,
    async stop() {
      for (const proc of procs) await stopProcess(proc);
      if (redis) redis.child.kill('SIGTERM');
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A connection of the benchmark's own: for seeding and for the hand-written SQL. */
export async function openDatabase(databaseUrl) {
  if (databaseUrl.startsWith('sqlite:')) {
    const Database = workspace('better-sqlite3');
    const db = new Database(databaseUrl.slice('sqlite:'.length));
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    return { kind: 'sqlite', db, close: async () => db.close() };
  }
  const { Client } = workspace('pg');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return { kind: 'postgres', db: client, close: () => client.end() };
}
