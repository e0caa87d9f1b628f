import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './workspace.mjs';

const built = new Map();

/**
 * The API built from the current sources into tmp/<dir>, as `nx run api:build` does, once per
 * process; resolves to its main.js. BENCH_API_MAIN names an already built main.js instead.
 */
export function buildApi(dir) {
  if (process.env.BENCH_API_MAIN) return resolve(process.env.BENCH_API_MAIN);
  if (built.has(dir)) return built.get(dir);
  const outDir = join(ROOT, 'tmp', dir);
  rmSync(outDir, { recursive: true, force: true });
  const project = join(ROOT, 'apps/api/tsconfig.app.json');
  for (const tool of ['tsc', 'tsc-alias']) {
    execFileSync(join(ROOT, 'node_modules/.bin', tool), ['-p', project, '--outDir', outDir], {
      cwd: ROOT,
    });
  }
  const main = join(outDir, 'apps/api/src/main.js');
  built.set(dir, main);
  return main;
}
