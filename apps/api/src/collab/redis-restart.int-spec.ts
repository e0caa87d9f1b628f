import { stockClient, type StockClient } from '@ketenlab/collab/testing/stock-client';
import { sleep, waitUntil } from '@ketenlab/collab/testing/wait';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { fixtures } from '../testing/fixtures';
import { randomOperation, sameState, snapshot } from '../testing/random-collab-steps';
import {
  startPrivateRedis,
  REDIS_SERVER_AVAILABLE,
  type PrivateRedis,
} from '../testing/private-redis';
import { startTestApp, type TestApp } from '../testing/test-app';
import { TEST_DATABASE } from '../testing/test-database';
import type { CollabRuntime } from './collab-server.factory';
import { COLLAB_RUNTIME } from './collab.tokens';
import { DocumentStore } from './document-store';
import { UpdateLog } from './update-log';

/**
 * Random convergence in the manner of Yjs's applyRandomTests, across a Redis restart: clients
 * spread over two instances make random edits and drop and restore their sockets at random;
 * in the middle the instances' Redis (a private redis-server, never the machine's) is killed
 * and, a while later, started again empty. Edits made meanwhile on one instance reach the other
 * only through the catch-up the fan-out runs when its subscriber reconnects. At the end every
 * client, both instances and the database must agree.
 *
 * PostgreSQL pass only: two instances on one SQLite file in one process are not sound (see
 * multi-instance.int-spec.ts).
 */
const SKIP_REASON =
  TEST_DATABASE !== 'postgres'
    ? 'two instances need PostgreSQL; runs in the PostgreSQL pass'
    : REDIS_SERVER_AVAILABLE
      ? null
      : 'needs redis-server on the PATH';
if (SKIP_REASON) process.stderr.write(`Redis restart convergence skipped: ${SKIP_REASON}\n`);
const describeIfPossible = SKIP_REASON ? describe.skip : describe;

const CLIENTS = 6;
const ITERATIONS = 300;
/** Redis is down from this iteration… */
const KILL_AT = 100;
/** …to this one; each iteration in between waits a little, so the outage lasts a while. */
const RESTART_AT = 200;
const OUTAGE_STEP_MS = 8;
const SEEDS = process.env['COLLAB_RANDOM_SEED']
  ? [Number(process.env['COLLAB_RANDOM_SEED'])]
  : [7, 23];

describeIfPossible(
  `two instances across a Redis restart${SKIP_REASON ? ` (${SKIP_REASON})` : ''}`,
  () => {
    let redis: PrivateRedis;
    let a: TestApp;
    let b: TestApp;
    let f: ReturnType<typeof fixtures>;
    let lead: { token: string };
    let contributor: { token: string };
    let projectId: string;
    const clients: StockClient[] = [];

    const connect = (instance: TestApp, token: string, room: string) => {
      const client = stockClient(`${instance.url.replace('http', 'ws')}/collab`, room, { token });
      clients.push(client);
      return client;
    };
    const liveDoc = (instance: TestApp, room: string) =>
      instance.app.get<CollabRuntime>(COLLAB_RUNTIME).server.getDocument(room);
    const storedDoc = async (room: string) => {
      const { snapshot, updates } = await a.app.get(DocumentStore).load(room);
      const doc = new Y.Doc();
      if (snapshot) Y.applyUpdate(doc, snapshot);
      for (const update of updates) Y.applyUpdate(doc, update);
      return doc;
    };

    beforeAll(async () => {
      redis = await startPrivateRedis();
      a = await startTestApp({ REDIS_URL: redis.url });
      b = await startTestApp({}, { joining: a });
      f = fixtures(a);
      const org = await f.organisation();
      const leader = await f.user(org);
      const colleague = await f.user(org);
      lead = leader;
      contributor = colleague;
      projectId = (await f.project(lead.token)).id;
      await f.member(lead.token, projectId, colleague.user.id, 'contributor');
    }, 60_000);
    afterEach(async () => {
      for (const client of clients.splice(0)) client.destroy();
      await redis.start().catch(() => undefined); // a failed test may have left it down
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
      await redis?.kill();
    });

    it.each(SEEDS)(
      'converges after random edits, disconnects and a Redis restart (seed %i)',
      async (seed) => {
        const gen = prng.create(seed);
        const { documentName } = await f.question(lead.token, projectId, `Herstart ${seed}`);
        const spread = Array.from({ length: CLIENTS }, (_, i) =>
          connect(i % 2 ? b : a, i % 3 ? contributor.token : lead.token, documentName),
        );
        await Promise.all(spread.map((client) => client.synced()));
        const editsDuringOutage = { a: 0, b: 0 };

        for (let i = 0; i < ITERATIONS; i++) {
          if (i === KILL_AT) await redis.kill();
          if (i === RESTART_AT) await redis.start();
          const index = prng.int32(gen, 0, CLIENTS - 1);
          const edited = randomOperation(gen, spread[index], i);
          const outage = i >= KILL_AT && i < RESTART_AT;
          if (outage && edited && spread[index].provider.wsconnected)
            editsDuringOutage[index % 2 ? 'b' : 'a']++;
          if (outage) await sleep(OUTAGE_STEP_MS);
          else if (prng.int32(gen, 0, 7) === 0) await sleep(prng.int32(gen, 0, 3));
        }
        // The outage must have split the document: both sides edited while apart.
        expect(editsDuringOutage.a).toBeGreaterThan(5);
        expect(editsDuringOutage.b).toBeGreaterThan(5);

        for (const client of spread) if (!client.provider.shouldConnect) client.provider.connect();
        await Promise.all(spread.map((client) => client.synced()));
        await waitUntil(
          () =>
            [liveDoc(a, documentName), liveDoc(b, documentName)].every(
              (server) => server && spread.every((client) => sameState(client.doc, server)),
            ),
          `every client matches both instances (seed ${seed})`,
          30_000,
        );

        await Promise.all([
          a.app.get<CollabRuntime>(COLLAB_RUNTIME).server.flushAll(),
          b.app.get<CollabRuntime>(COLLAB_RUNTIME).server.flushAll(),
        ]);
        await Promise.all([a.app.get(UpdateLog).flush(), b.app.get(UpdateLog).flush()]);
        const expected = snapshot(spread[0].doc);
        for (const client of spread) expect(snapshot(client.doc)).toEqual(expected);
        expect(snapshot(liveDoc(a, documentName) as Y.Doc)).toEqual(expected);
        expect(snapshot(liveDoc(b, documentName) as Y.Doc)).toEqual(expected);
        expect(snapshot(await storedDoc(documentName))).toEqual(expected);
        expect(expected.text.length).toBeGreaterThan(0);
      },
      90_000,
    );
  },
);
