// The API under test with the statement counter preloaded into each instance, and the IPC
// exchange that reads the count. Starting, databases and Redis: ../shared/api.mjs.
import { join } from 'node:path';
import { startApi as startSharedApi } from '../shared/api.mjs';

const here = new URL('.', import.meta.url).pathname;

/** The built API (see ../shared/api.mjs) with count-statements.cjs preloaded. */
export function startApi({ database, instances = 1 }) {
  // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=tmp/prof" to see where the time goes
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return startSharedApi({
    database,
    instances,
    buildDir: 'bench-hypotheses-api',
    nodeArgs: [...nodeArgs, '--require', join(here, 'count-statements.cjs')],
    ipc: true,
  });
}

/** Asks a child started with the counter how many statements it sent since the last reset. */
export function statements(proc, message) {
  if (message === 'statements:reset') {
    proc.child.send(message);
    return Promise.resolve(0);
  }
  return new Promise((done) => {
    const onMessage = (reply) => {
      if (reply && typeof reply.statements === 'number') {
        proc.child.off('message', onMessage);
        done(reply.statements);
      }
    };
    proc.child.on('message', onMessage);
    proc.child.send(message);
  });
}
