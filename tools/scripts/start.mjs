// `npm start`: build the API and the web app, then serve both on one port over the embedded
// SQLite database in ./data, migrated at start and filled with demo data the first time.
import { spawn, spawnSync } from 'node:child_process';

const env = { NX_DAEMON: 'false', NX_TUI: 'false', DEMO_DATA: 'true', ...process.env };

const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=static'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  },
);
if (build.status !== 0) {
  console.error('The build failed; run `npx nx run-many -t build --projects=api,web` to see why.');
  process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
