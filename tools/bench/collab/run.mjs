// The collaboration benchmark (docs/benchmarks.md): the same workload, one server at a time on
// this machine, against Ketenlab (SQLite; PostgreSQL; two instances + Redis), the reference
// y-websocket 2.0.4 server and Hocuspocus 4.7. The load generator runs in a process of its own.
//
//   node tools/bench/collab/run.mjs [--servers=sqlite,postgres,two,reference,hocuspocus]
//                                   [--quick] [--only=typing,sweep,open,cold,storm]
//                                   [--storm-rooms=100]
//
// Needs `npm install --prefix tools/bench/collab/peers` once; PostgreSQL on 127.0.0.1:5432
// (BENCH_POSTGRES_URL) for the PostgreSQL runs and `redis-server` on PATH for two instances.
// Results: a JSON file in tools/bench/collab/results/ and a Markdown table on stdout.
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processStats, startHocuspocus, startKetenlab, startReference } from './servers.mjs';
import { loadTrace } from './trace.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const quick = args.quick === 'true';
/** Scenarios to run (all by default): `--only=storm` reruns the reconnect storm alone. */
const only = args.only ? new Set(args.only.split(',')) : null;
const runs = (scenario) => !only || only.has(scenario);
const SERVERS = {
  sqlite: () => startKetenlab({ database: 'sqlite' }),
  postgres: () => startKetenlab({ database: 'postgres' }),
  two: () => startKetenlab({ database: 'postgres', instances: 2 }),
  reference: startReference,
  hocuspocus: startHocuspocus,
};
const chosen = (args.servers ?? Object.keys(SERVERS).join(',')).split(',');
const TYPING_SECONDS = quick ? 5 : 20;
const RATE_PER_TYPIST = 3; // a brisk typist: 180 characters a minute
const SWEEP = quick ? [500, 1000] : [250, 500, 1000, 2000, 4000];
const OPEN_DOCUMENTS = quick ? 100 : 1000;
// `--storm-rooms=200` makes the storm harsher (10 clients per document, as always).
const STORM = {
  rooms: Number(args['storm-rooms'] ?? (quick ? 10 : 100)),
  clientsPerRoom: 10,
};
const P99_TARGET_MS = 50;
/** A sweep step passes when p99 stays under the target and the observer received what was sent. */
const keptUp = (step) =>
  step.p99 <= P99_TARGET_MS && step.receivedEditsPerSecond >= 0.9 * step.sentEditsPerSecond;

/** Runs one scenario in a fresh load-generator process; `during` handles its IPC messages. */
function load(server, job, during = () => undefined) {
  const child = fork(
    join(here, 'load.mjs'),
    [JSON.stringify({ ...job, server: server.kind, urls: server.urls, token: server.token })],
    {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.on('message', (message) => during(message, child));
  return new Promise((done, fail) =>
    child.once('exit', () => {
      const result = JSON.parse(output.trim().split('\n').at(-1) || '{"error":"no output"}');
      if (result.error) fail(new Error(`${job.scenario} on ${server.name}: ${result.error}`));
      else done(result);
    }),
  );
}

/** Load-generator run with the server's CPU seconds and peak-ish memory around it. */
async function measured(server, job, during) {
  const before = processStats(server.pids());
  let peakRss = before.rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, processStats(server.pids()).rss);
  }, 200);
  const redisBefore = server.redis ? await redisCalls(server.redis.client) : 0;
  const started = performance.now();
  const result = await load(server, job, during).finally(() => clearInterval(sampler));
  const seconds = (performance.now() - started) / 1000;
  const after = processStats(server.pids());
  return {
    ...result,
    serverCpuPercent: Math.round((100 * (after.cpu - before.cpu)) / seconds),
    serverPeakRssMiB: mib(Math.max(peakRss, after.rss)),
    ...(server.redis
      ? { redisCommands: (await redisCalls(server.redis.client)) - redisBefore }
      : {}),
  };
}

