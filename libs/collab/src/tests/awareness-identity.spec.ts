import * as Y from 'yjs';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { awarenessFrame, syncStep1Frame } from '../testing/frames';
import { RawClient } from '../testing/raw-client';
import { stockClient, type StockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { sleep, waitUntil } from '../testing/wait';

const stamped = (userId: string) => ({
  userId,
  name: `User ${userId}`,
  organisation: `Org of ${userId}`,
  colour: '#123456',
});

describe(`${CollabServer.name}: awareness identity`, () => {
  const room = 'question.presence';
  let harness: CollabHarness;
  const clients: StockClient[] = [];
  const connect = (token: string) => {
    const client = stockClient(harness.url, room, { token });
    clients.push(client);
    return client;
  };
  const stateSeenBy = (viewer: StockClient, of: StockClient) =>
    viewer.provider.awareness.getStates().get(of.doc.clientID);

  beforeEach(async () => {
    harness = await startCollab({ extensions: [new TestAuthExtension()] });
  });

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await harness.close();
  });

  async function joinedRaw(token: string): Promise<RawClient> {
    const raw = RawClient.connect(harness.url, room, { token });
    await raw.opened;
    raw.send(syncStep1Frame(new Y.Doc()));
    await raw.waitFor('sync-step-2');
    return raw;
  }

  it('replaces the user a client claims with the identity the server authenticated', async () => {
    const alice = connect('alice');
    const bob = connect('bob');
    await Promise.all([alice.synced(), bob.synced()]);
    alice.provider.awareness.setLocalState({
      user: { name: 'The Mayor', userId: 'mayor' },
      cursor: 3,
    });

    await waitUntil(() => stateSeenBy(bob, alice)?.['cursor'] === 3, 'bob sees alice');
    expect(stateSeenBy(bob, alice)).toEqual({ user: stamped('alice'), cursor: 3 });
  });

  it("keeps a connection from writing or removing another connection's entry", async () => {
    const alice = connect('alice');
    const bob = connect('bob');
    await Promise.all([alice.synced(), bob.synced()]);
    alice.provider.awareness.setLocalState({ cursor: 1 });
    await waitUntil(() => stateSeenBy(bob, alice)?.['cursor'] === 1, 'bob sees alice');

    const mallory = await joinedRaw('mallory');
    const aliceID = alice.doc.clientID;
    // Announcing someone else's clientID first must not bind it either.
    mallory.send(awarenessFrame(aliceID, 1_000, { user: { name: 'User alice' }, cursor: 666 }));
    mallory.send(awarenessFrame(5_000, 1, { user: { name: 'User alice' }, cursor: 9 }));
    mallory.send(awarenessFrame(aliceID, 1_001, null));
    mallory.send(awarenessFrame(aliceID, 1_002, { cursor: 667 }));

    await waitUntil(
      () => bob.provider.awareness.getStates().has(5_000),
      "bob sees mallory's own entry",
    );
    await sleep(80); // longer than one coalescing interval: a forged change would have arrived
    expect(stateSeenBy(bob, alice)).toEqual({ user: stamped('alice'), cursor: 1 });
    expect(bob.provider.awareness.getStates().get(5_000)).toEqual({
      user: stamped('mallory'),
      cursor: 9,
    });
    expect(harness.server.documents()[0].connections).toHaveLength(3);
    mallory.close();
  });

  it('removes the entry of a connection that drops, and tells the others at once', async () => {
    const alice = connect('alice');
    const bob = connect('bob');
    await Promise.all([alice.synced(), bob.synced()]);
    alice.provider.awareness.setLocalState({ cursor: 1 });
    await waitUntil(() => stateSeenBy(bob, alice) !== undefined, 'bob sees alice');

    const mallory = await joinedRaw('mallory');
    mallory.send(awarenessFrame(5_001, 1, { cursor: 2 }));
    await waitUntil(() => bob.provider.awareness.getStates().has(5_001), 'bob sees mallory');
    // close() terminates the socket without a close handshake, as a dropped connection ends.
    mallory.close();
    // At once, not after the 30 s in which clients drop a presence nobody renews.
    await waitUntil(
      () => !bob.provider.awareness.getStates().has(5_001),
      "mallory's entry is gone",
      1_000,
    );
    expect(stateSeenBy(bob, alice)).toBeDefined();
  });

  it('lets a reconnecting user take over the clientID its previous socket still holds', async () => {
    const bob = connect('bob');
    await bob.synced();
    const first = await joinedRaw('alice');
    first.send(awarenessFrame(6_000, 1, { cursor: 1 }));
    await waitUntil(
      () => bob.provider.awareness.getStates().get(6_000)?.['cursor'] === 1,
      'first socket',
    );

    const second = await joinedRaw('alice');
    second.send(awarenessFrame(6_000, 2, { cursor: 2 }));
    await waitUntil(
      () => bob.provider.awareness.getStates().get(6_000)?.['cursor'] === 2,
      'second socket',
    );

    // The stale socket closing later must not remove the entry its successor now holds.
    first.close();
    await sleep(80);
    expect(bob.provider.awareness.getStates().get(6_000)).toEqual({
      user: stamped('alice'),
      cursor: 2,
    });
    second.close();
  });
});
