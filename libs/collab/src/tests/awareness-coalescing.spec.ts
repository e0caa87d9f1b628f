import * as Y from 'yjs';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { awarenessFrame, syncStep1Frame } from '../testing/frames';
import { RawClient } from '../testing/raw-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { sleep, waitUntil } from '../testing/wait';
import { decodeAwarenessUpdate } from '../lib/protocol/awareness-update.codec';

describe(`${CollabServer.name}: awareness coalescing`, () => {
  const room = 'question.cursors';
  let harness: CollabHarness;

  beforeEach(async () => {
    harness = await startCollab({
      extensions: [new TestAuthExtension()],
      timings: { awarenessBroadcastMs: 100 },
    });
  });

  afterEach(async () => harness.close());

  async function joinedRaw(token: string): Promise<RawClient> {
    const raw = RawClient.connect(harness.url, room, { token });
    await raw.opened;
    raw.send(syncStep1Frame(new Y.Doc()));
    await raw.waitFor('sync-step-2');
    return raw;
  }

  it('merges a burst of cursor moves into a few broadcasts carrying the latest state', async () => {
    const watcher = await joinedRaw('bob');
    const typist = await joinedRaw('alice');
    const moves = 50;
    for (let clock = 1; clock <= moves; clock++) {
      typist.send(awarenessFrame(7_000, clock, { cursor: clock }));
    }
    const latest = () =>
      watcher
        .messages()
        .flatMap((message) =>
          message.kind === 'awareness' ? decodeAwarenessUpdate(message.update) : [],
        )
        .filter((entry) => entry.clientID === 7_000)
        .at(-1);
    await waitUntil(
      () => latest()?.state?.['cursor'] === moves,
      'the watcher has the last position',
    );
    await sleep(150);

    const broadcasts = watcher.count('awareness');
    expect(broadcasts).toBeGreaterThanOrEqual(1);
    expect(broadcasts).toBeLessThanOrEqual(4);
    expect(latest()).toEqual(expect.objectContaining({ clock: moves }));
    watcher.close();
    typist.close();
  });
});
