import { stockClient, type StockClient } from '@ketenlab/collab/testing/stock-client';
import { sleep, waitUntil } from '@ketenlab/collab/testing/wait';
import * as Y from 'yjs';
import { fixtures } from '../testing/fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { DocumentStore } from './document-store';

/**
 * One document edited faster than one update per database write. Before, each update's change
 * hooks waited for its own group commit, so one document stored one update per write: with the
 * database 20 ms away, 50 a second, and storage fell further behind with every update. Writers
 * burst just under the per-connection rate limit; every update must reach a watcher, and the
 * database on the log's own schedule (the test never flushes), soon after.
 */
const WRITERS = 8;
/** Added to every write of the update log, as for a database across a network. */
const WRITE_LATENCY_MS = 20;
/** Under the 200 messages a connection may send in a burst, with room for the handshake. */
const UPDATES_PER_WRITER = 190;
const TOTAL = WRITERS * UPDATES_PER_WRITER;
/**
 * From the watcher holding every update to the database holding every update: usually ~200 ms;
 * generous for a loaded machine, and still a tenth of what one update per write would need.
 */
const STORED_AFTER_RECEIVED_MS = 3_000;

describe('throughput of one live document', () => {
  let test: TestApp;
  let token: string;
  let documentName: string;
  const clients: StockClient[] = [];

  beforeAll(async () => {
    test = await startTestApp();
    const f = fixtures(test);
    const lead = await f.user(await f.organisation());
    token = lead.token;
    const project = await f.project(token);
    documentName = (await f.question(token, project.id, 'Snel')).documentName;
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await test.close();
  });

  const connect = () => {
    const client = stockClient(`${test.url.replace('http', 'ws')}/collab`, documentName, {
      token,
    });
    clients.push(client);
    return client;
  };

  /** The tokens ("w3.17,") held by the stored document, read straight from the database. */
  const storedTokens = async () => {
    const { snapshot, updates } = await test.app.get(DocumentStore).load(documentName);
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const update of updates) Y.applyUpdate(doc, update);
    return tokensIn(doc.getText('text').toString());
  };

  it(`accepts ${TOTAL} updates in a burst on one document and stores them as fast`, async () => {
    const writers = Array.from({ length: WRITERS }, connect);
    const watcher = connect();
    await Promise.all([...writers, watcher].map((client) => client.synced()));

    const store = test.app.get(DocumentStore);
    const append = store.append.bind(store);
    jest.spyOn(store, 'append').mockImplementation(async (entries) => {
      await sleep(WRITE_LATENCY_MS);
      return append(entries);
    });

    const started = performance.now();
    writers.forEach((writer, w) => {
      // One transaction, so one message, per insert: as many updates as inserts.
      for (let n = 0; n < UPDATES_PER_WRITER; n++)
        writer.text.insert(writer.text.length, `w${w}.${n},`);
    });
    await waitUntil(
      () => tokensIn(watcher.text.toString()).size === TOTAL,
      'the watcher received every update',
    );
    const receivedMs = performance.now() - started;

    let stored = new Set<string>();
    while (stored.size < TOTAL && performance.now() - started < receivedMs + 10_000) {
      stored = await storedTokens();
      if (stored.size < TOTAL) await sleep(20);
    }
    const storedMs = performance.now() - started;
    process.stdout.write(
      `${TOTAL} updates on one document: all received in ${Math.round(receivedMs)} ms, ` +
        `all stored in ${Math.round(storedMs)} ms (${Math.round((TOTAL / storedMs) * 1000)} updates/s)\n`,
    );
    expect(stored.size).toBe(TOTAL);
    expect(storedMs - receivedMs).toBeLessThan(STORED_AFTER_RECEIVED_MS);
  }, 60_000);
});

function tokensIn(text: string): Set<string> {
  return new Set(text.split(',').filter((part) => part !== ''));
}
