import type { Organisation } from '../organisations/organisation.entity';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { fixtures } from '../testing/fixtures';
import { liveSubscription, quietFor, type LiveSubscription } from '../testing/live-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { TEST_REDIS_URL } from '../testing/test-database';
import { NotificationsService } from './notifications.service';

type Person = Awaited<ReturnType<ReturnType<typeof fixtures>['user']>>;

const LIST = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    items { id kind projectId projectTitle objectType objectId title fromStatus toStatus readAt actor { id } }
    hasMore endCursor
  }
}`;
const COUNT = `{ unreadNotificationCount }`;
const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;
const ADDED = `subscription { notificationAdded { id kind title objectId actor { id } } }`;

interface Item {
  id: string;
  kind: string;
  title: string;
  objectId: string;
  readAt: string | null;
  [key: string]: unknown;
}

/** A sign-off request straight through the service, as the module that asks for one calls it. */
function requestSignOff(
  instance: TestApp,
  request: { projectId: string; recipientIds: string[]; requestedById: string; title: string },
) {
  return instance.app.get(UnitOfWork).run((m) =>
    instance.app.get(NotificationsService).signOffRequested(m, {
      ...request,
      objectType: 'preregistration',
      objectId: '7d1c1f7e-2a55-4d8e-9e0f-0c1d2e3f4a5b',
    }),
  );
}

describe(NotificationsService.name, () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let org: Organisation;
  let lead: Person;
  let contributor: Person;
  let projectId: string;
  let questionId: string;
  const subscriptions: LiveSubscription<Item>[] = [];

  const list = async (person: Person, variables: Record<string, unknown> = {}) => {
    const result = await test.gql(LIST, variables, { token: person.token });
    expect(result.errors).toBeUndefined();
    return result.data.notifications as { items: Item[]; hasMore: boolean; endCursor: string };
  };
  const count = async (person: Person) =>
    (await test.gql(COUNT, {}, { token: person.token })).data.unreadNotificationCount as number;

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
    org = await f.organisation();
    lead = await f.user(org);
    projectId = (await f.project(lead.token, { title: 'Armoede in beeld' })).id;
    questionId = (await f.question(lead.token, projectId)).id;
  });
  beforeEach(async () => {
    contributor = await f.user(org);
    await f.member(lead.token, projectId, contributor.user.id, 'contributor');
  });
  afterAll(async () => {
    await Promise.all(subscriptions.map((s) => s.client.dispose()));
    await test.close();
  });

  it('tells the owner when someone else moves their hypothesis, not when they move it', async () => {
    const mine = await f.hypothesis(contributor.token, questionId, { statement: 'Van mij' });
    await f.transition(contributor.token, mine.id, 'under_investigation');
    expect(await list(contributor)).toEqual({ items: [], hasMore: false, endCursor: null });

    await f.transition(lead.token, mine.id, 'refuted');
    const { items } = await list(contributor);
    expect(items).toEqual([
      {
        id: expect.any(String),
        kind: 'hypothesis_status_changed',
        projectId,
        projectTitle: 'Armoede in beeld',
        objectType: 'hypothesis',
        objectId: mine.id,
        title: 'Van mij',
        fromStatus: 'under_investigation',
        toStatus: 'refuted',
        readAt: null,
        actor: { id: lead.user.id },
      },
    ]);
    expect(await count(contributor)).toBe(1);
    // The lead moved it and owns nothing here: nothing for them.
    expect(await count(lead)).toBe(0);
  });

  it('tells nobody who may no longer read what it quotes', async () => {
    const hypothesis = await f.hypothesis(contributor.token, questionId, { statement: 'Weg' });
    const stranger = await f.user(await f.organisation());
    const removal = await test.gql(
      `mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) }`,
      { input: { projectId, userId: contributor.user.id } },
      { token: lead.token },
    );
    expect(removal.errors).toBeUndefined();
    // Still the owner, no longer a member: the move is not theirs to hear about.
    await f.transition(lead.token, hypothesis.id, 'under_investigation');
    await requestSignOff(test, {
      projectId,
      recipientIds: [stranger.user.id],
      requestedById: lead.user.id,
      title: 'Niet voor buitenstaanders',
    });
    expect(await count(contributor)).toBe(0);
    expect(await count(stranger)).toBe(0);
  });

  it('marks read by id or all, only your own, and refuses unclear or foreign requests', async () => {
    const other = await f.user(org);
    await f.member(lead.token, projectId, other.user.id, 'observer');
    await requestSignOff(test, {
      projectId,
      recipientIds: [contributor.user.id, contributor.user.id, lead.user.id, other.user.id],
      requestedById: lead.user.id,
      title: 'Preregistratie schulden',
    });
    await requestSignOff(test, {
      projectId,
      recipientIds: [contributor.user.id],
      requestedById: lead.user.id,
      title: 'Tweede verzoek',
    });
    // Asked once each, and the one who asked is not told.
    expect(await count(contributor)).toBe(2);
    expect(await count(other)).toBe(1);
    expect(await count(lead)).toBe(0);

    const [newest, oldest] = (await list(contributor)).items;
    expect([newest.title, oldest.title]).toEqual(['Tweede verzoek', 'Preregistratie schulden']);
    const theirs = (await list(other)).items[0];

    const foreign = await test.gql(
      MARK,
      { input: { ids: [newest.id, theirs.id] } },
      { token: contributor.token },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count(contributor)).toBe(2);
    expect(await count(other)).toBe(1);

    for (const input of [{}, { ids: [newest.id], all: true }, { ids: ['geen-id'] }]) {
      const refused = await test.gql(MARK, { input }, { token: contributor.token });
      expect([input, refused.errors?.[0]?.extensions?.code]).toEqual([input, 'BAD_USER_INPUT']);
    }

    const marked = await test.gql(
      MARK,
      { input: { ids: [oldest.id] } },
      { token: contributor.token },
    );
    expect(marked.data).toEqual({ markNotificationsRead: 1 });
    expect((await list(contributor, { unreadOnly: true })).items.map((n) => n.id)).toEqual([
      newest.id,
    ]);
    expect((await list(contributor)).items.find((n) => n.id === oldest.id)?.readAt).toEqual(
      expect.any(String),
    );

    const all = await test.gql(MARK, { input: { all: true } }, { token: contributor.token });
    expect(all.data).toEqual({ markNotificationsRead: 0 });
    expect(await count(other)).toBe(1);
  });

  it('pages newest first without losing notifications made in the same millisecond', async () => {
    // The clock stands still: the cursor must tell them apart by id.
    const stopped = jest.spyOn(test.app.get(Clock), 'now').mockReturnValue(new Date());
    for (let i = 0; i < 3; i++) {
      await requestSignOff(test, {
        projectId,
        recipientIds: [contributor.user.id],
        requestedById: lead.user.id,
        title: `Verzoek ${i}`,
      });
    }
    stopped.mockRestore();
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list(contributor, { first: 2, after });
      seen.push(...page.items.map((n) => n.title));
      if (!page.hasMore) break;
      after = page.endCursor;
    }
    // Same time, so newest first means by id: the order is the ids', and nothing is lost or repeated.
    expect(seen.sort()).toEqual(['Verzoek 0', 'Verzoek 1', 'Verzoek 2']);
    const bad = await test.gql(LIST, { after: 'bm9n' }, { token: contributor.token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('delivers a new notification live to its recipient only', async () => {
    const other = await f.user(org);
    const mineLive = await liveSubscription<Item>(test, ADDED, {}, { token: contributor.token });
    const otherLive = await liveSubscription<Item>(test, ADDED, {}, { token: other.token });
    const anonymous = await liveSubscription<Item>(test, ADDED, {}, {});
    subscriptions.push(mineLive, otherLive, anonymous);

    const hypothesis = await f.hypothesis(lead.token, questionId, {
      statement: 'Live verteld',
      ownerId: contributor.user.id,
    });
    await f.transition(lead.token, hypothesis.id, 'under_investigation');
    await mineLive.until((s) => s.events.length === 1, 'the notification');
    expect(mineLive.events[0]).toMatchObject({
      kind: 'hypothesis_status_changed',
      title: 'Live verteld',
      objectId: hypothesis.id,
      actor: { id: lead.user.id },
    });
    await quietFor(150);
    expect(otherLive.events).toEqual([]);
    expect(anonymous.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('ends notificationAdded with UNAUTHENTICATED once the socket’s session is signed out', async () => {
    const session = await f.session(contributor.user);
    const live = await liveSubscription<Item>(test, ADDED, {}, { token: session });
    subscriptions.push(live);
    expect((await test.gql('mutation { signOut }', {}, { token: session })).errors).toBeUndefined();
    await requestSignOff(test, {
      projectId,
      recipientIds: [contributor.user.id],
      requestedById: lead.user.id,
      title: 'Na het uitloggen',
    });
    await live.until((s) => s.completed, 'the end of the subscription');
    expect(live.events).toEqual([]);
    expect(live.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});

const describeWithRedis = TEST_REDIS_URL ? describe : describe.skip;

describeWithRedis('notificationAdded across two instances (Redis)', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({}, { joining: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('reaches the recipient subscribed on B when A makes it', async () => {
    const f = fixtures(a);
    const org = await f.organisation();
    const lead = await f.user(org);
    const reviewer = await f.user(org);
    const projectId = (await f.project(lead.token)).id;
    await f.member(lead.token, projectId, reviewer.user.id, 'contributor');
    const onB = await liveSubscription<Item>(b, ADDED, {}, { token: reviewer.token });
    const leadOnB = await liveSubscription<Item>(b, ADDED, {}, { token: lead.token });
    try {
      await requestSignOff(a, {
        projectId,
        recipientIds: [reviewer.user.id],
        requestedById: lead.user.id,
        title: 'Over twee instanties',
      });
      await onB.until((s) => s.events.length === 1, 'the notification on B');
      expect(onB.events[0]).toMatchObject({
        kind: 'sign_off_requested',
        title: 'Over twee instanties',
      });
      await quietFor(150);
      expect(leadOnB.events).toEqual([]);
    } finally {
      await Promise.all([onB.client.dispose(), leadOnB.client.dispose()]);
    }
  });
});
