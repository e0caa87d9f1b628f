// One measurement in a fresh process, so peak RSS belongs to this run alone:
//   node measure.mjs bare|ingest <file.csv> <compiled lib dir>
// Prints one JSON line: seconds, MB/s, CPU seconds, MB per CPU second, peak RSS (MiB), rows.
import { createReadStream, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse';

const [mode, file, libDir] = process.argv.slice(2);
const bytes = statSync(file).size;
// Loaded before the clock starts: a server loads its modules once, not per upload.
const { ingestDataset } = mode === 'ingest' ? load(libDir) : {};
const started = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();
let rows = 0;

if (mode === 'bare') {
  const parser = createReadStream(file).pipe(parse({ delimiter: ';' }));
  for await (const record of parser) if (record) rows++;
  rows--; // the header
} else {
  const profile = await ingestDataset(createReadStream(file), {
    fileName: file,
    onRow: () => undefined,
  });
  rows = profile.rowCount;
}

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuBefore);
// CPU time as well as wall time: on a shared machine the wall clock also counts waiting.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  JSON.stringify({
    mode,
    bytes,
    rows,
    seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    cpuSeconds,
    mbPerCpuSecond: bytes / 1e6 / cpuSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);

function load(dir) {
  return createRequire(join(resolve(dir), 'index.js'))(resolve(dir, 'index.js'));
}
