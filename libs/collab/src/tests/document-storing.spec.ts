import type { CollabExtension, StoreDocumentPayload } from '../lib/extension';
import type { CollabTimings } from '../lib/limits';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { MemoryPersistence } from '../testing/memory-persistence.extension';
import { stockClient, type StockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { sleep, waitUntil } from '../testing/wait';

/** Persistence whose next `failures` stores throw. */
class FailingPersistence extends MemoryPersistence {
  failures = 0;
  failedAttempts = 0;
  destroyed: string[] = [];

  override async onStoreDocument(payload: StoreDocumentPayload): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      this.failedAttempts++;
      throw new Error('disk full');
    }
    await super.onStoreDocument(payload);
  }

  onDestroyDocument({ documentName }: { documentName: string }): void {
    this.destroyed.push(documentName);
  }
}

describe(`${CollabServer.name}: storing documents`, () => {
  const room = 'question.saved';
  let harness: CollabHarness;
  let persistence: FailingPersistence;
  let client: StockClient | null = null;

  const start = async (
    timings: Partial<CollabTimings> = {},
    extensions: CollabExtension[] = [],
  ) => {
    persistence = new FailingPersistence();
    harness = await startCollab({
      extensions: [new TestAuthExtension(), persistence, ...extensions],
      timings,
    });
  };
  const serverText = () => harness.server.getDocument(room)?.getText('text').toString();

  afterEach(async () => {
    client?.destroy();
    client = null;
    await harness.close();
  });

  it('retries a failing store with backoff and keeps the document in memory meanwhile', async () => {
    await start({ storeRetryInitialMs: 30, storeRetryMaxMs: 60 });
    persistence.failures = 3;
    client = stockClient(harness.url, room, { token: 'alice' });
    await client.synced();
    client.text.insert(0, 'must not be lost');
    await waitUntil(() => serverText() === 'must not be lost', 'the server has the edit');
    client.destroy();
    client = null;

    await waitUntil(() => persistence.failedAttempts >= 1, 'a store failed');
    // No connection is left and idleUnloadMs is 0, yet the only copy stays.
    expect(harness.server.documents()).toEqual([
      expect.objectContaining({ name: room, unsaved: true }),
    ]);

    await waitUntil(() => persistence.stores === 1, 'a retry succeeded');
    expect(persistence.failedAttempts).toBe(3);
    expect(persistence.storedDoc(room).getText('text').toString()).toBe('must not be lost');
    await waitUntil(() => harness.server.documents().length === 0, 'then the room unloads');
    expect(persistence.destroyed).toEqual([room]);
    expect(harness.logger.entries.filter((entry) => entry.level === 'error')).toHaveLength(3);
  });

  it('never runs two stores of one document at once', async () => {
    await start({ storeDebounceMs: 1, storeMaxDebounceMs: 5, idleUnloadMs: 60_000 });
    persistence.storeDelayMs = 25;
    client = stockClient(harness.url, room, { token: 'alice' });
    await client.synced();
    const flushes: Promise<void>[] = [];
    for (let i = 0; i < 30; i++) {
      client.text.insert(client.text.length, `${i} `);
      if (i % 5 === 0) flushes.push(harness.server.flushAll());
      await sleep(5);
    }
    const expected = client.text.toString();
    await waitUntil(() => serverText() === expected, 'the server has every edit');
    await Promise.all(flushes);
    await harness.server.flushAll();

    expect(persistence.stores).toBeGreaterThan(1);
    expect(persistence.maxConcurrentStoresPerDocument).toBe(1);
    expect(persistence.storedDoc(room).getText('text').toString()).toBe(expected);
  });

  it('debounces a burst of edits into few stores', async () => {
    await start({ storeDebounceMs: 80, storeMaxDebounceMs: 2_000, idleUnloadMs: 60_000 });
    client = stockClient(harness.url, room, { token: 'alice' });
    await client.synced();
    for (let i = 0; i < 40; i++) client.text.insert(0, 'x');
    await waitUntil(() => serverText()?.length === 40, 'the server has every edit');
    await waitUntil(() => persistence.stores >= 1, 'stored');
    await sleep(120);
    expect(persistence.stores).toBe(1);
  });

  it('stores on shutdown whatever is unsaved', async () => {
    await start({ storeDebounceMs: 60_000, storeMaxDebounceMs: 60_000 });
    const current = stockClient(harness.url, room, { token: 'alice' });
    client = current;
    await current.synced();
    current.text.insert(0, 'written just before a deploy');
    await waitUntil(
      () => serverText() === 'written just before a deploy',
      'the server has the edit',
    );
    expect(persistence.stores).toBe(0);

    await harness.server.destroy();
    expect(persistence.storedDoc(room).getText('text').toString()).toBe(
      'written just before a deploy',
    );
    await waitUntil(() => current.closes.length > 0, 'the client saw the close');
    expect(current.closes[0]).toEqual({ code: 1001, reason: 'server shutting down' });
  });

  it('rejects flushAll when a store fails, leaving the document unsaved', async () => {
    await start({
      storeDebounceMs: 60_000,
      storeMaxDebounceMs: 60_000,
      storeRetryInitialMs: 60_000,
    });
    client = stockClient(harness.url, room, { token: 'alice' });
    await client.synced();
    client.text.insert(0, 'pending');
    await waitUntil(() => serverText() === 'pending', 'the server has the edit');
    persistence.failures = 1;
    await expect(harness.server.flushAll()).rejects.toThrow('1 document(s) failed to store');
    expect(harness.server.documents()[0].unsaved).toBe(true);
    await harness.server.flushAll();
    expect(harness.server.documents()[0].unsaved).toBe(false);
  });
});
