import type { Socket } from 'node:net';
import * as Y from 'yjs';
import type { CollabExtension, DisconnectPayload } from '../lib/extension';
import type { CollabTimings } from '../lib/limits';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { syncStep1Frame } from '../testing/frames';
import { MemoryPersistence } from '../testing/memory-persistence.extension';
import { RawClient } from '../testing/raw-client';
import { stockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { sleep, waitUntil } from '../testing/wait';

class LifecycleSpy implements CollabExtension {
  readonly name = 'lifecycle-spy';
  readonly disconnects: DisconnectPayload[] = [];
  readonly destroyed: string[] = [];
  onDisconnect(payload: DisconnectPayload): void {
    this.disconnects.push(payload);
  }
  onDestroyDocument({ documentName }: { documentName: string }): void {
    this.destroyed.push(documentName);
  }
}

describe(`${CollabServer.name}: room lifecycle`, () => {
  const room = 'question.lifecycle';
  let harness: CollabHarness;
  let persistence: MemoryPersistence;
  let spy: LifecycleSpy;

  const start = async (timings: Partial<CollabTimings>) => {
    persistence = new MemoryPersistence();
    spy = new LifecycleSpy();
    harness = await startCollab({
      extensions: [new TestAuthExtension(), persistence, spy],
      timings,
    });
  };

  afterEach(async () => harness.close());

  it('keeps an unused room for idleUnloadMs, so a quick reconnect does not reload it', async () => {
    await start({ idleUnloadMs: 300 });
    const first = stockClient(harness.url, room, { token: 'alice' });
    await first.synced();
    first.destroy();
    await waitUntil(() => spy.disconnects.length === 1, 'alice disconnected');
    expect(spy.disconnects[0]).toEqual({
      documentName: room,
      connection: expect.objectContaining({
        documentName: room,
        readOnly: false,
        identity: expect.objectContaining({ userId: 'alice' }),
      }),
    });

    const second = stockClient(harness.url, room, { token: 'alice' });
    await second.synced();
    expect(persistence.loads).toBe(1);
    second.destroy();

    await waitUntil(
      () => spy.destroyed.length === 1,
      'the room unloaded after the idle delay',
      3_000,
    );
    expect(harness.server.documents()).toEqual([]);
  });

  it('terminates a socket that stops answering pings', async () => {
    await start({ keepaliveMs: 50 });
    const raw = RawClient.connect(harness.url, room, { token: 'alice' });
    await raw.opened;
    raw.send(syncStep1Frame(new Y.Doc()));
    await raw.waitFor('sync-step-2');
    // Stop reading: pings go unanswered as if the laptop lid had closed.
    (raw.socket as unknown as { _socket: Socket })._socket.pause();

    await waitUntil(() => spy.disconnects.length === 1, 'the server dropped the silent socket');
    await waitUntil(() => harness.server.documents().length === 0, 'the room unloaded');
    raw.close();
  });

  it('keeps answering pings of a live client', async () => {
    await start({ keepaliveMs: 30 });
    const client = stockClient(harness.url, room, { token: 'alice' });
    try {
      await client.synced();
      await sleep(200);
      expect(client.closes).toEqual([]);
      expect(spy.disconnects).toEqual([]);
    } finally {
      client.destroy();
    }
  });
});
