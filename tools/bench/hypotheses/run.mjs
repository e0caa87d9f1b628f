// Hypotheses benchmark (issue 4): the board query through the built API beside hand-written SQL,
// on SQLite and PostgreSQL, and the fan-out of `hypothesisChanged` to 200 subscribers on one
// instance and on two with Redis. See README.md beside this file.
//
//   node tools/bench/hypotheses/run.mjs
//   node tools/bench/hypotheses/run.mjs --databases=sqlite --sizes=50,500 --quick
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { startApi } from './api.mjs';
import { benchBoard } from './board.mjs';
import { boardTable, fanoutTable } from './report.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const quick = args.quick === 'true';
const databases = (args.databases ?? 'sqlite,postgres').split(',');
const sizes = (args.sizes ?? '50,500,5000').split(',').map(Number);
const parts = (args.parts ?? 'board,fanout').split(',');
const runsFor = (size) => {
  if (args.runs) return Number(args.runs);
  if (quick) return size >= 5000 ? 3 : 20;
  return size >= 5000 ? 20 : size >= 500 ? 200 : 400;
};
const log = (line) => console.log(line);

const machine = {
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  loadBefore: loadavg().map((l) => l.toFixed(2)),
};
log(
  `machine: ${machine.cpus}, ${machine.memory}, Node ${machine.node}, load ${machine.loadBefore}`,
);

const results = { machine, board: [], fanout: [] };
if (parts.includes('board')) {
  for (const database of databases) {
    log(`board on ${database}`);
    const api = await startApi({ database });
    try {
      results.board.push(...(await benchBoard(api, { sizes, runsFor, log })));
    } finally {
      await api.stop();
    }
  }
}
if (parts.includes('fanout')) {
  const { benchFanout } = await import('./fanout.mjs');
  results.fanout = await benchFanout({ quick, log, args });
}
machine.loadAfter = loadavg().map((l) => l.toFixed(2));

const dir = join(new URL('.', import.meta.url).pathname, 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(results, null, 2));
log(`\nresults: ${file}\n`);
if (results.board.length) log(boardTable(results.board));
if (results.fanout.length) log(`\n${fanoutTable(results.fanout)}`);
