// The board benchmark on one database: seeds a project per size, checks that the API and the
// hand-written SQL answer the same data, counts the API's SQL statements per request, and times
// both, alternating request by request so that both meet the same load.
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { freePort } from '../shared/ports.mjs';
import { cpuSeconds, startProcess, stopProcess } from '../shared/processes.mjs';
import { statements } from './api.mjs';
import { BOARD_QUERY } from './board-query.mjs';
import { openDatabase } from './database.mjs';
import { rawBoard } from './raw-board.mjs';
import { seedProject } from './seed.mjs';
import { percentile } from './stats.mjs';

const here = new URL('.', import.meta.url).pathname;

/** Partners come in no promised order from either side; everything else must match exactly. */
function normalise(data) {
  for (const h of data.project.hypotheses) h.partners.sort((a, b) => a.id.localeCompare(b.id));
  return data;
}

/**
 * fetch, once more when the kept-alive socket it picked was closed by the server meanwhile (it
 * closes idle sockets after 5 s; on the largest board a round of runs takes longer than that).
 * Both requests are reads, so asking again is harmless; the failed attempt costs microseconds.
 */
async function fetchAgain(url, init) {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (error?.cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}

export async function benchBoard(api, { sizes, runsFor, log }) {
  const database = await openDatabase(api.databaseUrl);
  const port = await freePort();
  const peer = await startProcess(
    [join(here, 'raw-server.mjs')],
    { DATABASE_URL: api.databaseUrl, PORT: String(port) },
    'raw board listening',
  );
  const inProcess = rawBoard(database);
  const viaApi = async (projectId) => {
    const response = await fetchAgain(`${api.urls[0]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
      body: JSON.stringify({ query: BOARD_QUERY, variables: { id: projectId } }),
    });
    const result = await response.json();
    if (result.errors) throw new Error(JSON.stringify(result.errors).slice(0, 1000));
    return result.data;
  };
  const viaPeer = async (projectId) => {
    const response = await fetchAgain(`http://127.0.0.1:${port}/board?project=${projectId}`);
    if (!response.ok) throw new Error(await response.text());
    return (await response.json()).data;
  };
  const results = [];
  try {
    for (const size of sizes) {
      const seeded = performance.now();
      const { projectId } = await seedProject(api, database, size, api.database);
      log(`  ${size} hypotheses seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

      const fromApi = normalise(await viaApi(projectId));
      const fromPeer = normalise(await viaPeer(projectId));
      if (fromApi.project.hypotheses.length !== size || !isDeepStrictEqual(fromApi, fromPeer)) {
        throw new Error(`The API and the hand-written SQL disagree on the board of ${size}`);
      }
      // Statements of one request, three times: the count must not wobble either.
      const counts = [];
      for (let i = 0; i < 3; i++) {
        await statements(api.procs[0], 'statements:reset');
        await viaApi(projectId);
        counts.push(await statements(api.procs[0], 'statements:read'));
      }

      const runs = runsFor(size);
      const times = { api: [], peer: [], sql: [] };
      const timed = async (list, work) => {
        const t0 = performance.now();
        await work();
        list.push(performance.now() - t0);
      };
      for (let i = 0; i < Math.min(5, runs); i++) {
        await viaApi(projectId);
        await viaPeer(projectId);
      }
      // CPU time of each server process over the runs: steadier than wall time on a shared machine.
      const cpu = { api: 0, peer: 0 };
      const charged = async (which, pid, list, work) => {
        const before = cpuSeconds(pid);
        await timed(list, work);
        cpu[which] += cpuSeconds(pid) - before;
      };
      for (let i = 0; i < runs; i++) {
        await charged('api', api.procs[0].child.pid, times.api, () => viaApi(projectId));
        await charged('peer', peer.child.pid, times.peer, () => viaPeer(projectId));
        await timed(times.sql, () => inProcess(projectId));
      }
      const summary = (list) => ({ p50: percentile(list, 50), p99: percentile(list, 99) });
      const result = {
        database: api.database,
        hypotheses: size,
        transitions: size * 5,
        evidence: size * 3,
        responseBytes: JSON.stringify({ data: fromApi }).length,
        statements: counts,
        runs,
        api: summary(times.api),
        peer: summary(times.peer),
        sql: summary(times.sql),
        cpuPerRequest: { api: (cpu.api / runs) * 1000, peer: (cpu.peer / runs) * 1000 },
      };
      result.ratio = result.api.p50 / result.peer.p50;
      results.push(result);
      log(
        `  ${size}: ${counts.join('/')} statements; API p50 ${result.api.p50.toFixed(1)} ms, ` +
          `p99 ${result.api.p99.toFixed(1)} ms; raw SQL over HTTP p50 ${result.peer.p50.toFixed(1)} ms ` +
          `(×${result.ratio.toFixed(2)}); raw SQL alone p50 ${result.sql.p50.toFixed(1)} ms; CPU per ` +
          `request ${result.cpuPerRequest.api.toFixed(0)} ms vs ${result.cpuPerRequest.peer.toFixed(0)} ms`,
      );
    }
  } finally {
    await stopProcess(peer);
    await database.close();
  }
  return results;
}
