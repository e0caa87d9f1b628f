// `npm run dev`: the API rebuilt and restarted on every change (tsc --watch + node --watch) and
// the web app on Vite's dev server with hot reload, proxying the API. Open http://localhost:5173.
import { spawn, spawnSync } from 'node:child_process';

const env = { NX_DAEMON: 'false', NX_TUI: 'false', DEMO_DATA: 'true', ...process.env };
const children = [];
function start(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  children.push(child);
  child.on('exit', (code) => {
    if (code) shutdown(code);
  });
}
function shutdown(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => shutdown());
process.on('SIGTERM', () => shutdown());

// One full build first, so node --watch has something to run.
spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], { stdio: 'inherit', env });
start('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json', '--watch', '--preserveWatchOutput']);
start('npx', ['tsc-alias', '-p', 'apps/api/tsconfig.app.json', '--watch']);
start(process.execPath, ['--watch', 'dist/api/apps/api/src/main.js']);
start('npx', ['nx', 'run', 'web:serve']);
