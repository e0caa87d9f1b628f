// `npm test`: every check the project promises, in order, with one summary at the end.
// Integration suites run on SQLite and again on PostgreSQL + Redis; under CI=true a missing
// service or browser is a failure, elsewhere a skip that is said out loud.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probePostgres, probeRedis } from './services.mjs';

const CI = process.env.CI === 'true';
const POSTGRES_URL =
  process.env.KETENLAB_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.KETENLAB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0' };
const reports = mkdtempSync(join(tmpdir(), 'ketenlab-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
let failed = false;

function run(label, command, args, extraEnv = {}) {
  console.log(`\n━━ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = result.status === 0;
  summary.push(
    `${ok ? 'ok     ' : 'FAILED '} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (!ok) failed = true;
  return ok;
}

function jest(label, config, extraEnv = {}) {
  const report = join(reports, `${summary.length}.json`);
  run(label, 'npx', ['jest', '-c', config, '--json', `--outputFile=${report}`], extraEnv);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  }
}

function skip(label, why) {
  console.log(`\n━━ ${label}\nSKIPPED: ${why}`);
  summary.push(`skipped ${label}: ${why}`);
}

function refuse(label, why) {
  console.log(`\n━━ ${label}\nFAILED: ${why} (CI=true requires it)`);
  summary.push(`FAILED  ${label}: ${why}`);
  failed = true;
}

// The module-boundary rule reads Nx's cached project graph and silently skips itself without
// one (a clean clone has none), so compute the graph first.
run('lint: project graph for module boundaries', 'npx', ['nx', 'show', 'projects']);
run('lint: ESLint (with module boundaries)', 'npx', ['eslint', '.']);
run('lint: module-boundary constraints fire', 'node', ['tools/lint/module-boundaries.check.mjs']);
run('lint: formatting', 'npx', ['prettier', '--check', '.', '--log-level=warn']);
run('docker: compose file resolves', 'node', ['tools/scripts/compose-check.mjs']);
run('type checks', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--output-style=stream']);
jest('unit: domain', 'libs/domain/jest.config.js');
jest('unit: collaboration core', 'libs/collab/jest.config.js');
jest('unit: dataset ingest', 'libs/datasets/jest.config.js');
jest('unit: api', 'apps/api/jest.config.js');
if (existsSync('apps/web/jest.config.js')) jest('unit: web', 'apps/web/jest.config.js');
jest('integration: api on SQLite', 'apps/api/jest.config.js', {
  KETENLAB_TEST_TIER: 'integration',
});

const [postgres, redis] = await Promise.all([probePostgres(POSTGRES_URL), probeRedis(REDIS_URL)]);
const missing = [
  postgres && `PostgreSQL at ${POSTGRES_URL} (${postgres})`,
  redis && `Redis at ${REDIS_URL} (${redis})`,
].filter(Boolean);
const pgLabel = 'integration: api on PostgreSQL + Redis';
if (!missing.length) {
  jest(pgLabel, 'apps/api/jest.config.js', {
    KETENLAB_TEST_TIER: 'integration',
    KETENLAB_TEST_DB: 'postgres',
    KETENLAB_TEST_POSTGRES_URL: POSTGRES_URL,
    KETENLAB_TEST_REDIS_URL: REDIS_URL,
  });
} else if (CI) refuse(pgLabel, `unreachable: ${missing.join('; ')}`);
else skip(pgLabel, `unreachable: ${missing.join('; ')}`);

const e2eLabel = 'browser: end-to-end in headless Chromium';
if (!existsSync('test/e2e/jest.config.js')) skip(e2eLabel, 'no browser suite yet');
else if (!existsSync(CHROMIUM) && !CI)
  skip(e2eLabel, `no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
else if (
  run('build: api and web for the browser tests', 'npx', [
    'nx',
    'run-many',
    '-t',
    'build',
    '--projects=api,web',
    '--output-style=stream',
  ])
) {
  jest(e2eLabel, 'test/e2e/jest.config.js', { CHROMIUM_PATH: CHROMIUM });
}

rmSync(reports, { recursive: true, force: true });
console.log(`\n━━ Summary\n${summary.join('\n')}`);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed || totals.failed > 0 ? 1 : 0);
