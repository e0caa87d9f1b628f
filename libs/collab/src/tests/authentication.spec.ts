import * as Y from 'yjs';
import { CollabCloseCode } from '../lib/close-codes';
import type { CollabExtension } from '../lib/extension';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { awarenessFrame, queryAwarenessFrame, syncStep1Frame } from '../testing/frames';
import { MemoryPersistence } from '../testing/memory-persistence.extension';
import { RawClient } from '../testing/raw-client';
import { stockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { sleep, waitUntil } from '../testing/wait';

describe(`${CollabServer.name}: authentication`, () => {
  let harness: CollabHarness;
  let persistence: MemoryPersistence;

  const start = async (extensions: CollabExtension[], authTimeoutMs = 5_000) => {
    persistence = new MemoryPersistence();
    // Something worth leaking: the refused must not see it.
    persistence.states.set('forbidden.secret', secretState());
    persistence.states.set('question.secret', secretState());
    harness = await startCollab({
      extensions: [...extensions, persistence],
      timings: { authTimeoutMs },
    });
  };

  afterEach(async () => harness.close());

  it.each([
    ['no token', 'question.secret', {}, CollabCloseCode.unauthenticated, 'no token'],
    [
      'a forbidden document',
      'forbidden.secret',
      { token: 'alice' },
      CollabCloseCode.forbidden,
      'not a member of this project',
    ],
    [
      'an unknown document',
      'missing.secret',
      { token: 'alice' },
      CollabCloseCode.unknownDocument,
      'no such document',
    ],
  ])(
    'refuses %s with its close code and sends no document byte',
    async (_case, room, params, code, reason) => {
      await start([new TestAuthExtension(20)]);
      const raw = RawClient.connect(harness.url, room, params);
      await raw.opened;
      // What the stock client sends on open: the refusal must come regardless.
      raw.send(syncStep1Frame(new Y.Doc()));
      raw.send(awarenessFrame(7, 1, { user: { name: 'x' } }));

      expect(await raw.closed).toEqual({ code, reason });
      expect(raw.frames).toHaveLength(0);
    },
  );

  it('lets the stock client see the refusal and stop reconnecting (44xx)', async () => {
    await start([new TestAuthExtension()]);
    const client = stockClient(harness.url, 'forbidden.secret', { token: 'alice' });
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      client.provider.on('closed', (event) => resolve(event)),
    );
    try {
      expect(await closed).toEqual({
        code: CollabCloseCode.forbidden,
        reason: 'not a member of this project',
      });
      expect(client.provider.shouldConnect).toBe(false);
      expect(client.text.toString()).toBe('');
    } finally {
      client.destroy();
    }
  });

  it('refuses by default when no extension accepts', async () => {
    await start([]);
    const raw = RawClient.connect(harness.url, 'question.secret', { token: 'alice' });
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.unauthenticated,
      reason: 'authentication required',
    });
    expect(raw.frames).toHaveLength(0);
  });

  it('closes with 1011 when authentication fails unexpectedly, and logs it', async () => {
    await start([
      { name: 'broken', onAuthenticate: async () => Promise.reject(new Error('db down')) },
    ]);
    const raw = RawClient.connect(harness.url, 'question.secret', { token: 'alice' });
    expect((await raw.closed).code).toBe(CollabCloseCode.internalError);
    expect(harness.logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'authentication failed' }),
    );
  });

  it('times out an authentication that does not finish (4401)', async () => {
    await start([new TestAuthExtension(1_000)], 100);
    const raw = RawClient.connect(harness.url, 'question.secret', { token: 'alice' });
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.unauthenticated,
      reason: 'authentication timed out',
    });
    expect(raw.frames).toHaveLength(0);
  });

  it('holds early frames until authenticated, then greets first and answers them in order', async () => {
    await start([new TestAuthExtension(150)]);
    const raw = RawClient.connect(harness.url, 'question.secret', { token: 'alice' });
    await raw.opened;
    raw.send(syncStep1Frame(new Y.Doc()));
    raw.send(queryAwarenessFrame());
    await sleep(60);
    expect(raw.frames).toHaveLength(0);

    await raw.waitFor('sync-step-2');
    const kinds = raw.messages().map((message) => message.kind);
    expect(kinds[0]).toBe('sync-step-1');
    const step2 = raw.messages().find((message) => message.kind === 'sync-step-2');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (step2 as { update: Uint8Array }).update);
    expect(doc.getText('text').toString()).toBe('secret');
    raw.close();
  });

  it('closes with 1008 when too much arrives before authentication', async () => {
    await start([new TestAuthExtension(500)]);
    const raw = RawClient.connect(harness.url, 'question.secret', { token: 'alice' });
    await raw.opened;
    for (let i = 0; i < 25; i++) raw.send(queryAwarenessFrame());
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.policyViolation,
      reason: 'too many messages before authentication',
    });
    expect(raw.frames).toHaveLength(0);
  });

  it('refuses names that cannot be documents (4404) without asking the extensions', async () => {
    const auth = new TestAuthExtension();
    await start([auth]);
    const raw = RawClient.connect(harness.url, 'q'.repeat(200), { token: 'alice' });
    expect(await raw.closed).toEqual({
      code: CollabCloseCode.unknownDocument,
      reason: 'invalid document name',
    });
    expect(auth.calls).toBe(0);
  });

  it('keeps a refused connection from creating a room or storing anything', async () => {
    await start([new TestAuthExtension()]);
    const raw = RawClient.connect(harness.url, 'forbidden.secret', { token: 'alice' });
    await raw.closed;
    await waitUntil(() => harness.server.documents().length === 0, 'no rooms');
    expect(persistence.loads).toBe(0);
  });
});

function secretState(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('text').insert(0, 'secret');
  return Y.encodeStateAsUpdate(doc);
}
