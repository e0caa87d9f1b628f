import { stockClient, type StockClient } from '@ketenlab/collab/testing/stock-client';
import { sleep, waitUntil } from '@ketenlab/collab/testing/wait';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { BODY_FIELD } from '@ketenlab/domain';
import { fixtures } from '../testing/fixtures';
import { randomOperation, sameState, snapshot } from '../testing/random-collab-steps';
import { startTestApp, type TestApp } from '../testing/test-app';
import { TEST_REDIS_URL } from '../testing/test-database';
import type { CollabRuntime } from './collab-server.factory';
import { COLLAB_RUNTIME } from './collab.tokens';
import { DocumentStore } from './document-store';
import { UpdateLog } from './update-log';

/**
 * Two instances of the API on one database and one Redis, as in production behind a load
 * balancer. Only the PostgreSQL pass has Redis. Two instances on one SQLite file in one process
 * would not be sound either: better-sqlite3 is synchronous, so one instance waiting for the
 * other's write lock blocks the very thread that would release it.
 */
const SKIP_REASON = TEST_REDIS_URL
  ? null
  : 'needs Redis (KETENLAB_TEST_REDIS_URL); runs in the PostgreSQL pass';
if (SKIP_REASON) process.stderr.write(`multi-instance collaboration skipped: ${SKIP_REASON}\n`);
const describeWithRedis = SKIP_REASON ? describe.skip : describe;

const CLIENTS = 6;
const ITERATIONS = 300;
const SEEDS = process.env['COLLAB_RANDOM_SEED']
  ? [Number(process.env['COLLAB_RANDOM_SEED'])]
  : [3, 11];

function writeParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const body = doc.getXmlFragment(BODY_FIELD);
  body.insert(body.length, [paragraph]);
}

const bodyOf = (doc: Y.Doc) => doc.getXmlFragment(BODY_FIELD).toString();

