import { stockClient, type StockClient } from '@ketenlab/collab/testing/stock-client';
import { waitUntil } from '@ketenlab/collab/testing/wait';
import { BODY_FIELD } from '@ketenlab/domain';
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import type { User } from '../accounts/user.entity';
import type { CollabRuntime } from '../collab/collab-server.factory';
import { COLLAB_RUNTIME } from '../collab/collab.tokens';
import type { Organisation } from '../organisations/organisation.entity';
import { LiveDocuments } from '../questions/live-documents';
import { bodyText } from '../questions/question-mirror';
import { fixtures } from '../testing/fixtures';
import { outcome, startTestApp, type TestApp } from '../testing/test-app';
import { RegistrationsService } from './registrations.service';

type Session = { user: User; token: string };

function writeParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const body = doc.getXmlFragment(BODY_FIELD);
  body.insert(body.length, [paragraph]);
}

/**
 * The content hash as the issue defines it, written out here rather than taken from libs/domain:
 * sha256 over {"v":1,"title","body","hypotheses":[{statement,rationale,expectedDirection}]},
 * hypotheses sorted by their serialisation.
 */
function expectedHash(
  title: string,
  body: string,
  hypotheses: Array<{ statement: string; rationale: string; expectedDirection: string | null }>,
): string {
  const entries = hypotheses
    .map((h) =>
      JSON.stringify({
        statement: h.statement,
        rationale: h.rationale,
        expectedDirection: h.expectedDirection,
      }),
    )
    .sort();
  const json = `{"v":1,"title":${JSON.stringify(title)},"body":${JSON.stringify(body)},"hypotheses":[${entries.join(',')}]}`;
  return createHash('sha256').update(json, 'utf8').digest('hex');
}

const ROUND = `id round status contentHash requestedAt closedAt registeredAt title bodyText
  requestedBy { id }
  hypotheses { id statement rationale expectedDirection status }
  signOffs { organisation { id name } decision reason decidedAt by { id } mayDecide }`;
const REQUEST = `mutation($id: ID!) { requestRegistration(questionId: $id) { ${ROUND} } }`;
const SIGN = `mutation($input: SignOffRegistrationInput!) { signOffRegistration(input: $input) { ${ROUND} } }`;
const STATE = `query($id: ID!) { question(id: $id) {
  registration { ${ROUND} deviations { kind hypothesisId field before after summary lines { change text } } }
  registrations { id round status }
} }`;

