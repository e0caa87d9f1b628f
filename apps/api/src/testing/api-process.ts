import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/**
 * Builds the API as `nx run api:build` does, into a folder of its own under tmp/ (inside the
 * workspace, so node_modules resolve), so that a test runs the current sources and never races
 * another build writing dist/api. Returns the path of main.js and a function removing the build.
 */
export function buildApi(): { main: string; remove: () => void } {
  const outDir = join(ROOT, 'tmp', `api-build-${randomBytes(4).toString('hex')}`);
  mkdirSync(outDir, { recursive: true });
  const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
  const project = join(ROOT, 'apps/api/tsconfig.app.json');
  execFileSync(bin('tsc'), ['-p', project, '--outDir', outDir], { cwd: ROOT, stdio: 'pipe' });
  execFileSync(bin('tsc-alias'), ['-p', project, '--outDir', outDir], { cwd: ROOT, stdio: 'pipe' });
  return {
    main: join(outDir, 'apps/api/src/main.js'),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

/** A port nobody listens on right now (the API takes PORT from its environment). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
}

/** Starts the built API as production does (`node main.js`) and waits for its start line. */
export async function startApiProcess(
  main: string,
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ApiProcess> {
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | NodeJS.Signals | null>((done) =>
    child.once('exit', (code, signal) => done(signal ?? code)),
  );
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`API did not start:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ketenlab is running at')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then((how) => {
      clearTimeout(timer);
      fail(new Error(`API exited (${how}) before it started:\n${output}`));
    });
  });
  return { child, url: `http://127.0.0.1:${env['PORT']}`, exited };
}
