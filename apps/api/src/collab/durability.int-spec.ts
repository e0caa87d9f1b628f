import { stockClient, type StockClient } from '@ketenlab/collab/testing/stock-client';
import { sleep, waitUntil } from '@ketenlab/collab/testing/wait';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApi, freePort, startApiProcess, type ApiProcess } from '../testing/api-process';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { GROUP_COMMIT_MS } from './collab.module';

/**
 * What survives the process dying. The built API runs as a child process on a database of its
 * own; a stock client types numbered edits while a second client watches them arrive. An edit
 * the watcher has seen, the server had received. After `kill -9`, every edit the server received
 * longer ago than the group-commit interval plus one database write must be stored; the writer
 * reconnecting restores the rest. After SIGTERM, everything the server received is stored.
 */
const EDIT_EVERY_MS = 10;
/**
 * One group commit, plus the write then in flight: a few ms on a quiet machine, but a PostgreSQL
 * commit was seen taking ~100 ms on this 2-core machine under a load average of 15, so the bound
 * is generous. A server that stored only on its debounced snapshot would still fail it.
 */
const LOSS_WINDOW_MS = GROUP_COMMIT_MS + 200;

describe('durability of live documents in the built API, as a child process', () => {
  let build: ReturnType<typeof buildApi>;
  let database: TestDatabase;
  let dataDir: string;
  let env: Record<string, string>;
  let api: ApiProcess | null = null;
  let token: string;
  let documentName: string;
  const clients: StockClient[] = [];

  const start = async () => (api = await startApiProcess(build.main, env));
  const connect = () => {
    const client = stockClient(`${env['PUBLIC_URL'].replace('http', 'ws')}/collab`, documentName, {
      token,
    });
    clients.push(client);
    return client;
  };
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${env['PUBLIC_URL']}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const result = (await response.json()) as { data: T; errors?: unknown };
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  /** What the restarted server loaded from the database, read by a client with no state of its own. */
  const storedNumbers = async () => {
    const reader = connect();
    await reader.synced();
    const numbers = editsIn(reader.text.toString());
    reader.destroy();
    return numbers;
  };

  /**
   * Types numbered edits ("17,") at the end of the text until stopped, and records when the
   * watcher saw each one arrive (the server had it by then).
   */
  const typeAndWatch = (writer: StockClient, watcher: StockClient, from: number) => {
    const seenAt = new Map<number, number>();
    watcher.text.observe((event) => {
      const now = performance.now();
      for (const op of event.delta)
        if (typeof op.insert === 'string')
          for (const n of editsIn(op.insert)) if (!seenAt.has(n)) seenAt.set(n, now);
    });
    let next = from;
    const timer = setInterval(() => {
      writer.text.insert(writer.text.length, `${next++},`);
    }, EDIT_EVERY_MS);
    return { seenAt, written: () => next, stop: () => clearInterval(timer) };
  };

  beforeAll(async () => {
    build = buildApi();
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'ketenlab-durability-'));
    const port = await freePort();
    env = {
      NODE_ENV: 'production',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DEMO_DATA: 'true',
    };
    await start();
    const signIn = await fetch(`${env['PUBLIC_URL']}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(input: { email: "sanne@voorbeeldstad.nl", password: "demo-wachtwoord" }) { token } }`,
      }),
    });
    token = ((await signIn.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
    const { projects } = await gql<{ projects: { id: string }[] }>(`{ projects { id } }`);
    const { createQuestion } = await gql<{ createQuestion: { documentName: string } }>(
      `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { documentName } }`,
      { input: { projectId: projects[0].id, title: 'Duurzaamheid' } },
    );
    documentName = createQuestion.documentName;
  }, 120_000);
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    api?.child.kill('SIGKILL');
    await api?.exited;
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    build?.remove();
  });

  it('after kill -9 keeps everything received longer ago than the loss window; the writer restores the rest', async () => {
    const writer = connect();
    const watcher = connect();
    await Promise.all([writer.synced(), watcher.synced()]);
    const typing = typeAndWatch(writer, watcher, 0);
    await waitUntil(() => typing.seenAt.size >= 120, 'edits flowed for a while');

    const killedAt = performance.now();
    (api as ApiProcess).child.kill('SIGKILL');
    expect(await (api as ApiProcess).exited).toBe('SIGKILL');
    await sleep(5 * EDIT_EVERY_MS); // the writer keeps typing while the server is gone
    typing.stop();
    // Neither may reconnect before the stored state is read: both hold what the server lost.
    writer.provider.disconnect();
    watcher.provider.disconnect();

    await start();
    const stored = new Set(await storedNumbers());
    const received = [...typing.seenAt];
    const required = received.filter(([, at]) => killedAt - at > LOSS_WINDOW_MS);
    const lost = received.filter(([n]) => !stored.has(n));
    expect(required.length).toBeGreaterThan(50);
    expect(required.filter(([n]) => !stored.has(n)).map(([n]) => n)).toEqual([]);
    // How much the kill cost, for whoever reads the output: received, but not yet stored.
    process.stdout.write(
      `kill -9: ${received.length} edits received, ${lost.length} not stored, oldest lost edit seen ` +
        `${lost.length ? Math.round(killedAt - Math.min(...lost.map(([, at]) => at))) : 0} ms before the kill\n`,
    );

    writer.provider.connect();
    const reader = connect();
    const everything = Array.from({ length: typing.written() }, (_, n) => n);
    await waitUntil(
      () => sameNumbers(new Set(editsIn(reader.text.toString())), everything),
      'the reconnected writer restored every edit',
    );
    await sleep(LOSS_WINDOW_MS);
    expect(new Set(await storedNumbers())).toEqual(new Set(everything));
  }, 60_000);

  it('after SIGTERM keeps everything the server received', async () => {
    const writer = connect();
    const watcher = connect();
    await Promise.all([writer.synced(), watcher.synced()]);
    const before = editsIn(writer.text.toString()).length;
    const typing = typeAndWatch(writer, watcher, 100_000);
    await waitUntil(() => typing.seenAt.size >= 50, 'edits flowed for a while');

    (api as ApiProcess).child.kill('SIGTERM');
    const exit = await (api as ApiProcess).exited;
    typing.stop();
    writer.provider.disconnect();
    watcher.provider.disconnect();
    const received = [...typing.seenAt.keys()];

    await start();
    const stored = new Set(await storedNumbers());
    expect(received.filter((n) => !stored.has(n))).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(before + received.length);
    process.stdout.write(`SIGTERM: exit ${exit}, ${received.length} edits received, all stored\n`);
  }, 60_000);
});

/** The edit numbers in a text of "0,1,2," (an edit cut in half by a concurrent insert cannot occur: one writer). */
function editsIn(text: string): number[] {
  return text
    .split(',')
    .filter((part) => part !== '')
    .map(Number);
}

function sameNumbers(seen: Set<number>, expected: number[]): boolean {
  return seen.size === expected.length && expected.every((n) => seen.has(n));
}
