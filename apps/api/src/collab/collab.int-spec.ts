import { stockClient, type StockClient } from '@ketenlab/collab/testing/stock-client';
import { sleep, waitUntil } from '@ketenlab/collab/testing/wait';
import * as Y from 'yjs';
import { BODY_FIELD } from '@ketenlab/domain';
import { fixtures } from '../testing/fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { CollabRuntime } from './collab-server.factory';
import { COLLAB_RUNTIME } from './collab.tokens';
import { DocumentStore } from './document-store';
import { UpdateLog } from './update-log';

/** Writes a paragraph at the end of the question body, as the editor would. */
function writeParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const body = doc.getXmlFragment(BODY_FIELD);
  body.insert(body.length, [paragraph]);
}

const bodyOf = (doc: Y.Doc) => doc.getXmlFragment(BODY_FIELD).toString();

describe('live question documents (stock y-websocket client)', () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let people: Record<
    'lead' | 'contributor' | 'observer' | 'outsider',
    { user: { id: string }; token: string }
  >;
  let question: { id: string; documentName: string };
  const clients: StockClient[] = [];

  const connect = (token: string | undefined, room = question.documentName) => {
    const client = stockClient(
      `${test.url.replace('http', 'ws')}/collab`,
      room,
      token ? { token } : {},
    );
    clients.push(client);
    return client;
  };
  const closedWith = async (client: StockClient) => {
    await waitUntil(() => client.closes.length > 0, 'the server closed the socket');
    return client.closes[0];
  };
  const stored = async (documentName: string) => {
    await test.app.get(UpdateLog).flush();
    const { snapshot, updates } = await test.app.get(DocumentStore).load(documentName);
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const update of updates) Y.applyUpdate(doc, update);
    return bodyOf(doc);
  };

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
    const org = await f.organisation();
    const lead = await f.user(org);
    people = {
      lead,
      contributor: await f.user(org),
      observer: await f.user(org),
      outsider: await f.user(await f.organisation()),
    };
    const project = await f.project(lead.token);
    await f.member(lead.token, project.id, people.contributor.user.id, 'contributor');
    await f.member(lead.token, project.id, people.observer.user.id, 'observer');
    question = await f.question(lead.token, project.id);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(() => test.close());

  it('lets two partners converge, brings a late joiner up to date, and stores the same state', async () => {
    const lead = connect(people.lead.token);
    const contributor = connect(people.contributor.token);
    await Promise.all([lead.synced(), contributor.synced()]);
    writeParagraph(lead.doc, 'Hoofdvraag: waar ontstaan schulden?');
    writeParagraph(contributor.doc, 'Deelvraag: welke signalen zien we eerst?');
    await waitUntil(
      () =>
        bodyOf(lead.doc) === bodyOf(contributor.doc) &&
        lead.doc.getXmlFragment(BODY_FIELD).length === 2,
      'both edits reached both',
    );
    const late = connect(people.observer.token);
    await late.synced();
    await waitUntil(() => bodyOf(late.doc) === bodyOf(lead.doc), 'the late joiner caught up');
    expect(await stored(question.documentName)).toBe(bodyOf(lead.doc));
  });

  it('authenticates by the session cookie of the same origin as well', async () => {
    const client = stockClient(
      `${test.url.replace('http', 'ws')}/collab`,
      question.documentName,
      {},
      {
        headers: { cookie: `ketenlab_session=${people.contributor.token}` },
      },
    );
    clients.push(client);
    await client.synced();
  });

  it.each([
    ['no token', undefined, 4401],
    ['a bad token', 'kls_not-a-real-token', 4401],
  ])('refuses %s with 4401', async (_label, token, code) => {
    expect((await closedWith(connect(token))).code).toBe(code);
  });

  it('refuses a member of another project with 4403 and an unknown document with 4404', async () => {
    expect((await closedWith(connect(people.outsider.token))).code).toBe(4403);
    expect(
      (
        await closedWith(
          connect(people.lead.token, 'question.00000000-0000-4000-8000-000000000000'),
        )
      ).code,
    ).toBe(4404);
    expect((await closedWith(connect(people.lead.token, 'dataset.nonsense'))).code).toBe(4404);
  });

  it('keeps observers read-only: their edits reach nobody and are not stored', async () => {
    const lead = connect(people.lead.token);
    const observer = connect(people.observer.token);
    await Promise.all([lead.synced(), observer.synced()]);
    const before = await stored(question.documentName);
    writeParagraph(observer.doc, 'Dit mag niet');
    writeParagraph(lead.doc, 'Dit wel');
    await waitUntil(() => bodyOf(observer.doc).includes('Dit wel'), 'the observer sees the lead');
    await sleep(100);
    expect(bodyOf(lead.doc)).not.toContain('Dit mag niet');
    const after = await stored(question.documentName);
    expect(after).not.toContain('Dit mag niet');
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('mirrors the body into the question as text and HTML once edits are stored', async () => {
    const lead = connect(people.lead.token);
    await lead.synced();
    writeParagraph(lead.doc, 'Spiegeltekst voor de zoekfunctie');
    await waitUntil(
      () =>
        test.app
          .get<CollabRuntime>(COLLAB_RUNTIME)
          .server.documents()
          .some((d) => d.name === question.documentName),
      'open',
    );
    await sleep(50);
    await test.app.get<CollabRuntime>(COLLAB_RUNTIME).server.flushAll();
    const result = await test.gql(
      `query($id: ID!) { question(id: $id) { bodyText bodyHtml } }`,
      { id: question.id },
      { token: people.lead.token },
    );
    expect(result.data.question.bodyText).toContain('Spiegeltekst voor de zoekfunctie');
    expect(result.data.question.bodyHtml).toContain('<p>Spiegeltekst voor de zoekfunctie</p>');
    const hits = await test.gql(
      `{ search(query: "spiegeltekst") { kind objectId } }`,
      {},
      { token: people.contributor.token },
    );
    expect(hits.data.search).toContainEqual({ kind: 'question', objectId: question.id });
  });

  it('restores a named version as a new change that open editors receive', async () => {
    const own = await f.question(
      people.lead.token,
      (await test.gql(`{ projects { id } }`, {}, { token: people.lead.token })).data.projects[0].id,
      'Versies',
    );
    const lead = connect(people.lead.token, own.documentName);
    const contributor = connect(people.contributor.token, own.documentName);
    await Promise.all([lead.synced(), contributor.synced()]);
    writeParagraph(lead.doc, 'Eerste formulering');
    await waitUntil(() => bodyOf(contributor.doc).includes('Eerste formulering'), 'shared');
    await sleep(20);
    const version = await f.questionVersion(people.lead.token, own.id, 'Concept 1');
    writeParagraph(contributor.doc, 'Latere aanvulling');
    await waitUntil(() => bodyOf(lead.doc).includes('Latere aanvulling'), 'shared');
    const restored = await test.gql(
      `mutation($id: ID!) { restoreQuestionVersion(id: $id) }`,
      { id: version.id },
      { token: people.contributor.token },
    );
    expect(restored.errors).toBeUndefined();
    await waitUntil(
      () => !bodyOf(lead.doc).includes('Latere aanvulling'),
      'the restore reached the lead',
    );
    expect(bodyOf(lead.doc)).toContain('Eerste formulering');
    expect(bodyOf(contributor.doc)).toBe(bodyOf(lead.doc));
    const versions = await test.gql(
      `query($id: ID!) { question(id: $id) { versions { name bodyText createdBy { id } } } }`,
      { id: own.id },
      { token: people.observer.token },
    );
    expect(versions.data.question.versions).toEqual([
      { name: 'Concept 1', bodyText: 'Eerste formulering', createdBy: { id: people.lead.user.id } },
    ]);
  });

  it('closes the sockets of someone demoted or removed; they come back read-only, or not at all', async () => {
    const org = await f.organisation();
    const lead = await f.user(org);
    const colleague = await f.user(org);
    const project = await f.project(lead.token);
    await f.member(lead.token, project.id, colleague.user.id, 'contributor');
    const own = await f.question(lead.token, project.id);
    const leadClient = connect(lead.token, own.documentName);
    const theirs = connect(colleague.token, own.documentName);
    await Promise.all([leadClient.synced(), theirs.synced()]);

    await f.member(lead.token, project.id, colleague.user.id, 'observer');
    expect((await closedWith(theirs)).code).toBe(4000);
    await waitUntil(() => theirs.provider.synced && theirs.provider.wsconnected, 'reconnected');
    writeParagraph(theirs.doc, 'Na degradatie');
    writeParagraph(leadClient.doc, 'Van de lead');
    await waitUntil(() => bodyOf(theirs.doc).includes('Van de lead'), 'still receives');
    await sleep(100);
    expect(bodyOf(leadClient.doc)).not.toContain('Na degradatie');

    const removal = await test.gql(
      `mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) }`,
      { input: { projectId: project.id, userId: colleague.user.id } },
      { token: lead.token },
    );
    expect(removal.errors).toBeUndefined();
    await waitUntil(() => theirs.closes.some((c) => c.code === 4403), 'refused after removal');
  });

  it('closes every socket of a deleted question', async () => {
    const own = await f.question(
      people.lead.token,
      (await test.gql(`{ projects { id } }`, {}, { token: people.lead.token })).data.projects[0].id,
      'Weg ermee',
    );
    const client = connect(people.contributor.token, own.documentName);
    await client.synced();
    const deleted = await test.gql(
      `mutation($id: ID!) { deleteQuestion(id: $id) }`,
      { id: own.id },
      { token: people.lead.token },
    );
    expect(deleted.errors).toBeUndefined();
    expect((await closedWith(client)).code).toBe(4404);
  });
});
