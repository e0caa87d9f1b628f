import * as Y from 'yjs';
import { CollabCloseCode, CollabRefusal } from '../lib/close-codes';
import type { CollabExtension, LoadDocumentPayload } from '../lib/extension';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { syncStep1Frame } from '../testing/frames';
import { MemoryPersistence } from '../testing/memory-persistence.extension';
import { RawClient } from '../testing/raw-client';
import { stockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { waitUntil } from '../testing/wait';

/** Storage that fails (or refuses) loads while told to, and counts attempts. */
class FlakyLoad implements CollabExtension {
  readonly name = 'flaky-load';
  attempts = 0;
  failures = 0;
  refusal: CollabRefusal | null = null;
  delayMs = 0;

  async onLoadDocument(_payload: LoadDocumentPayload): Promise<void> {
    this.attempts++;
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.refusal) throw this.refusal;
    if (this.failures > 0) {
      this.failures--;
      throw new Error('database unavailable');
    }
  }
}

describe(`${CollabServer.name}: loading documents`, () => {
  const room = 'question.stored';
  let harness: CollabHarness;
  let persistence: MemoryPersistence;
  let flaky: FlakyLoad;
  let stored: Uint8Array;

  beforeEach(async () => {
    persistence = new MemoryPersistence();
    flaky = new FlakyLoad();
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'years of careful work');
    stored = Y.encodeStateAsUpdate(doc);
    persistence.states.set(room, stored);
    harness = await startCollab({ extensions: [new TestAuthExtension(), persistence, flaky] });
  });

  afterEach(async () => harness.close());

  it('refuses every waiting connection with 1011 when the load fails, and creates no room', async () => {
    flaky.failures = 1;
    flaky.delayMs = 50;
    const raws = [1, 2, 3].map((i) => RawClient.connect(harness.url, room, { token: `user${i}` }));
    await Promise.all(raws.map((raw) => raw.opened));
    raws.forEach((raw) => raw.send(syncStep1Frame(new Y.Doc())));

    for (const raw of raws) {
      expect(await raw.closed).toEqual({
        code: CollabCloseCode.internalError,
        reason: 'document could not be loaded',
      });
      expect(raw.frames).toHaveLength(0);
    }
    expect(flaky.attempts).toBe(1);
    expect(harness.server.documents()).toEqual([]);
    expect(persistence.stores).toBe(0);
    expect(persistence.states.get(room)).toBe(stored);
  });

  it('never stores the empty document of a failed load, and the stock client recovers', async () => {
    flaky.failures = 2;
    const client = stockClient(harness.url, room, { token: 'alice' });
    try {
      await client.synced();
      expect(client.closes.map((close) => close.code)).toEqual([1011, 1011]);
      await waitUntil(
        () => client.text.toString() === 'years of careful work',
        'the stored text arrived',
      );
      client.text.insert(0, 'More ');
      await waitUntil(
        () =>
          harness.server.getDocument(room)?.getText('text').toString() === client.text.toString(),
        'the server has the edit',
      );
      await harness.server.flushAll();
      expect(persistence.storedDoc(room).getText('text').toString()).toBe(
        'More years of careful work',
      );
    } finally {
      client.destroy();
    }
  });

  it('passes a refusal from onLoadDocument through as the close code', async () => {
    flaky.refusal = new CollabRefusal(CollabCloseCode.unknownDocument, 'question was deleted');
    const raw = RawClient.connect(harness.url, room, { token: 'alice' });
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.unknownDocument,
      reason: 'question was deleted',
    });
  });

  it('loads once for connections that arrive together', async () => {
    flaky.delayMs = 80;
    const clients = [1, 2, 3, 4, 5].map((i) =>
      stockClient(harness.url, room, { token: `user${i}` }),
    );
    try {
      await Promise.all(clients.map((client) => client.synced()));
      await waitUntil(
        () => clients.every((client) => client.text.toString() === 'years of careful work'),
        'everyone has the text',
      );
      expect(persistence.loads).toBe(1);
      expect(harness.server.documents()[0].connections).toHaveLength(5);
    } finally {
      clients.forEach((client) => client.destroy());
    }
  });

  it('closes with 1013 when the load takes longer than loadTimeoutMs', async () => {
    await harness.close();
    flaky.delayMs = 400;
    harness = await startCollab({
      extensions: [new TestAuthExtension(), persistence, flaky],
      timings: { loadTimeoutMs: 50 },
    });
    const raw = RawClient.connect(harness.url, room, { token: 'alice' });
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.tryAgainLater,
      reason: 'document load timed out',
    });
    expect(raw.frames).toHaveLength(0);
  });
});
