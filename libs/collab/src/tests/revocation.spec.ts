import { CollabCloseCode } from '../lib/close-codes';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { stockClient, type StockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { waitUntil } from '../testing/wait';

describe(`${CollabServer.name}: closeConnections`, () => {
  const room = 'question.revoked';
  let harness: CollabHarness;
  const clients: StockClient[] = [];

  beforeEach(async () => {
    harness = await startCollab({
      extensions: [new TestAuthExtension()],
      timings: { idleUnloadMs: 60_000 },
    });
  });

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await harness.close();
  });

  it("closes only the selected user's sockets, with a code that stops the stock client", async () => {
    const alice = stockClient(harness.url, room, { token: 'alice' });
    const bob = stockClient(harness.url, room, { token: 'bob' });
    const bobElsewhere = stockClient(harness.url, 'question.other', { token: 'bob' });
    clients.push(alice, bob, bobElsewhere);
    await Promise.all(clients.map((client) => client.synced()));
    const bobClosed = new Promise<{ code: number; reason: string }>((resolve) =>
      bob.provider.on('closed', (event) => resolve(event)),
    );

    const closed = harness.server.closeConnections(
      (connection) => connection.identity.userId === 'bob' && connection.documentName === room,
      CollabCloseCode.forbidden,
      'access revoked',
    );

    expect(closed).toBe(1);
    expect(await bobClosed).toEqual({ code: CollabCloseCode.forbidden, reason: 'access revoked' });
    expect(bob.provider.shouldConnect).toBe(false);
    await waitUntil(
      () => harness.server.documents().find((doc) => doc.name === room)?.connections.length === 1,
      'only alice remains',
    );
    alice.text.insert(0, 'alice carries on');
    bobElsewhere.text.insert(0, 'bob carries on elsewhere');
    await waitUntil(
      () => harness.server.getDocument('question.other')?.getText('text').length === 24,
      "bob's other document still works",
    );
    expect(bob.text.toString()).toBe('');
  });
});
