import { CollabCloseCode } from '../lib/close-codes';
import type { AuthenticatePayload, AuthenticationResult, CollabExtension } from '../lib/extension';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import { MemoryPersistence } from '../testing/memory-persistence.extension';
import { RawClient } from '../testing/raw-client';
import { waitUntil } from '../testing/wait';

/**
 * Authentication that takes as long as the test says and records how many calls run at once
 * and for which sockets (by token), as a database behind a real look-up would see them.
 */
class MeteredAuth implements CollabExtension {
  readonly name = 'metered-auth';
  readonly tokens: string[] = [];
  running = 0;
  maxRunning = 0;
  private gates: Array<() => void> = [];

  constructor(private readonly delayMs: number | 'manual') {}

  async onAuthenticate({ params }: AuthenticatePayload): Promise<AuthenticationResult> {
    const token = params.get('token') ?? '';
    this.tokens.push(token);
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    try {
      await new Promise<void>((resolve) =>
        this.delayMs === 'manual' ? this.gates.push(resolve) : setTimeout(resolve, this.delayMs),
      );
    } finally {
      this.running--;
    }
    return {
      identity: { userId: token, name: token, organisation: 'Org', colour: '#123456' },
      readOnly: false,
    };
  }

  /** Lets every authentication waiting on 'manual' finish. */
  releaseAll(): void {
    for (const resolve of this.gates.splice(0)) resolve();
  }
}

describe(`${CollabServer.name}: admission of authentications`, () => {
  let harness: CollabHarness;
  const clients: RawClient[] = [];

  const connect = (token: string): RawClient => {
    const client = RawClient.connect(harness.url, 'question.storm', { token });
    clients.push(client);
    return client;
  };

  afterEach(async () => {
    for (const client of clients.splice(0)) client.socket.terminate();
    await harness.close();
  });

  it('authenticates a burst of sockets, never more than the cap at a time, each time-out starting at its turn', async () => {
    const auth = new MeteredAuth(40);
    harness = await startCollab({
      extensions: [auth, new MemoryPersistence()],
      limits: { maxConcurrentAuthentications: 4, maxConnectionsPerDocument: 1_000 },
      // 80 sockets × 40 ms / 4 slots ≈ 0.8 s of queue, far beyond one socket's 300 ms: a
      // time-out counted from the upgrade would refuse most of them.
      timings: { authTimeoutMs: 300 },
    });

    const burst = Array.from({ length: 80 }, (_, i) => connect(`user${i}`));
    await Promise.all(burst.map((client) => client.waitFor('sync-step-1')));

    expect(burst.filter((client) => client.closeInfo)).toEqual([]);
    expect(auth.tokens).toHaveLength(80);
    expect(auth.maxRunning).toBe(4);
    // Arrival order is kept: nobody is starved by later sockets.
    expect(auth.tokens.slice(0, 4).sort()).toEqual(['user0', 'user1', 'user2', 'user3']);
  });

  it('drops sockets that close while queued without authenticating them', async () => {
    const auth = new MeteredAuth('manual');
    harness = await startCollab({
      extensions: [auth, new MemoryPersistence()],
      limits: { maxConcurrentAuthentications: 2 },
    });
    const first = [connect('a'), connect('b')];
    await waitUntil(() => auth.tokens.length === 2, 'both slots are taken');
    const gaveUp = Array.from({ length: 20 }, (_, i) => connect(`gave-up-${i}`));
    await Promise.all(gaveUp.map((client) => client.opened));
    for (const client of gaveUp) client.socket.terminate();
    await waitUntil(
      () => harness.logger.entries.filter((e) => e.message === 'connection closed').length === 20,
      'the server saw the queued sockets close',
    );
    const late = connect('late');
    await late.opened;

    auth.releaseAll();
    await Promise.all(first.map((client) => client.waitFor('sync-step-1')));
    await waitUntil(() => auth.tokens.length === 3, 'the late socket had its turn');
    auth.releaseAll();
    await late.waitFor('sync-step-1');

    expect(auth.tokens).toEqual(['a', 'b', 'late']);
  });

  it('closes a socket that waited longer than authQueueTimeoutMs with 1013, and frees nothing twice', async () => {
    const auth = new MeteredAuth('manual');
    harness = await startCollab({
      extensions: [auth, new MemoryPersistence()],
      limits: { maxConcurrentAuthentications: 1 },
      timings: { authQueueTimeoutMs: 100, authTimeoutMs: 5_000 },
    });
    const holder = connect('holder');
    await waitUntil(() => auth.tokens.length === 1, 'the slot is taken');
    const waiter = connect('waiter');

    expect(await waiter.closed).toEqual({
      code: CollabCloseCode.tryAgainLater,
      reason: 'server busy, try again later',
    });
    expect(auth.tokens).toEqual(['holder']);

    // The slot passes on once the running authentication settles.
    auth.releaseAll();
    await holder.waitFor('sync-step-1');
    const next = connect('next');
    await waitUntil(() => auth.tokens.length === 2, 'the next socket had its turn');
    auth.releaseAll();
    await next.waitFor('sync-step-1');
    expect(auth.maxRunning).toBe(1);
  });
});
