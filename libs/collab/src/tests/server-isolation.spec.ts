import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { MemoryPersistence } from '../testing/memory-persistence.extension';
import { stockClient, type StockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { sleep, waitUntil } from '../testing/wait';

describe(`${CollabServer.name}: instances in one process`, () => {
  const room = 'question.same-name';
  let first: CollabHarness;
  let second: CollabHarness;
  const clients: StockClient[] = [];

  beforeEach(async () => {
    first = await startCollab({ extensions: [new TestAuthExtension(), new MemoryPersistence()] });
    second = await startCollab({ extensions: [new TestAuthExtension(), new MemoryPersistence()] });
  });

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await Promise.all([first.close(), second.close()]);
  });

  it('share no rooms, even for the same document name', async () => {
    const onFirst = stockClient(first.url, room, { token: 'alice' });
    const onSecond = stockClient(second.url, room, { token: 'bob' });
    clients.push(onFirst, onSecond);
    await Promise.all([onFirst.synced(), onSecond.synced()]);

    onFirst.text.insert(0, 'only on the first');
    onSecond.text.insert(0, 'only on the second');
    await waitUntil(
      () => first.server.getDocument(room)?.getText('text').toString() === 'only on the first',
      'the first server has its edit',
    );
    await waitUntil(
      () => second.server.getDocument(room)?.getText('text').toString() === 'only on the second',
      'the second server has its edit',
    );
    await sleep(50);

    expect(onFirst.text.toString()).toBe('only on the first');
    expect(onSecond.text.toString()).toBe('only on the second');
    expect(first.server.getDocument(room)).not.toBe(second.server.getDocument(room));
    expect(first.server.documents()[0].connections.map((c) => c.identity.userId)).toEqual([
      'alice',
    ]);
    expect(second.server.documents()[0].connections.map((c) => c.identity.userId)).toEqual(['bob']);
  });
});
