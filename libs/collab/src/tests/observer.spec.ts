import * as Y from 'yjs';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { syncStep1Frame, syncStep2Frame, textInsertUpdate, updateFrame } from '../testing/frames';
import { MemoryPersistence } from '../testing/memory-persistence.extension';
import { RawClient } from '../testing/raw-client';
import { stockClient, type StockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { sleep, waitUntil } from '../testing/wait';

describe(`${CollabServer.name}: read-only connections`, () => {
  const room = 'question.observed';
  let harness: CollabHarness;
  let persistence: MemoryPersistence;
  let writer: StockClient;

  beforeEach(async () => {
    persistence = new MemoryPersistence();
    harness = await startCollab({ extensions: [new TestAuthExtension(), persistence] });
    writer = stockClient(harness.url, room, { token: 'alice' });
    await writer.synced();
    writer.text.insert(0, 'agreed text');
    await waitUntil(
      () => harness.server.getDocument(room)?.getText('text').length === 11,
      'server has it',
    );
  });

  afterEach(async () => {
    writer.destroy();
    await harness.close();
  });

  /** A raw observer that has joined: it asked for the document and got it. */
  async function joinedObserver(): Promise<RawClient> {
    const raw = RawClient.connect(harness.url, room, { token: 'olga:observer' });
    await raw.opened;
    raw.send(syncStep1Frame(new Y.Doc()));
    await raw.waitFor('sync-step-2');
    return raw;
  }

  it('drops update and sync-step-2 frames from an observer and tells it so', async () => {
    const observer = await joinedObserver();
    const changesBefore = persistence.log.get(room)?.length ?? 0;

    observer.send(updateFrame(textInsertUpdate('forged update ', 901)));
    observer.send(syncStep2Frame(textInsertUpdate('forged step 2 ', 902)));
    await observer.waitFor('permission-denied', 2);

    // Give a broadcast that should not happen the time it would need to arrive.
    await sleep(50);
    expect(harness.server.getDocument(room)?.getText('text').toString()).toBe('agreed text');
    expect(writer.text.toString()).toBe('agreed text');
    expect(persistence.log.get(room)?.length ?? 0).toBe(changesBefore);
    expect(observer.closeInfo).toBeNull();
    const denial = observer.messages().find((message) => message.kind === 'permission-denied');
    expect(denial).toEqual({
      kind: 'permission-denied',
      reason: 'read-only connection: update not applied',
    });
    observer.close();
  });

  it('does not ask an observer for its state, and ignores its empty answer silently', async () => {
    const observer = await joinedObserver();
    observer.send(syncStep2Frame(Y.encodeStateAsUpdate(new Y.Doc())));
    // A second request works as a barrier: frames are processed in order.
    observer.send(syncStep1Frame(new Y.Doc()));
    await observer.waitFor('sync-step-2', 2);

    expect(observer.count('sync-step-1')).toBe(0);
    expect(observer.count('permission-denied')).toBe(0);
    observer.close();
  });

  it('lets a stock observer read the document and follow live edits', async () => {
    const observer = stockClient(harness.url, room, { token: 'olga:observer' });
    try {
      await observer.synced();
      await waitUntil(
        () => observer.text.toString() === 'agreed text',
        'the observer has the text',
      );
      writer.text.insert(writer.text.length, ' and more');
      await waitUntil(
        () => observer.text.toString() === 'agreed text and more',
        'the observer follows',
      );
    } finally {
      observer.destroy();
    }
  });
});