describe(RegistrationsService.name, () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let owner: Organisation;
  let partnerA: Organisation;
  let partnerB: Organisation;
  let people: Record<
    'lead' | 'ownerContributor' | 'moderatorA' | 'observerA' | 'contributorB' | 'outsider',
    Session
  >;
  let projectId: string;
  const clients: StockClient[] = [];

  const gql = (query: string, variables: Record<string, unknown>, who: Session) =>
    test.gql(query, variables, { token: who.token });
  const sign = (who: Session, registrationId: string, decision: string, reason = '') =>
    gql(SIGN, { input: { registrationId, decision, reason } }, who);

  /** A question with a body written through the live-documents service, and hypotheses. */
  async function preparedQuestion(body: string[], title = 'Welke wijken lopen risico?') {
    const question = await f.question(people.lead.token, projectId, title);
    await test.app.get(LiveDocuments).change(question.documentName, (doc) => {
      for (const line of body) writeParagraph(doc, line);
    });
    const first = await f.hypothesis(people.lead.token, question.id, {
      statement: 'Schulden stijgen na ontslag',
      rationale: 'Het inkomen valt weg',
      expectedDirection: 'increase',
    });
    const second = await f.hypothesis(people.moderatorA.token, question.id, {
      statement: 'Armoede daalt met vroege schuldhulp',
    });
    return { ...question, hypotheses: [first, second] };
  }

  async function requested(questionId: string) {
    const result = await gql(REQUEST, { id: questionId }, people.lead);
    expect(result.errors).toBeUndefined();
    return result.data.requestRegistration;
  }

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
    owner = await f.organisation('Gemeente Registratie', 'municipality');
    partnerA = await f.organisation('GGD Registratie');
    partnerB = await f.organisation('CBS Registratie');
    const lead = await f.user(owner, { name: 'Lead' });
    const project = await f.project(lead.token, {
      partnerOrganisationIds: [partnerA.id, partnerB.id],
    });
    projectId = project.id;
    people = {
      lead,
      ownerContributor: await f.user(owner),
      moderatorA: await f.user(partnerA),
      observerA: await f.user(partnerA),
      contributorB: await f.user(partnerB),
      outsider: await f.user(await f.organisation('Elders')),
    };
    await f.member(lead.token, projectId, people.ownerContributor.user.id, 'contributor');
    await f.member(lead.token, projectId, people.moderatorA.user.id, 'moderator');
    await f.member(lead.token, projectId, people.observerA.user.id, 'observer');
    await f.member(lead.token, projectId, people.contributorB.user.id, 'contributor');
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(() => test.close());

  it('refuses to register a question without hypotheses', async () => {
    const question = await f.question(people.lead.token, projectId, 'Zonder hypothesen');
    const result = await gql(REQUEST, { id: question.id }, people.lead);
    expect(outcome(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions?.field).toBe('questionId');
    expect(result.errors![0].message).toMatch(/at least one/);
  });

  it('freezes the question when every organisation approved, with the right content hash', async () => {
    const question = await preparedQuestion(['Hoofdvraag', 'Waar ontstaan schulden?']);
    const round = await requested(question.id);
    expect(round).toMatchObject({ round: 1, status: 'requested', registeredAt: null });
    expect(round.signOffs.map((s: { organisation: { id: string } }) => s.organisation.id)).toEqual([
      owner.id,
      partnerB.id, // CBS before GGD: partners are listed by name
      partnerA.id,
    ]);
    expect(round.signOffs.map((s: { decision: unknown }) => s.decision)).toEqual([
      null,
      null,
      null,
    ]);
    // The lead sees they may decide for the owner organisation only.
    expect(round.signOffs.map((s: { mayDecide: boolean }) => s.mayDecide)).toEqual([
      true,
      false,
      false,
    ]);

    const hash = expectedHash('Welke wijken lopen risico?', 'Hoofdvraag\nWaar ontstaan schulden?', [
      {
        statement: 'Schulden stijgen na ontslag',
        rationale: 'Het inkomen valt weg',
        expectedDirection: 'increase',
      },
      { statement: 'Armoede daalt met vroege schuldhulp', rationale: '', expectedDirection: null },
    ]);
    expect(round.contentHash).toBe(hash);
    const canonical = await gql(
      `query($id: ID!) { question(id: $id) { registrations { canonicalContent } } }`,
      { id: question.id },
      people.observerA,
    );
    const published = canonical.data.question.registrations[0].canonicalContent;
    expect(createHash('sha256').update(published, 'utf8').digest('hex')).toBe(hash);

    expect(
      (await sign(people.ownerContributor, round.id, 'approve')).data.signOffRegistration.status,
    ).toBe('requested');
    expect(
      (await sign(people.moderatorA, round.id, 'approve', 'Akkoord')).data.signOffRegistration
        .status,
    ).toBe('requested');
    let state = await gql(STATE, { id: question.id }, people.observerA);
    expect(state.data.question.registration).toBeNull();

    const last = await sign(people.contributorB, round.id, 'approve');
    expect(last.errors).toBeUndefined();
    expect(last.data.signOffRegistration.status).toBe('registered');

    state = await gql(STATE, { id: question.id }, people.observerA);
    const registration = state.data.question.registration;
    expect(registration).toMatchObject({
      id: round.id,
      status: 'registered',
      contentHash: hash,
      title: 'Welke wijken lopen risico?',
      bodyText: 'Hoofdvraag\nWaar ontstaan schulden?',
      deviations: [],
    });
    expect(new Date(registration.registeredAt).getTime()).toBeGreaterThanOrEqual(
      new Date(round.requestedAt).getTime(),
    );
    expect(
      registration.signOffs.map((s: { decision: string; by: { id: string } }) => [
        s.decision,
        s.by.id,
      ]),
    ).toEqual([
      ['approve', people.ownerContributor.user.id],
      ['approve', people.contributorB.user.id],
      ['approve', people.moderatorA.user.id],
    ]);
    expect(registration.signOffs[2].reason).toBe('Akkoord');
    expect(registration.signOffs.every((s: { mayDecide: boolean }) => !s.mayDecide)).toBe(true);

    const activity = await gql(
      `query($id: ID!) { project(id: $id) { activity { items { action objectId } } } }`,
      { id: projectId },
      people.lead,
    );
    const actions = activity.data.project.activity.items
      .filter((a: { objectId: string }) => a.objectId === round.id)
      .map((a: { action: string }) => a.action);
    expect(actions.sort()).toEqual([
      'question.registered',
      'question.registration.requested',
      'question.registration.signedOff',
      'question.registration.signedOff',
      'question.registration.signedOff',
    ]);

    // Closed: nobody signs any more.
    const late = await sign(people.lead, round.id, 'request_changes', 'Te laat');
    expect(outcome(late)).toBe('CONFLICT');
  });

  it('does not freeze when one organisation requests changes, and wants a reason for it', async () => {
    const question = await preparedQuestion(['Een vraag met bezwaar']);
    const round = await requested(question.id);
    await sign(people.lead, round.id, 'approve');

    const noReason = await sign(people.moderatorA, round.id, 'request_changes', '   ');
    expect(outcome(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].extensions?.field).toBe('reason');

    const changes = await sign(people.moderatorA, round.id, 'request_changes', 'Definieer "wijk"');
    expect(changes.data.signOffRegistration.status).toBe('changes_requested');
    const after = await sign(people.contributorB, round.id, 'approve');
    expect(outcome(after)).toBe('CONFLICT');

    const state = await gql(STATE, { id: question.id }, people.lead);
    expect(state.data.question.registration).toBeNull();
    expect(state.data.question.registrations).toEqual([
      { id: round.id, round: 1, status: 'changes_requested' },
    ]);
  });

  it('tells every member who may sign for an organisation, and nobody else', async () => {
    const question = await preparedQuestion(['Wie hoort het?'], 'Vraag met melding');
    await requested(question.id);
    const told = async (who: Session) => {
      const result = await gql(
        `{ notifications(first: 100) { items { kind objectType objectId title } } }`,
        {},
        who,
      );
      expect(result.errors).toBeUndefined();
      return (result.data.notifications.items as Array<Record<string, string>>).filter(
        (n) => n.objectId === question.id,
      );
    };
    for (const who of [people.ownerContributor, people.moderatorA, people.contributorB]) {
      expect(await told(who)).toEqual([
        {
          kind: 'sign_off_requested',
          objectType: 'question',
          objectId: question.id,
          title: 'Vraag met melding',
        },
      ]);
    }
    // Not the lead who asked, nor the observer, who may not sign.
    expect(await told(people.lead)).toEqual([]);
    expect(await told(people.observerA)).toEqual([]);
  });

  it('lets each organisation sign once, only for itself, and never observers or outsiders', async () => {
    const question = await preparedQuestion(['Wie tekent?']);
    const round = await requested(question.id);
    expect(outcome(await sign(people.lead, round.id, 'approve'))).toBe('OK');
    // Another member of the same organisation.
    const twice = await sign(people.ownerContributor, round.id, 'approve');
    expect(outcome(twice)).toBe('CONFLICT');
    expect(twice.errors![0].message).toContain('Gemeente Registratie has already signed off');
    expect(outcome(await sign(people.observerA, round.id, 'approve'))).toBe('FORBIDDEN');
    expect(outcome(await sign(people.outsider, round.id, 'approve'))).toBe('FORBIDDEN');
    const requestedByOther = await gql(REQUEST, { id: question.id }, people.moderatorA);
    expect(outcome(requestedByOther)).toBe('FORBIDDEN');
  });

  it('keeps the organisations a round asked: a partner added later signs in the next round', async () => {
    const lead = await f.user(owner);
    const project = await f.project(lead.token, { title: 'Project met late partner' });
    const question = await f.question(lead.token, project.id);
    await f.hypothesis(lead.token, question.id);
    const round = await f.registration(lead.token, question.id);
    const late = await f.organisation('Late Partner');
    const latecomer = await f.user(late);
    const update = await test.gql(
      'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }',
      { input: { id: project.id, partnerOrganisationIds: [late.id] } },
      { token: lead.token },
    );
    expect(update.errors).toBeUndefined();
    await f.member(lead.token, project.id, latecomer.user.id, 'contributor');
    const refused = await sign(latecomer, round.id, 'approve');
    expect(outcome(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toContain('not asked to sign off on this round');
    const next = await gql(REQUEST, { id: question.id }, lead);
    expect(
      next.data.requestRegistration.signOffs.map(
        (s: { organisation: { id: string } }) => s.organisation.id,
      ),
    ).toEqual([owner.id, late.id]);
  });

  it('supersedes an open round with a new request', async () => {
    const question = await preparedQuestion(['Tweede ronde']);
    const first = await requested(question.id);
    await sign(people.lead, first.id, 'approve');
    const second = await requested(question.id);
    expect(second).toMatchObject({ round: 2, status: 'requested' });
    expect(second.signOffs.every((s: { decision: unknown }) => s.decision === null)).toBe(true);
    expect(outcome(await sign(people.moderatorA, first.id, 'approve'))).toBe('CONFLICT');
    const state = await gql(STATE, { id: question.id }, people.lead);
    expect(state.data.question.registrations.map((r: { status: string }) => r.status)).toEqual([
      'requested',
      'superseded',
    ]);
  });

  it('registers once when the last two approvals race, and keeps one open round when requests race', async () => {
    const question = await preparedQuestion(['Gelijktijdig']);
    const round = await requested(question.id);
    await sign(people.lead, round.id, 'approve');
    const results = await Promise.all([
      sign(people.moderatorA, round.id, 'approve'),
      sign(people.contributorB, round.id, 'approve'),
    ]);
    expect(results.map(outcome)).toEqual(['OK', 'OK']);
    let state = await gql(STATE, { id: question.id }, people.lead);
    expect(state.data.question.registration?.id).toBe(round.id);

    const other = await preparedQuestion(['Twee verzoeken']);
    await Promise.all([requested(other.id), requested(other.id)]);
    state = await gql(STATE, { id: other.id }, people.lead);
    expect(state.data.question.registrations.map((r: { status: string }) => r.status)).toEqual([
      'requested',
      'superseded',
    ]);
  });

  it('refuses a request while an organisation has nobody who may sign for it', async () => {
    const silent = await f.organisation('Zwijgende Partner');
    const observer = await f.user(silent);
    const project = await f.project(people.lead.token, {
      title: 'Project met stille partner',
      partnerOrganisationIds: [silent.id],
    });
    await f.member(people.lead.token, project.id, observer.user.id, 'observer');
    const question = await f.question(people.lead.token, project.id);
    await f.hypothesis(people.lead.token, question.id);
    const result = await gql(REQUEST, { id: question.id }, people.lead);
    expect(outcome(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('Zwijgende Partner');
  });

  it('lists edits made after registration as deviations, the registered content unchanged', async () => {
    const question = await preparedQuestion(['Hoofdvraag', 'Waar ontstaan schulden?']);
    const round = await requested(question.id);
    for (const who of [people.lead, people.moderatorA, people.contributorB])
      expect(outcome(await sign(who, round.id, 'approve'))).toBe('OK');

    // The body, edited through the real collaboration path by a contributor's editor.
    const editor = stockClient(`${test.url.replace('http', 'ws')}/collab`, question.documentName, {
      token: people.contributorB.token,
    });
    clients.push(editor);
    await editor.synced();
    editor.doc.transact(() => {
      const body = editor.doc.getXmlFragment(BODY_FIELD);
      body.delete(1, 1);
      writeParagraph(editor.doc, 'Waar en wanneer ontstaan schulden?');
    });
    // The server's copy of the open document, as the registration reads it.
    const live = () =>
      test.app.get<CollabRuntime>(COLLAB_RUNTIME).server.getDocument(question.documentName);
    await waitUntil(
      () => bodyText(live() ?? new Y.Doc()).includes('wanneer'),
      'the server has the edit',
    );

    // And the hypotheses: one reworded, one moved on, one added.
    const [first, second] = question.hypotheses;
    const update = await gql(
      `mutation($input: UpdateHypothesisInput!) { updateHypothesis(input: $input) { id } }`,
      { input: { id: first.id, statement: 'Schulden stijgen na baanverlies' } },
      people.lead,
    );
    expect(update.errors).toBeUndefined();
    await f.transition(people.lead.token, second.id, 'under_investigation');
    const added = await f.hypothesis(people.lead.token, question.id, {
      statement: 'Huurachterstand gaat schulden vooraf',
    });
    const renamed = await gql(
      'mutation($input: RenameQuestionInput!) { renameQuestion(input: $input) { id } }',
      { input: { id: question.id, title: 'Welke buurten lopen risico?' } },
      people.lead,
    );
    expect(renamed.errors).toBeUndefined();

    const state = await gql(STATE, { id: question.id }, people.observerA);
    const registration = state.data.question.registration;
    expect(registration.contentHash).toBe(round.contentHash);
    expect(registration.bodyText).toBe('Hoofdvraag\nWaar ontstaan schulden?');
    expect(registration.hypotheses.map((h: { statement: string }) => h.statement)).toEqual([
      'Schulden stijgen na ontslag',
      'Armoede daalt met vroege schuldhulp',
    ]);
    const deviations = registration.deviations as Array<Record<string, unknown>>;
    expect(deviations.map((d) => [d['kind'], d['hypothesisId'], d['field']])).toEqual([
      ['title_changed', null, null],
      ['text_changed', null, null],
      ['hypothesis_changed', first.id, 'statement'],
      ['hypothesis_changed', second.id, 'status'],
      ['hypothesis_added', added.id, null],
    ]);
    expect(deviations[0]).toMatchObject({
      before: 'Welke wijken lopen risico?',
      after: 'Welke buurten lopen risico?',
    });
    expect(deviations[1]).toMatchObject({
      lines: [
        { change: 'removed', text: 'Waar ontstaan schulden?' },
        { change: 'added', text: 'Waar en wanneer ontstaan schulden?' },
      ],
      summary: 'Question text changed: 1 line added, 1 line removed.',
    });
    expect(deviations[2]).toMatchObject({
      before: 'Schulden stijgen na ontslag',
      after: 'Schulden stijgen na baanverlies',
    });
    expect(deviations[3]).toMatchObject({ before: 'proposed', after: 'under_investigation' });
  });
});
