import type { Socket } from 'node:net';
import * as Y from 'yjs';
import { CollabCloseCode } from '../lib/close-codes';
import type { CollabExtension } from '../lib/extension';
import type { CollabLimits } from '../lib/limits';
import { CollabServer } from '../lib/server/collab-server';
import { pendingUpdateBytes } from '../lib/server/pending-updates';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { awarenessFrame, syncStep1Frame, updateFrame } from '../testing/frames';
import { RawClient } from '../testing/raw-client';
import { stockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { waitUntil } from '../testing/wait';

describe(`${CollabServer.name}: limits`, () => {
  const room = 'question.limited';
  let harness: CollabHarness;

  const start = async (limits: Partial<CollabLimits>) => {
    // Rooms stay loaded after their last connection, so tests can inspect them afterwards.
    harness = await startCollab({
      extensions: [new TestAuthExtension()],
      limits,
      timings: { idleUnloadMs: 60_000 },
    });
  };

  afterEach(async () => harness.close());

  async function joinedRaw(token = 'mallory'): Promise<RawClient> {
    const raw = RawClient.connect(harness.url, room, { token });
    await raw.opened;
    raw.send(syncStep1Frame(new Y.Doc()));
    await raw.waitFor('sync-step-2');
    return raw;
  }

  it('closes a socket that sends a frame above maxFrameBytes with 1009, and only that one', async () => {
    await start({ maxFrameBytes: 64 * 1024 });
    const bystander = stockClient(harness.url, room, { token: 'alice' });
    try {
      await bystander.synced();
      const raw = await joinedRaw();
      raw.send(new Uint8Array(100 * 1024));
      expect((await raw.closed).code).toBe(CollabCloseCode.messageTooBig);

      bystander.text.insert(0, 'still here');
      await waitUntil(
        () => harness.server.getDocument(room)?.getText('text').toString() === 'still here',
        'the bystander keeps editing',
      );
    } finally {
      bystander.destroy();
    }
  });

  it('closes a socket that sends too many messages per second with 1008', async () => {
    await start({ messagesPerSecond: 20 });
    const raw = await joinedRaw();
    const noOp = updateFrame(Y.encodeStateAsUpdate(new Y.Doc()));
    for (let i = 0; i < 40; i++) raw.send(noOp);
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.policyViolation,
      reason: 'rate limit exceeded',
    });
  });

  it('closes a socket that sends too many bytes per second with 1008', async () => {
    await start({ bytesPerSecond: 10_000, maxFrameBytes: 32 * 1024 });
    const raw = await joinedRaw();
    // Valid, repeated (hence idempotent) updates: only their size is at fault.
    const big = Y.encodeStateAsUpdate(textDoc('x'.repeat(20_000)));
    for (let i = 0; i < 4; i++) raw.send(updateFrame(big));
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.policyViolation,
      reason: 'rate limit exceeded',
    });
  });

  it('closes a socket that keeps asking for the whole state with 1008', async () => {
    await start({ stateRequestsPerMinute: 12 });
    const raw = await joinedRaw();
    for (let i = 0; i < 5; i++) raw.send(syncStep1Frame(new Y.Doc()));
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.policyViolation,
      reason: 'too many state requests',
    });
    // The burst (a sixth of the minute) was answered before the refusal.
    expect(raw.count('sync-step-2')).toBe(2);
  });

  it('closes a socket whose awareness state is larger than maxAwarenessBytes with 1008', async () => {
    await start({ maxAwarenessBytes: 4_096 });
    const raw = await joinedRaw();
    raw.send(awarenessFrame(8_000, 1, { cursor: 1, note: 'x'.repeat(5_000) }));
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.policyViolation,
      reason: 'awareness update too large',
    });
    expect(raw.count('awareness')).toBe(0);
  });

  it('closes a client that does not read what it is sent with 1013', async () => {
    harness = await startCollab({
      extensions: [new TestAuthExtension(), bigDocument(room, 3 * 1024 * 1024)],
      limits: { maxSendBufferBytes: 256 * 1024 },
      timings: { idleUnloadMs: 60_000 },
    });
    const raw = await joinedRaw();
    // Stop reading, then ask for the 3 MiB document again and again: the answers pile up.
    const socket = (raw.socket as unknown as { _socket: Socket })._socket;
    socket.pause();
    for (let i = 0; i < 8; i++) raw.send(syncStep1Frame(new Y.Doc()));
    await waitUntil(
      () => harness.server.documents()[0]?.connections.length === 0,
      'the server dropped the slow reader',
    );
    socket.resume();
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.tryAgainLater,
      reason: 'client reads too slowly',
    });
  });

  it('refuses connections beyond maxConnectionsPerDocument with 1013', async () => {
    await start({ maxConnectionsPerDocument: 2 });
    const first = await joinedRaw('a');
    const second = await joinedRaw('b');
    const third = RawClient.connect(harness.url, room, { token: 'c' });
    expect(await third.closed).toEqual({
      code: CollabCloseCode.tryAgainLater,
      reason: 'too many connections to this document',
    });
    expect(third.frames).toHaveLength(0);
    first.close();
    second.close();
  });

  it('drops a backlog of never-applicable updates and closes the sender with 1008', async () => {
    await start({ maxPendingUpdateBytes: 10_000 });
    const raw = await joinedRaw();
    // Updates of client 777 that all start after a clock the server never receives.
    const author = new Y.Doc();
    author.clientID = 777;
    author.getText('text').insert(0, 'withheld');
    for (let i = 0; i < 10; i++) {
      const before = Y.encodeStateVector(author);
      author.getText('text').insert(0, 'y'.repeat(2_000));
      raw.send(updateFrame(Y.encodeStateAsUpdate(author, before)));
    }
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.policyViolation,
      reason: 'too many updates with missing dependencies',
    });
    const doc = harness.server.getDocument(room);
    expect(doc && pendingUpdateBytes(doc)).toBe(0);
    expect(doc?.getText('text').toString()).toBe('');
  });

  it('refuses an update that nests shared types beyond maxTypeDepth, before applying it', async () => {
    await start({});
    const raw = await joinedRaw();
    // Deep chains are what make Yjs quadratic: 8,000 levels cost 23 s of event loop unchecked.
    const author = new Y.Doc();
    author.transact(() => {
      let level = author.getMap('root');
      for (let i = 0; i < 8_000; i++) {
        const child = new Y.Map<unknown>();
        level.set('child', child);
        level = child;
      }
    });
    const started = Date.now();
    raw.send(updateFrame(Y.encodeStateAsUpdate(author)));
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.policyViolation,
      reason: 'shared types nested deeper than 64',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(harness.server.getDocument(room)?.share.size ?? 0).toBe(0);
  });
});

/** An extension that loads a document of `bytes` characters. */
function bigDocument(name: string, bytes: number): CollabExtension {
  const doc = textDoc('x'.repeat(bytes));
  const state = Y.encodeStateAsUpdate(doc);
  return {
    onLoadDocument: async ({ documentName, doc: target }) => {
      if (documentName === name) Y.applyUpdate(target, state);
    },
  };
}

function textDoc(content: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('text').insert(0, content);
  return doc;
}
