// The servers under test, each as child processes of run.mjs, in one shape: { name, urls, token,
// pids(), rooms(count), restart(), stop() }; and their memory and CPU from /proc. Starting the
// API, databases and Redis: ../shared.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApi } from '../shared/api.mjs';
import { freePort } from '../shared/ports.mjs';
import { cpuSeconds, residentBytes, startProcess, stopProcess } from '../shared/processes.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Resident memory (bytes) and CPU seconds used so far, summed over `pids`. */
export function processStats(pids) {
  let rss = 0;
  let cpu = 0;
  for (const pid of pids) {
    rss += residentBytes(pid);
    cpu += cpuSeconds(pid);
  }
  return { rss, cpu };
}

/**
 * Ketenlab: the built API with demo data, signed in as the demo project lead. `database` is
 * 'sqlite' or 'postgres'; with `instances: 2` both share the database and a private Redis.
 */
export async function startKetenlab({ database, instances = 1 }) {
  const api = await startApi({ database, instances, buildDir: 'bench-api' });
  const { projects } = await api.gql(`{ projects { id } }`, {}, api.token);
  let made = 0;
  return {
    name: `Ketenlab (${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}${instances > 1 ? `, ${instances} instances + Redis` : ''})`,
    urls: api.urls.map((url) => `${url.replace('http', 'ws')}/collab`),
    token: api.token,
    pids: () => api.procs.map((p) => p.child.pid),
    redis: api.redis,
    async rooms(count) {
      const rooms = [];
      for (let i = 0; i < count; i++) {
        const { createQuestion } = await api.gql(
          `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { documentName } }`,
          { input: { projectId: projects[0].id, title: `Benchmark ${++made}` } },
          api.token,
        );
        rooms.push(createQuestion.documentName);
      }
      return rooms;
    },
    restart: () => api.restart(),
    stop: () => api.stop(),
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
