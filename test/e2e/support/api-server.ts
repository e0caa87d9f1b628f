import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { API_LOG, API_MAIN, REPO_ROOT, WEB_DIST } from './paths';

export interface RunningApi {
  baseUrl: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function isReady(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/health/ready`)).ok;
  } catch {
    return false; // Not listening yet.
  }
}

async function waitForReady(
  baseUrl: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The API exited with code ${child.exitCode}; see ${API_LOG}`);
    if (await isReady(baseUrl)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The API was not ready within ${timeoutMs} ms; see ${API_LOG}`);
}

/**
 * Starts the built API, serving the built web app, on a free port with a fresh database and the
 * demo data: the same process a deployment runs, so the tests see what users see.
 */
export async function startApi(): Promise<RunningApi> {
  for (const built of [API_MAIN, join(WEB_DIST, 'index.html')]) {
    if (!existsSync(built))
      throw new Error(
        `${built} is missing: run "npx nx run-many -t build --projects=api,web" first.`,
      );
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'ketenlab-e2e-'));
  mkdirSync(dirname(API_LOG), { recursive: true });
  const log = createWriteStream(API_LOG);
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      // Jest sets NODE_ENV=test; the API should run the way a developer starts it.
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      WEB_DIST_DIR: WEB_DIST,
      PUBLIC_URL: baseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const stop = async () => {
    if (child.exitCode === null) {
      let timer: NodeJS.Timeout | undefined;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
      // A pending timer would keep Jest alive after the run.
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForReady(baseUrl, child, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
