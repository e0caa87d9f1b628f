// Starting and stopping the servers under test, each as child processes of run.mjs, and
// reading their memory and CPU from /proc.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../../..');
const workspace = createRequire(join(ROOT, 'package.json'));
const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CLOCK_TICKS = 100; // USER_HZ on Linux

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

/** Resident memory (bytes) and CPU seconds used so far, summed over `pids`. */
export function processStats(pids) {
  let rss = 0;
  let cpu = 0;
  for (const pid of pids) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    rss += Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    cpu += (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  }
  return { rss, cpu };
}

/** Spawns `node args…` and resolves once its output contains `readyText`. */
function startProcess(args, env, readyText, timeoutMs = 60_000) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done(signal ?? code)));
  let output = '';
  return new Promise((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`${args[0]} did not start:\n${output}`)),
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
    exited.then((how) => fail(new Error(`${args[0]} exited (${how}):\n${output}`)));
  });
}

async function stopProcess(proc) {
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 15_000);
  await proc.exited;
  clearTimeout(timer);
}

/** The API built from the current sources into tmp/, as `nx run api:build` does. */
let builtApi = null;
function buildApi() {
  if (process.env.BENCH_API_MAIN) return resolve(process.env.BENCH_API_MAIN);
  if (builtApi) return builtApi;
  const outDir = join(ROOT, 'tmp', 'bench-api');
  rmSync(outDir, { recursive: true, force: true });
  const project = join(ROOT, 'apps/api/tsconfig.app.json');
  execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', project, '--outDir', outDir], {
    cwd: ROOT,
  });
  execFileSync(join(ROOT, 'node_modules/.bin/tsc-alias'), ['-p', project, '--outDir', outDir], {
    cwd: ROOT,
  });
  return (builtApi = join(outDir, 'apps/api/src/main.js'));
}

async function withPostgres(work) {
  const { Client } = workspace('pg');
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Ketenlab: the built API with demo data, signed in as the demo project lead. `database` is
 * 'sqlite' or 'postgres'; with `instances: 2` both share the database and a private Redis
 * (its own redis-server on a free port, so the machine's Redis is not disturbed).
 */
export async function startKetenlab({ database, instances = 1 }) {
  const main = buildApi();
  const dir = mkdtempSync(join(tmpdir(), 'ketenlab-bench-'));
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
    redis = { child, url, client: probe };
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
  const ports = [];
  for (let i = 0; i < instances; i++) ports.push(await freePort());
  let procs = [];
  const start = async () => {
    procs = [];
    // One after the other: the first runs the migrations and loads the demo.
    for (const port of ports)
      procs.push(await startProcess([main], envFor(port), 'Ketenlab is running at'));
  };
  await start();
  const base = `http://127.0.0.1:${ports[0]}`;
  const gql = async (query, variables = {}, token) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const result = await response.json();
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const { signIn } = await gql(
    `mutation { signIn(input: { email: "sanne@voorbeeldstad.nl", password: "demo-wachtwoord" }) { token } }`,
  );
  const token = signIn.token;
  const { projects } = await gql(`{ projects { id } }`, {}, token);
  let made = 0;
  return {
    name: `Ketenlab (${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}${instances > 1 ? `, ${instances} instances + Redis` : ''})`,
    urls: ports.map((port) => `ws://127.0.0.1:${port}/collab`),
    token,
    pids: () => procs.map((p) => p.child.pid),
    redis,
    async rooms(count) {
      const rooms = [];
      for (let i = 0; i < count; i++) {
        const { createQuestion } = await gql(
          `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { documentName } }`,
          { input: { projectId: projects[0].id, title: `Benchmark ${++made}` } },
          token,
        );
        rooms.push(createQuestion.documentName);
      }
      return rooms;
    },
    async restart() {
      for (const proc of procs) await stopProcess(proc);
      await start();
    },
    async stop() {
      for (const proc of procs) await stopProcess(proc);
      if (redis) {
        redis.client.disconnect();
        redis.child.kill('SIGTERM');
      }
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Any room name is a document to these two; they authenticate nobody. */
function namedRooms(prefix) {
  let made = 0;
  return async (count) => Array.from({ length: count }, () => `${prefix}-${++made}`);
}

/** The reference server bundled with y-websocket 2.0.4 (in memory: no YPERSISTENCE). */
export async function startReference() {
  const port = await freePort();
  const env = { HOST: '127.0.0.1', PORT: String(port) };
  const script = join(here, 'peers/node_modules/y-websocket/bin/server.cjs');
  let proc = await startProcess([script], env, 'running at');
  return {
    name: 'y-websocket 2.0.4 reference server',
    urls: [`ws://127.0.0.1:${port}`],
    token: null,
    pids: () => [proc.child.pid],
    rooms: namedRooms('bench'),
    persists: false,
    async restart() {
      await stopProcess(proc);
      proc = await startProcess([script], env, 'running at');
    },
    stop: () => stopProcess(proc),
  };
}

/** Hocuspocus 4.7 with its database extension over SQLite (hocuspocus-server.mjs). */
export async function startHocuspocus() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'hocuspocus-bench-'));
  const env = { PORT: String(port), BENCH_DB: join(dir, 'bench.sqlite') };
  const script = join(here, 'hocuspocus-server.mjs');
  let proc = await startProcess([script], env, 'hocuspocus listening');
  return {
    name: 'Hocuspocus 4.7 (database extension, SQLite)',
    urls: [`ws://127.0.0.1:${port}`],
    token: 'bench',
    pids: () => [proc.child.pid],
    rooms: namedRooms('bench'),
    async restart() {
      await stopProcess(proc);
      proc = await startProcess([script], env, 'hocuspocus listening');
    },
    async stop() {
      await stopProcess(proc);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
