import * as Y from 'yjs';
import type { AwarenessUpdatePayload, ChangePayload, CollabExtension } from '../lib/extension';
import { encodeAwarenessUpdate } from '../lib/protocol/awareness-update.codec';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { textInsertUpdate } from '../testing/frames';
import { InProcessFanOut } from '../testing/in-process-fan-out.extension';
import { MemoryPersistence } from '../testing/memory-persistence.extension';
import { stockClient, type StockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { sleep, waitUntil } from '../testing/wait';

/** Records what the hooks see. */
class HookSpy implements CollabExtension {
  readonly name = 'spy';
  readonly changes: ChangePayload[] = [];
  readonly awareness: AwarenessUpdatePayload[] = [];
  onChange(payload: ChangePayload): void {
    this.changes.push(payload);
  }
  onAwarenessUpdate(payload: AwarenessUpdatePayload): void {
    this.awareness.push(payload);
  }
}

const originOf = (payload: { origin: unknown }) =>
  typeof payload.origin === 'string' ? payload.origin : 'connection';

describe(`${CollabServer.name}: remote updates and awareness`, () => {
  const room = 'question.shared';
  let harness: CollabHarness;
  let spy: HookSpy;
  let persistence: MemoryPersistence;
  let client: StockClient;

  beforeEach(async () => {
    spy = new HookSpy();
    persistence = new MemoryPersistence();
    harness = await startCollab({ extensions: [new TestAuthExtension(), persistence, spy] });
    client = stockClient(harness.url, room, { token: 'alice' });
    await client.synced();
  });

  afterEach(async () => {
    client.destroy();
    await harness.close();
  });

  it('applies a remote update, broadcasts it and reports it as remote', async () => {
    expect(harness.server.applyRemoteUpdate(room, textInsertUpdate('from elsewhere', 31))).toBe(
      true,
    );
    await waitUntil(() => client.text.toString() === 'from elsewhere', 'the local client has it');
    expect(spy.changes.map(originOf)).toEqual(['remote']);
    // The persistence extension skips remote updates for its log; the snapshot still has them.
    expect(persistence.log.get(room)).toBeUndefined();
    await harness.server.flushAll();
    expect(persistence.storedDoc(room).getText('text').toString()).toBe('from elsewhere');
  });

  it('reports edits made on the live document by the host as origin server', async () => {
    harness.server.getDocument(room)?.getText('text').insert(0, 'restored version');
    await waitUntil(() => client.text.toString() === 'restored version', 'the client has it');
    expect(spy.changes.map(originOf)).toEqual(['server']);
  });

  it('refuses remote updates for documents it does not hold, and invalid ones', async () => {
    expect(harness.server.applyRemoteUpdate('question.elsewhere', textInsertUpdate('x'))).toBe(
      false,
    );
    expect(harness.server.applyRemoteUpdate(room, new Uint8Array([1, 2, 3]))).toBe(false);
    expect(harness.logger.entries).toContainEqual(
      expect.objectContaining({ message: 'remote update refused' }),
    );
  });

  it("applies remote awareness but never over a local connection's entry", async () => {
    const remoteEntry = {
      clientID: 9_001,
      clock: 1,
      state: { user: { name: 'Remote Ruud' }, cursor: 4 },
    };
    const forged = { clientID: client.doc.clientID, clock: 99, state: null };
    expect(
      harness.server.applyRemoteAwareness(room, encodeAwarenessUpdate([remoteEntry, forged])),
    ).toBe(true);

    await waitUntil(
      () => client.provider.awareness.getStates().has(9_001),
      'the local client sees the remote',
    );
    expect(client.provider.awareness.getStates().get(9_001)).toEqual(remoteEntry.state);
    expect(client.provider.awareness.getLocalState()).not.toBeNull();
    expect(spy.awareness.filter((payload) => payload.origin === 'remote')).toHaveLength(1);
    expect(
      harness.server.applyRemoteAwareness(
        'question.elsewhere',
        encodeAwarenessUpdate([remoteEntry]),
      ),
    ).toBe(false);
  });
});

describe(`${CollabServer.name}: two instances joined by a fan-out extension`, () => {
  const room = 'question.replicated';
  let east: CollabHarness;
  let west: CollabHarness;
  const clients: StockClient[] = [];

  beforeEach(async () => {
    const bus: InProcessFanOut[] = [];
    east = await startCollab({ extensions: [new TestAuthExtension(), new InProcessFanOut(bus)] });
    west = await startCollab({ extensions: [new TestAuthExtension(), new InProcessFanOut(bus)] });
  });

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await Promise.all([east.close(), west.close()]);
  });

  it('lets clients on different instances edit together and see each other, without echo loops', async () => {
    const alice = stockClient(east.url, room, { token: 'alice' });
    const bob = stockClient(west.url, room, { token: 'bob' });
    clients.push(alice, bob);
    await Promise.all([alice.synced(), bob.synced()]);

    alice.text.insert(0, 'east ');
    bob.text.insert(0, 'west ');
    alice.provider.awareness.setLocalStateField('cursor', 1);
    bob.provider.awareness.setLocalStateField('cursor', 2);

    await waitUntil(
      () => alice.text.length === 10 && alice.text.toString() === bob.text.toString(),
      'both instances converge',
    );
    await waitUntil(
      () => bob.provider.awareness.getStates().get(alice.doc.clientID)?.['cursor'] === 1,
      'bob sees alice',
    );
    expect(bob.provider.awareness.getStates().get(alice.doc.clientID)?.['user']).toEqual(
      expect.objectContaining({ userId: 'alice' }),
    );
    await sleep(50);
    const eastDoc = east.server.getDocument(room) as Y.Doc;
    const westDoc = west.server.getDocument(room) as Y.Doc;
    expect(Y.encodeStateVector(eastDoc)).toEqual(Y.encodeStateVector(westDoc));

    alice.destroy();
    await waitUntil(
      () => !bob.provider.awareness.getStates().has(alice.doc.clientID),
      "alice's presence left",
    );
  });
});