describeWithRedis(`two API instances with Redis${SKIP_REASON ? ` (${SKIP_REASON})` : ''}`, () => {
  let a: TestApp;
  let b: TestApp;
  let f: ReturnType<typeof fixtures>;
  let lead: { user: { id: string }; token: string };
  let contributor: { user: { id: string }; token: string };
  let projectId: string;
  let org: Awaited<ReturnType<ReturnType<typeof fixtures>['organisation']>>;
  const clients: StockClient[] = [];

  const connect = (instance: TestApp, token: string, room: string) => {
    const client = stockClient(`${instance.url.replace('http', 'ws')}/collab`, room, { token });
    clients.push(client);
    return client;
  };
  const runtime = (instance: TestApp) => instance.app.get<CollabRuntime>(COLLAB_RUNTIME);
  const liveDoc = (instance: TestApp, room: string) => runtime(instance).server.getDocument(room);
  /** What a fresh Y.Doc holds after loading the document from the database. */
  const storedDoc = async (room: string) => {
    const { snapshot, updates } = await a.app.get(DocumentStore).load(room);
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const update of updates) Y.applyUpdate(doc, update);
    return doc;
  };

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({}, { joining: a });
    f = fixtures(a);
    org = await f.organisation();
    lead = await f.user(org);
    contributor = await f.user(org);
    projectId = (await f.project(lead.token)).id;
    await f.member(lead.token, projectId, contributor.user.id, 'contributor');
  });
  afterEach(() => {
    jest.restoreAllMocks();
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('lets a client on A and a client on B converge, and the database holds the same state', async () => {
    const { documentName } = await f.question(lead.token, projectId);
    const onA = connect(a, lead.token, documentName);
    const onB = connect(b, contributor.token, documentName);
    await Promise.all([onA.synced(), onB.synced()]);
    writeParagraph(onA.doc, 'Geschreven op A');
    writeParagraph(onB.doc, 'Geschreven op B');
    await waitUntil(
      () => bodyOf(onA.doc) === bodyOf(onB.doc) && onA.doc.getXmlFragment(BODY_FIELD).length === 2,
      'both edits reached both instances',
    );
    await Promise.all([a.app.get(UpdateLog).flush(), b.app.get(UpdateLog).flush()]);
    expect(bodyOf(await storedDoc(documentName))).toBe(bodyOf(onA.doc));
  });

  it.each(SEEDS)(
    'converges after random edits and reconnects of clients spread over both (seed %i)',
    async (seed) => {
      const gen = prng.create(seed);
      const { documentName } = await f.question(lead.token, projectId, `Willekeurig ${seed}`);
      const spread = Array.from({ length: CLIENTS }, (_, i) =>
        connect(i % 2 ? b : a, i % 3 ? contributor.token : lead.token, documentName),
      );
      await Promise.all(spread.map((client) => client.synced()));

      for (let i = 0; i < ITERATIONS; i++) {
        randomOperation(gen, prng.oneOf(gen, spread), i);
        // Let the network move now and then, so that edits interleave with traffic and Redis.
        if (prng.int32(gen, 0, 7) === 0) await sleep(prng.int32(gen, 0, 3));
      }

      for (const client of spread) if (!client.provider.shouldConnect) client.provider.connect();
      await Promise.all(spread.map((client) => client.synced()));
      await waitUntil(
        () =>
          [liveDoc(a, documentName), liveDoc(b, documentName)].every(
            (server) => server && spread.every((client) => sameState(client.doc, server)),
          ),
        `every client matches both instances (seed ${seed})`,
        20_000,
      );

      await Promise.all([a.app.get(UpdateLog).flush(), b.app.get(UpdateLog).flush()]);
      const expected = snapshot(spread[0].doc);
      for (const client of spread) expect(snapshot(client.doc)).toEqual(expected);
      expect(snapshot(liveDoc(a, documentName) as Y.Doc)).toEqual(expected);
      expect(snapshot(liveDoc(b, documentName) as Y.Doc)).toEqual(expected);
      expect(snapshot(await storedDoc(documentName))).toEqual(expected);
      expect(expected.text.length).toBeGreaterThan(0);
    },
    60_000,
  );

  it('brings a copy newly opened on B up to date with edits A holds but has not stored yet', async () => {
    const { documentName } = await f.question(lead.token, projectId, 'Nog niet opgeslagen');
    const onA = connect(a, lead.token, documentName);
    await onA.synced();

    // Hold A's database writes: its edits stay in memory and in its update log only.
    const storeA = a.app.get(DocumentStore);
    const append = storeA.append.bind(storeA);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const writes = jest.spyOn(storeA, 'append').mockImplementation(async (entries) => {
      await held;
      return append(entries);
    });
    try {
      writeParagraph(onA.doc, 'Alleen in het geheugen van A');
      await waitUntil(
        () => bodyOf(liveDoc(a, documentName) ?? new Y.Doc()).includes('Alleen in het geheugen'),
        'A received the edit',
      );
      await waitUntil(() => writes.mock.calls.length > 0, 'A tried to store it');
      expect(bodyOf(await storedDoc(documentName))).not.toContain('Alleen in het geheugen');
      expect(liveDoc(b, documentName)).toBeUndefined();

      const onB = connect(b, contributor.token, documentName);
      await onB.synced();
      await waitUntil(
        () => bodyOf(onB.doc).includes('Alleen in het geheugen van A'),
        'the copy opened on B caught up from A',
      );
      // Still not in the database: B's copy can only have had it from A's memory.
      expect(bodyOf(await storedDoc(documentName))).not.toContain('Alleen in het geheugen');
    } finally {
      // Released on failure too, or closing A would wait for the held write forever.
      release();
    }
    await a.app.get(UpdateLog).flush();
    expect(bodyOf(await storedDoc(documentName))).toBe(bodyOf(onA.doc));
  });

  it("removes a dropped connection's presence at once, on its own instance and the other", async () => {
    const { documentName } = await f.question(lead.token, projectId, 'Aanwezigheid');
    const leaving = connect(a, lead.token, documentName);
    const onA = connect(a, contributor.token, documentName);
    const onB = connect(b, contributor.token, documentName);
    await Promise.all([leaving, onA, onB].map((client) => client.synced()));
    leaving.provider.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    const present = (viewer: StockClient) =>
      viewer.provider.awareness.getStates().has(leaving.doc.clientID);
    await waitUntil(() => present(onA) && present(onB), 'both see the presence');

    // The socket dies without a close handshake (a network cut the server notices at once, e.g.
    // a reset), and the client does not come back.
    leaving.provider.shouldConnect = false;
    const droppedAt = performance.now();
    (leaving.provider.ws as unknown as { terminate(): void }).terminate();
    // Far below the 30 s after which clients drop a presence nobody renews on their own.
    await waitUntil(() => !present(onA) && !present(onB), 'the presence is gone on both', 2_000);
    process.stdout.write(
      `presence of a dropped connection removed on both instances after ${Math.round(performance.now() - droppedAt)} ms\n`,
    );
  });

  it('closes the sockets of someone demoted or removed on both instances', async () => {
    const colleague = await f.user(org);
    await f.member(lead.token, projectId, colleague.user.id, 'contributor');
    const { documentName } = await f.question(lead.token, projectId, 'Intrekken');
    const leadOnA = connect(a, lead.token, documentName);
    const theirsOnA = connect(a, colleague.token, documentName);
    const theirsOnB = connect(b, colleague.token, documentName);
    await Promise.all([leadOnA.synced(), theirsOnA.synced(), theirsOnB.synced()]);

    await f.member(lead.token, projectId, colleague.user.id, 'observer');
    for (const theirs of [theirsOnA, theirsOnB]) {
      await waitUntil(() => theirs.closes.length > 0, 'the socket was closed');
      expect(theirs.closes[0].code).toBe(4000);
    }
    await waitUntil(
      () => [theirsOnA, theirsOnB].every((c) => c.provider.synced && c.provider.wsconnected),
      'both reconnected',
    );
    writeParagraph(theirsOnB.doc, 'Na degradatie via B');
    writeParagraph(leadOnA.doc, 'Van de lead op A');
    await waitUntil(() => bodyOf(theirsOnB.doc).includes('Van de lead op A'), 'B still receives');
    await sleep(100);
    expect(bodyOf(leadOnA.doc)).not.toContain('Na degradatie via B');
    expect(bodyOf(theirsOnA.doc)).not.toContain('Na degradatie via B');

    // Removed through B this time: the change travels the other way.
    const removal = await b.gql(
      `mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) }`,
      { input: { projectId, userId: colleague.user.id } },
      { token: lead.token },
    );
    expect(removal.errors).toBeUndefined();
    for (const theirs of [theirsOnA, theirsOnB])
      await waitUntil(() => theirs.closes.some((c) => c.code === 4403), 'refused after removal');
    expect(leadOnA.provider.wsconnected).toBe(true);
  });
});
