import { UnitOfWork } from '../database/unit-of-work';
import type { Organisation } from '../organisations/organisation.entity';
import { ProjectsRepository } from '../projects/projects.repository';
import { fixtures } from '../testing/fixtures';
import { liveSubscription, quietFor, type LiveSubscription } from '../testing/live-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { TEST_REDIS_URL } from '../testing/test-database';

const CHANGED = `subscription($projectId: ID!) {
  hypothesisChanged(projectId: $projectId) {
    id status statement tags owner { id } allowedTransitions history { to by { id } }
  }
}`;

interface Card {
  id: string;
  status: string;
  statement: string;
  tags: string[];
  owner: { id: string };
  allowedTransitions: string[];
  history: Array<{ to: string; by: { id: string } }>;
}

type Person = Awaited<ReturnType<ReturnType<typeof fixtures>['user']>>;

const removeMember = (instance: TestApp, lead: Person, projectId: string, userId: string) =>
  instance.gql(
    `mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) }`,
    { input: { projectId, userId } },
    { token: lead.token },
  );

const updateHypothesis = (instance: TestApp, token: string, input: Record<string, unknown>) =>
  instance.gql(
    `mutation($input: UpdateHypothesisInput!) { updateHypothesis(input: $input) { id } }`,
    { input },
    { token },
  );