async function redisCalls(client) {
  const info = await client.info('commandstats');
  return [...info.matchAll(/calls=(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0) - 1;
}

const mib = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;
const log = (...parts) => process.stderr.write(`${parts.join(' ')}\n`);

async function benchmark(kind) {
  const server = {
    ...(await SERVERS[kind]()),
    kind: kind === 'reference' || kind === 'hocuspocus' ? kind : 'ketenlab',
  };
  const results = { server: server.name };
  try {
    log(`== ${server.name}`);
    results.idleRssMiB = mib(processStats(server.pids()).rss);
    for (const typists of runs('typing') ? [10, 50] : []) {
      const [room] = await server.rooms(1);
      results[`typing${typists}`] = await measured(server, {
        scenario: 'typing',
        room,
        typists,
        rate: RATE_PER_TYPIST,
        seconds: TYPING_SECONDS,
      });
      if (server.redis) {
        const r = results[`typing${typists}`];
        r.redisCommandsPerEdit = Math.round((r.redisCommands / r.edits) * 10) / 10;
      }
      log(`typing ${typists}:`, JSON.stringify(results[`typing${typists}`]));
    }
    if (kind === 'two') return results; // the rest measures one process

    results.sweep = runs('sweep') ? [] : undefined;
    for (const total of runs('sweep') ? SWEEP : []) {
      const typists = Math.max(10, Math.ceil(total / 100));
      const [room] = await server.rooms(1);
      const step = await measured(server, {
        scenario: 'typing',
        room,
        typists,
        rate: total / typists,
        seconds: quick ? 5 : 10,
      });
      results.sweep.push(step);
      log(`sweep ${total}/s:`, JSON.stringify(step));
      if (!keptUp(step)) break;
    }
    const passing = results.sweep?.filter(keptUp) ?? [];
    results.highestRateUnderTarget = passing.length ? passing.at(-1).sentEditsPerSecond : null;

    if (runs('open')) await openDocuments(server, results);
    if (server.persists !== false && runs('cold')) await coldLoad(server, results);
    if (runs('storm')) {
      const stormRooms = await server.rooms(STORM.rooms);
      results.storm = await measured(server, {
        scenario: 'storm',
        rooms: stormRooms,
        clientsPerRoom: STORM.clientsPerRoom,
      });
      log('storm:', JSON.stringify(results.storm));
    }
    return results;
  } catch (error) {
    log(String(error.stack ?? error));
    return { ...results, error: String(error.message ?? error) };
  } finally {
    await server.stop();
  }
}

async function openDocuments(server, results) {
  const rooms = await server.rooms(OPEN_DOCUMENTS);
  // A fresh process, so that garbage from the runs before does not blur the baseline.
  await server.restart();
  let open = null;
  const before = processStats(server.pids()).rss;
  const opened = await load(
    server,
    { scenario: 'openDocuments', rooms },
    async (message, child) => {
      if (message.type !== 'open') return;
      open = processStats(server.pids()).rss;
      child.send({ type: 'measured' });
    },
  );
  results.openDocuments = {
    ...opened,
    rssBeforeMiB: mib(before),
    rssOpenMiB: mib(open),
    rssPerDocumentKiB: Math.round((open - before) / rooms.length / 1024),
  };
  log('open documents:', JSON.stringify(results.openDocuments));
}

async function coldLoad(server, results) {
  const [room] = await server.rooms(1);
  const seeded = await load(server, { scenario: 'seed', room });
  await server.restart();
  const cold = await load(server, { scenario: 'coldLoad', room, length: seeded.length });
  const warm = await load(server, { scenario: 'coldLoad', room, length: seeded.length });
  results.coldLoad = { ...seeded, ...cold, warmTimeToSyncedMs: warm.timeToSyncedMs };
  log('cold load:', JSON.stringify(results.coldLoad));
}

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  node: process.version,
  trace: `${loadTrace().patches.length} edits (automerge-paper, B4)`,
  date: new Date().toISOString(),
  quick,
  only: only ? [...only] : 'all',
};
const all = [];
for (const kind of chosen) all.push(await benchmark(kind));
mkdirSync(join(here, 'results'), { recursive: true });
const file = join(here, 'results', `${machine.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ machine, results: all }, null, 2) + '\n');
log(`results: ${file}`);
process.stdout.write(table(all) + '\n');

function table(rows) {
  const cell = (value) => (value == null ? '–' : String(value));
  const lines = [
    ['', ...rows.map((r) => r.server)],
    [
      'p50 / p99 ms, 10 typists',
      ...rows.map((r) => r.typing10 && `${r.typing10.p50} / ${r.typing10.p99}`),
    ],
    [
      'p50 / p99 ms, 50 typists',
      ...rows.map((r) => r.typing50 && `${r.typing50.p50} / ${r.typing50.p99}`),
    ],
    ['server CPU %, 50 typists', ...rows.map((r) => r.typing50?.serverCpuPercent)],
    ['load generator CPU %, 50 typists', ...rows.map((r) => r.typing50?.generatorCpuPercent)],
    [
      'highest edits/s with p99 < 50 ms',
      ...rows.map(
        (r) =>
          r.highestRateUnderTarget ?? (r.sweep ? `< ${r.sweep[0]?.offeredEditsPerSecond}` : null),
      ),
    ],
    ['RSS per open document, KiB', ...rows.map((r) => r.openDocuments?.rssPerDocumentKiB)],
    ['idle RSS MiB', ...rows.map((r) => r.idleRssMiB)],
    ['cold load of B4, ms to synced', ...rows.map((r) => r.coldLoad?.timeToSyncedMs)],
    ['reconnect storm, s to resynced', ...rows.map((r) => r.storm?.resyncedSeconds)],
    [
      'Redis commands per edit (10 / 50 typists)',
      ...rows.map((r) =>
        r.typing10?.redisCommandsPerEdit != null
          ? `${r.typing10.redisCommandsPerEdit} / ${r.typing50?.redisCommandsPerEdit}`
          : null,
      ),
    ],
  ];
  return lines
    .map(
      (line, i) =>
        `| ${line.map(cell).join(' | ')} |` +
        (i === 0 ? `\n|${line.map(() => ' --- ').join('|')}|` : ''),
    )
    .join('\n');
}
