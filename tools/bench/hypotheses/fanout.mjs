// Fan-out of `hypothesisChanged`: 200 graphql-ws subscribers of one project, on one instance or
// split over two instances that share PostgreSQL and a private Redis. A change is an edit of a
// hypothesis through the API (on the first instance); its latency to a subscriber is the time
// from sending the mutation to that subscriber receiving the event. Subscribers live in this
// process, so the figures include this process reading 200 sockets.
import { performance } from 'node:perf_hooks';
import { workspace } from '../shared/workspace.mjs';
import { startApi } from './api.mjs';
import { percentile } from './stats.mjs';

const { createClient } = workspace('graphql-ws');
const WebSocket = workspace('ws');

const SUBSCRIPTION = `subscription($id: ID!) {
  hypothesisChanged(projectId: $id) { id status statement rationale lastActivityAt }
}`;
const EDIT = `mutation($input: UpdateHypothesisInput!) { updateHypothesis(input: $input) { id } }`;

async function subscribeAll(urls, token, projectId, count, onEvent) {
  const clients = [];
  for (let i = 0; i < count; i++) {
    const url = urls[i % urls.length].replace('http', 'ws') + '/graphql';
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { token },
      retryAttempts: 0,
      lazy: false,
    });
    client.subscribe(
      { query: SUBSCRIPTION, variables: { id: projectId } },
      {
        next: (message) => onEvent(i, message),
        error: (error) => console.error(`subscriber ${i}:`, error),
        complete: () => undefined,
      },
    );
    clients.push(client);
  }
  return clients;
}

async function fanoutOn(setup, { database, instances }, { changes, subscribers, log }) {
  const api = await startApi({ database, instances });
  const clients = [];
  try {
    const { createProject } = await api.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { title: 'Benchmark fan-out', goal: 'Meten hoe snel het bord bijwerkt.' } },
      api.token,
    );
    const projectId = createProject.id;
    const { createQuestion } = await api.gql(
      `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`,
      { input: { projectId, title: 'Welke wijken lopen risico?' } },
      api.token,
    );
    const { proposeHypothesis } = await api.gql(
      `mutation($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) { id } }`,
      { input: { questionId: createQuestion.id, statement: 'Schulden stijgen na ontslag' } },
      api.token,
    );
    const hypothesisId = proposeHypothesis.id;

    // Which change each subscriber has heard, by the rationale the change wrote.
    let current = null;
    let heard = [];
    let waiting = null;
    let errors = 0;
    const onEvent = (i, message) => {
      if (message.errors) errors++;
      const rationale = message.data?.hypothesisChanged?.rationale;
      if (!current || rationale !== current.rationale || heard[i] !== undefined) return;
      heard[i] = performance.now() - current.sentAt;
      if (heard.filter((t) => t !== undefined).length === subscribers) waiting?.();
    };
    clients.push(...(await subscribeAll(api.urls, api.token, projectId, subscribers, onEvent)));

    const change = async (n) => {
      heard = new Array(subscribers).fill(undefined);
      current = { rationale: `Wijziging ${n} (${setup})`, sentAt: performance.now() };
      const all = new Promise((done) => {
        waiting = done;
        setTimeout(done, 10_000);
      });
      await api.gql(EDIT, { input: { id: hypothesisId, rationale: current.rationale } }, api.token);
      await all;
      const times = heard.filter((t) => t !== undefined);
      return {
        first: Math.min(...times),
        last: Math.max(...times),
        missed: subscribers - times.length,
      };
    };
    // Until every subscriber hears a change, the subscriptions are not all registered yet.
    for (let warm = 0; warm < 20; warm++) {
      if ((await change(`warm-${warm}`)).missed === 0) break;
    }
    const first = [];
    const last = [];
    let missed = 0;
    for (let n = 0; n < changes; n++) {
      const result = await change(n);
      first.push(result.first);
      last.push(result.last);
      missed += result.missed;
      await new Promise((done) => setTimeout(done, 50));
    }
    const row = {
      setup,
      subscribers,
      changes,
      first: { p50: percentile(first, 50), p99: percentile(first, 99) },
      last: { p50: percentile(last, 50), p99: percentile(last, 99) },
      missed,
      errors,
    };
    log(
      `  ${setup}: last of ${subscribers} p50 ${row.last.p50.toFixed(1)} ms, p99 ${row.last.p99.toFixed(1)} ms; ` +
        `first p50 ${row.first.p50.toFixed(1)} ms; missed ${missed}, errors ${errors}`,
    );
    return row;
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await api.stop();
  }
}

export async function benchFanout({ quick, log, args }) {
  const subscribers = Number(args.subscribers ?? 200);
  const changes = Number(args.changes ?? (quick ? 10 : 100));
  const setups = (args.fanout ?? 'sqlite-1,postgres-1,postgres-2').split(',');
  const rows = [];
  for (const setup of setups) {
    const [database, n] = setup.split('-');
    log(`fan-out ${setup}`);
    rows.push(
      await fanoutOn(
        `${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${n === '2' ? 'two instances + Redis' : 'one instance'}`,
        { database, instances: Number(n) },
        { changes, subscribers, log },
      ),
    );
  }
  return rows;
}
