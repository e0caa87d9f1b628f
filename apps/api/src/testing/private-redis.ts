import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort } from './api-process';

/** Whether a `redis-server` binary is on the PATH. */
export const REDIS_SERVER_AVAILABLE =
  spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

export interface PrivateRedis {
  url: string;
  /** SIGKILL: connections drop at once, nothing is saved (it never saves anyway). */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty (nothing happens if it is running). */
  start(): Promise<void>;
}

/**
 * A redis-server of a test's own, on a free port, that the test may kill and restart (never the
 * machine's shared Redis). No persistence: a restart comes back empty, as after a crash.
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;

  const running = () => child !== null && child.exitCode === null && child.signalCode === null;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      if (running()) {
        resolve();
        return;
      }
      const server = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = server;
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`redis-server did not start: ${output}`)),
        10_000,
      );
      server.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      server.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}: ${output}`));
      });
    });

  const kill = async () => {
    const server = child;
    if (!server || !running()) return;
    child = null;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
  };

  await start();
  return { url: `redis://127.0.0.1:${port}`, kill, start };
}
