import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { MemoryPersistence } from '../testing/memory-persistence.extension';
import { stockClient, type StockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { waitUntil } from '../testing/wait';

const USERS = 4;
const ITERATIONS = 400;
const SEEDS = process.env['COLLAB_RANDOM_SEED']
  ? [Number(process.env['COLLAB_RANDOM_SEED'])]
  : [1, 7, 42];

/**
 * Convergence the way Yjs tests itself (yjs/tests/testHelper.js, `applyRandomTests`): random
 * operations by several replicas, with random disconnects, then every replica must hold the same
 * state. Here the replicas are stock y-websocket clients, the transport is real sockets through
 * the server, and "every replica" includes the stored snapshot and the onChange log.
 */
describe(`${CollabServer.name}: random convergence`, () => {
  const room = 'question.random';
  let harness: CollabHarness;
  let persistence: MemoryPersistence;
  let clients: StockClient[] = [];

  beforeEach(async () => {
    persistence = new MemoryPersistence();
    harness = await startCollab({
      extensions: [new TestAuthExtension(), persistence],
      timings: { idleUnloadMs: 60_000 },
    });
  });

  afterEach(async () => {
    clients.forEach((client) => client.destroy());
    clients = [];
    await harness.close();
  });

  it.each(SEEDS)(
    'converges after random edits and reconnects (seed %i)',
    async (seed) => {
      const gen = prng.create(seed);
      clients = Array.from({ length: USERS }, (_, i) =>
        stockClient(harness.url, room, { token: `user${i}` }),
      );
      await Promise.all(clients.map((client) => client.synced()));

      for (let i = 0; i < ITERATIONS; i++) {
        randomOperation(gen, prng.oneOf(gen, clients), i);
        // Let the network move now and then, so that edits interleave with traffic.
        if (prng.int32(gen, 0, 7) === 0)
          await new Promise((resolve) => setTimeout(resolve, prng.int32(gen, 0, 3)));
      }

      for (const client of clients) if (!client.provider.shouldConnect) client.provider.connect();
      await Promise.all(clients.map((client) => client.synced()));
      const serverDoc = harness.server.getDocument(room) as Y.Doc;
      await waitUntil(
        () => clients.every((client) => sameState(client.doc, serverDoc)),
        `every client matches the server (seed ${seed})`,
      );

      await harness.server.flushAll();
      const expected = snapshot(serverDoc);
      for (const client of clients) expect(snapshot(client.doc)).toEqual(expected);
      expect(snapshot(persistence.storedDoc(room))).toEqual(expected);
      expect(snapshot(persistence.loggedDoc(room))).toEqual(expected);
      expect(expected.text.length).toBeGreaterThan(0);
    },
    30_000,
  );
});

function randomOperation(gen: prng.PRNG, client: StockClient, i: number): void {
  const roll = prng.int32(gen, 0, 99);
  const text = client.text;
  if (roll < 3) {
    if (client.provider.shouldConnect) client.provider.disconnect();
    else client.provider.connect();
  } else if (roll < 55 || text.length === 0) {
    text.insert(prng.int32(gen, 0, text.length), prng.word(gen, 1, 4));
  } else if (roll < 85) {
    const index = prng.int32(gen, 0, text.length - 1);
    text.delete(index, prng.int32(gen, 1, Math.min(3, text.length - index)));
  } else {
    client.doc.getMap('meta').set(`key${prng.int32(gen, 0, 4)}`, i);
  }
}

function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return (
    Buffer.compare(Y.encodeStateVector(a), Y.encodeStateVector(b)) === 0 &&
    a.getText('text').toString() === b.getText('text').toString()
  );
}

function snapshot(doc: Y.Doc) {
  return {
    text: doc.getText('text').toString(),
    meta: doc.getMap('meta').toJSON(),
    stateVector: Array.from(Y.encodeStateVector(doc)),
  };
}