describe('hypothesisChanged (graphql-ws, one instance)', () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let org: Organisation;
  let lead: Person;
  let contributor: Person;
  const subscriptions: LiveSubscription<Card>[] = [];

  const subscribe = async (projectId: string, auth: { token?: string; cookie?: string }) => {
    const live = await liveSubscription<Card>(test, CHANGED, { projectId }, auth);
    subscriptions.push(live);
    return live;
  };

  /** A project with a lead and a contributor, and a question to put hypotheses under. */
  const board = async () => {
    const projectId = (await f.project(lead.token)).id;
    await f.member(lead.token, projectId, contributor.user.id, 'contributor');
    const questionId = (await f.question(lead.token, projectId)).id;
    return { projectId, questionId };
  };

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
    org = await f.organisation();
    lead = await f.user(org);
    contributor = await f.user(org);
  });
  afterAll(async () => {
    await Promise.all(subscriptions.map((s) => s.client.dispose()));
    await test.close();
  });

  it('delivers every kind of change, each read afresh as the subscriber', async () => {
    const { projectId, questionId } = await board();
    const live = await subscribe(projectId, { token: contributor.token });

    const { id } = await f.hypothesis(lead.token, questionId, { tags: ['schulden'] });
    await live.until((s) => s.events.length === 1, 'the proposal');
    expect(live.events[0]).toMatchObject({ id, status: 'proposed', tags: ['schulden'] });
    // The contributor does not own it, so they may not withdraw it: fields are theirs, not the lead's.
    expect(live.events[0].allowedTransitions).toEqual(['under_investigation']);

    expect(
      (await updateHypothesis(test, lead.token, { id, statement: 'Scherper', tags: ['wijk'] }))
        .errors,
    ).toBeUndefined();
    await live.until((s) => s.events.length === 2, 'the edit');
    // A second event on the same socket sees new tags: nothing is served from the first one's cache.
    expect(live.events[1]).toMatchObject({ statement: 'Scherper', tags: ['wijk'] });

    expect(
      (await updateHypothesis(test, lead.token, { id, ownerId: contributor.user.id })).errors,
    ).toBeUndefined();
    await live.until((s) => s.events.length === 3, 'the reassignment');
    expect(live.events[2].owner).toEqual({ id: contributor.user.id });
    expect(live.events[2].allowedTransitions).toContain('withdrawn');

    await f.transition(contributor.token, id, 'under_investigation');
    await f.transition(lead.token, id, 'supported');
    await live.until((s) => s.events.length === 5, 'two moves');
    expect(live.events.slice(3).map((card) => card.status)).toEqual([
      'under_investigation',
      'supported',
    ]);
    expect(live.events[4].history.map((t) => [t.to, t.by.id])).toEqual([
      ['proposed', lead.user.id],
      ['under_investigation', contributor.user.id],
      ['supported', lead.user.id],
    ]);
    expect(live.errors).toEqual([]);
  });

  it('delivers a withdrawal, and nothing for a refused change', async () => {
    const { projectId, questionId } = await board();
    const { id } = await f.hypothesis(contributor.token, questionId);
    const live = await subscribe(projectId, { cookie: `ketenlab_session=${lead.token}` });
    const refused = await test.gql(
      `mutation($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { id } }`,
      { input: { hypothesisId: id, to: 'supported' } },
      { token: lead.token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await f.transition(contributor.token, id, 'withdrawn');
    await live.until((s) => s.events.length >= 1, 'the withdrawal');
    await quietFor(100);
    expect(live.events.map((card) => [card.id, card.status])).toEqual([[id, 'withdrawn']]);
  });

  it('refuses anonymous callers and outsiders when they subscribe', async () => {
    const { projectId, questionId } = await board();
    const outsider = await f.user(await f.organisation());
    const anonymous = await subscribe(projectId, {});
    const stranger = await subscribe(projectId, { token: outsider.token });
    await f.hypothesis(lead.token, questionId);
    await quietFor(200);
    expect(anonymous.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(stranger.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect([...anonymous.events, ...stranger.events]).toEqual([]);
  });

  it('tells a member who is removed FORBIDDEN once and ends their subscription', async () => {
    const { projectId, questionId } = await board();
    const theirs = await subscribe(projectId, { token: contributor.token });
    const mine = await subscribe(projectId, { token: lead.token });
    expect((await removeMember(test, lead, projectId, contributor.user.id)).errors).toBeUndefined();
    await theirs.until((s) => s.completed, 'the end of the removed member’s subscription');
    expect(theirs.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

    await f.hypothesis(lead.token, questionId, { statement: 'Na de verwijdering' });
    await mine.until((s) => s.events.length === 1, 'the lead’s event');
    await quietFor(100);
    expect(theirs.events).toEqual([]);
  });

  it('stops delivering once the socket’s session is signed out', async () => {
    const { projectId, questionId } = await board();
    const session = await f.session(contributor.user);
    const theirs = await subscribe(projectId, { token: session });
    const signedOut = await test.gql('mutation { signOut }', {}, { token: session });
    expect(signedOut.errors).toBeUndefined();
    await f.hypothesis(lead.token, questionId, { statement: 'Na het uitloggen' });
    await theirs.until((s) => s.completed, 'the end of the signed-out subscription');
    expect(theirs.events).toEqual([]);
    expect(theirs.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('stops delivering when access is lost without an announcement (checked per event)', async () => {
    const { projectId, questionId } = await board();
    const observer = await f.user(org);
    await f.member(lead.token, projectId, observer.user.id, 'observer');
    const theirs = await subscribe(projectId, { token: observer.token });
    // Straight in the database, as an operator would: no access-change event is published.
    await test.app
      .get(UnitOfWork)
      .run((m) => test.app.get(ProjectsRepository).removeMember(m, projectId, observer.user.id));
    await f.hypothesis(lead.token, questionId);
    await theirs.until((s) => s.completed, 'the end of the subscription');
    expect(theirs.events).toEqual([]);
    expect(theirs.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

/** Two instances on one database and Redis, as behind a load balancer (the PostgreSQL pass). */
const describeWithRedis = TEST_REDIS_URL ? describe : describe.skip;
if (!TEST_REDIS_URL) {
  process.stderr.write(
    'hypothesisChanged across instances skipped: needs KETENLAB_TEST_REDIS_URL\n',
  );
}

describeWithRedis('hypothesisChanged across two instances (Redis)', () => {
  let a: TestApp;
  let b: TestApp;
  let f: ReturnType<typeof fixtures>;
  let org: Organisation;
  let lead: Person;
  let contributor: Person;
  let projectId: string;
  let questionId: string;
  const subscriptions: LiveSubscription<Card>[] = [];

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({}, { joining: a });
    f = fixtures(a);
    org = await f.organisation();
    lead = await f.user(org);
    contributor = await f.user(org);
    projectId = (await f.project(lead.token)).id;
    await f.member(lead.token, projectId, contributor.user.id, 'contributor');
    questionId = (await f.question(lead.token, projectId)).id;
  });
  afterAll(async () => {
    await Promise.all(subscriptions.map((s) => s.client.dispose()));
    await b?.close();
    await a?.close();
  });

  const subscribe = async (instance: TestApp, token: string) => {
    const live = await liveSubscription<Card>(instance, CHANGED, { projectId }, { token });
    subscriptions.push(live);
    return live;
  };

  it('brings a change made on A to a subscriber on B, and one made on B to A', async () => {
    const onB = await subscribe(b, contributor.token);
    const onA = await subscribe(a, lead.token);
    const { id } = await f.hypothesis(lead.token, questionId, { tags: ['over redis'] });
    await onB.until((s) => s.events.length === 1, 'the proposal on B');
    expect(onB.events[0]).toMatchObject({ id, status: 'proposed', tags: ['over redis'] });

    const moved = await b.gql(
      `mutation($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { id } }`,
      { input: { hypothesisId: id, to: 'under_investigation' } },
      { token: contributor.token },
    );
    expect(moved.errors).toBeUndefined();
    await onA.until((s) => s.events.length === 2, 'the move on A');
    expect(onA.events.map((card) => card.status)).toEqual(['proposed', 'under_investigation']);
    expect(onA.events[1].history.at(-1)?.by).toEqual({ id: contributor.user.id });
  });

  it('ends the subscription on B of a member removed on A, and delivers nothing more', async () => {
    const colleague = await f.user(org);
    await f.member(lead.token, projectId, colleague.user.id, 'observer');
    const theirs = await subscribe(b, colleague.token);
    const mine = await subscribe(b, lead.token);
    expect((await removeMember(a, lead, projectId, colleague.user.id)).errors).toBeUndefined();
    await theirs.until((s) => s.completed, 'the end of the removed member’s subscription on B');
    expect(theirs.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

    await f.hypothesis(lead.token, questionId, { statement: 'Na de verwijdering' });
    await mine.until((s) => s.events.length === 1, 'the lead’s event on B');
    await quietFor(150);
    expect(theirs.events).toEqual([]);
  });
});
