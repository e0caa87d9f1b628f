// Dataset ingest + profile throughput against a bare csv-parse pass over the same file.
//   node tools/bench/datasets/run.mjs [--sizes=20,200] [--repeat=3]
// Compiles libs/datasets with tsc into tmp/bench-datasets/lib, generates the CSVs into
// tmp/bench-datasets (kept between runs), then measures each (size, mode) in a fresh child
// process, alternating modes, and reports the median throughput and the largest peak RSS.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate-kerncijfers.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')),
);
const sizes = (args.sizes ?? '20,200').split(',').map(Number);
const repeat = Number(args.repeat ?? 3);
const dir = 'tmp/bench-datasets';
const lib = join(dir, 'lib');
const measure = 'tools/bench/datasets/measure.mjs';
mkdirSync(dir, { recursive: true });

console.log('compiling libs/datasets …');
execFileSync(
  'npx',
  [
    'tsc',
    '-p',
    'libs/datasets/tsconfig.json',
    '--outDir',
    lib,
    '--noEmit',
    'false',
    '--sourceMap',
    'false',
    '--declaration',
    'false',
  ],
  { stdio: 'inherit' },
);

const results = [];
for (const mb of sizes) {
  const file = join(dir, `kerncijfers-${mb}mb.csv`);
  if (!existsSync(file) || Math.abs(statSync(file).size - mb * 1e6) > 1e6) {
    console.log(`generating ${file} …`);
    await generate(file, mb * 1e6);
  }
  const runs = { bare: [], ingest: [] };
  for (let i = 0; i < repeat; i++) {
    for (const mode of ['bare', 'ingest']) {
      const out = execFileSync('node', [measure, mode, file, lib], { encoding: 'utf8' });
      const result = JSON.parse(out.trim().split('\n').pop());
      runs[mode].push(result);
      console.log(
        `${mb} MB ${mode.padEnd(6)} ${result.mbPerSecond.toFixed(1)} MB/s, ${result.mbPerCpuSecond.toFixed(1)} MB per CPU second, ${result.peakRssMiB.toFixed(0)} MiB`,
      );
    }
  }
  const median = (list, key = 'mbPerSecond') =>
    list.map((r) => r[key]).sort((a, b) => a - b)[list.length >> 1];
  const peak = (list) => Math.max(...list.map((r) => r.peakRssMiB));
  results.push({
    mb,
    rows: runs.ingest[0].rows,
    bare: median(runs.bare),
    ingest: median(runs.ingest),
    bareCpu: median(runs.bare, 'mbPerCpuSecond'),
    ingestCpu: median(runs.ingest, 'mbPerCpuSecond'),
    bareRss: peak(runs.bare),
    ingestRss: peak(runs.ingest),
  });
}

console.log(`\nNode ${process.version}, ${cpus().length} cores, ${cpus()[0].model}`);
console.log(
  '| file | rows | bare csv-parse | ingest + profile | ratio | ratio (CPU time) | peak RSS bare | peak RSS ingest |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.mb} MB | ${r.rows.toLocaleString('en')} | ${r.bare.toFixed(1)} MB/s | ${r.ingest.toFixed(1)} MB/s | ${(r.ingest / r.bare).toFixed(2)} | ${(r.ingestCpu / r.bareCpu).toFixed(2)} | ${r.bareRss.toFixed(0)} MiB | ${r.ingestRss.toFixed(0)} MiB |`,
  );
}
