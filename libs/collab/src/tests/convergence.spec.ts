import * as Y from 'yjs';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { MemoryPersistence } from '../testing/memory-persistence.extension';
import { stockClient, type StockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { waitUntil } from '../testing/wait';

describe(`${CollabServer.name}: convergence`, () => {
  const room = 'question.convergence';
  let harness: CollabHarness;
  let persistence: MemoryPersistence;
  const clients: StockClient[] = [];
  const connect = (token: string) => {
    const client = stockClient(harness.url, room, { token });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    persistence = new MemoryPersistence();
    harness = await startCollab({ extensions: [new TestAuthExtension(), persistence] });
  });

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await harness.close();
  });

  it('brings two clients to the same text through the server', async () => {
    const alice = connect('alice');
    const bob = connect('bob');
    await Promise.all([alice.synced(), bob.synced()]);

    alice.text.insert(0, 'hello ');
    bob.text.insert(0, 'world ');

    await waitUntil(
      () => alice.text.length === 12 && alice.text.toString() === bob.text.toString(),
      'both clients hold both inserts',
    );
    expect(harness.server.getDocument(room)?.getText('text').toString()).toBe(
      alice.text.toString(),
    );
  });

  it('gives a late joiner everything, and storage holds the same state', async () => {
    const alice = connect('alice');
    await alice.synced();
    alice.text.insert(0, 'first line\n');
    alice.text.insert(alice.text.length, 'second line\n');
    alice.text.delete(0, 6);

    const late = connect('carol');
    await late.synced();
    await waitUntil(
      () => late.text.toString() === alice.text.toString(),
      'the late joiner caught up',
    );

    await harness.server.flushAll();
    const stored = persistence.storedDoc(room);
    const logged = persistence.loggedDoc(room);
    expect(stored.getText('text').toString()).toBe(alice.text.toString());
    expect(logged.getText('text').toString()).toBe(alice.text.toString());
    expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(alice.doc));
  });

  it('serves the stored state to the next session after the room was unloaded', async () => {
    const alice = connect('alice');
    await alice.synced();
    alice.text.insert(0, 'persisted');
    await waitUntil(
      () => harness.server.getDocument(room)?.getText('text').length === 9,
      'server has it',
    );
    alice.destroy();
    await waitUntil(() => harness.server.documents().length === 0, 'the room unloaded');
    expect(persistence.storedDoc(room).getText('text').toString()).toBe('persisted');

    const bob = connect('bob');
    await bob.synced();
    await waitUntil(() => bob.text.toString() === 'persisted', 'bob got the stored text');
    expect(persistence.loads).toBe(2);
  });
});
