// A redis-server of the benchmark's own on a free port, without persistence: the machine's
// Redis is shared and must not be disturbed by (or disturb) a benchmark.
import { spawn } from 'node:child_process';
import { freePort } from './ports.mjs';
import { workspace } from './workspace.mjs';

/**
 * Starts redis-server (on PATH) and resolves once it answers, to { url, client, stop() }:
 * `client` is a connected ioredis client, e.g. for INFO commandstats.
 */
export async function startRedis() {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const url = `redis://127.0.0.1:${port}`;
  const Redis = workspace('ioredis');
  // Retried until the server listens: it takes a moment after the spawn.
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => 50 });
  await client.connect();
  return {
    url,
    client,
    stop() {
      client.disconnect();
      child.kill('SIGTERM');
    },
  };
}
