import { UnitOfWork } from '../database/unit-of-work';
import { fixtures } from '../testing/fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { ProjectVisitsRepository } from './project-visits.repository';
import { SinceLastVisitService } from './since-last-visit.service';

type Person = { user: { id: string }; token: string };

const CHANGES = `query($id: ID!, $first: Int) {
  project(id: $id) {
    changesSinceLastVisit(first: $first) {
      lastSeenAt total hasMore counts { action count } items { action objectId actor { id } }
    }
  }
}`;
const MARK = `mutation($id: ID!) { markProjectSeen(projectId: $id) }`;

/** Past the millisecond of the mark, so what follows is strictly later. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe(SinceLastVisitService.name, () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
  });
  afterAll(() => test.close());

  const changes = async (person: Person, projectId: string, first?: number) => {
    const result = await test.gql(CHANGES, { id: projectId, first }, { token: person.token });
    expect(result.errors).toBeUndefined();
    return result.data.project.changesSinceLastVisit;
  };
  const markSeen = async (person: Person, projectId: string) => {
    const result = await test.gql(MARK, { id: projectId }, { token: person.token });
    expect(result.errors).toBeUndefined();
    await tick();
    return result.data.markProjectSeen as string;
  };

  it('lists what others changed since you marked the project seen, counted per action', async () => {
    const org = await f.organisation();
    const lead = await f.user(org);
    const observer = await f.user(org);
    const projectId = (await f.project(lead.token)).id;
    await f.member(lead.token, projectId, observer.user.id, 'observer');

    // First visit: there is no last visit, so nothing is new, whatever happened before.
    expect(await changes(observer, projectId)).toEqual({
      lastSeenAt: null,
      total: 0,
      hasMore: false,
      counts: [],
      items: [],
    });

    const seenAt = await markSeen(observer, projectId);
    const question = await f.question(lead.token, projectId);
    const hypothesis = await f.hypothesis(lead.token, question.id);
    await f.transition(lead.token, hypothesis.id, 'under_investigation');
    await f.transition(lead.token, hypothesis.id, 'withdrawn');

    const seen = await changes(observer, projectId, 2);
    expect(seen.lastSeenAt).toBe(seenAt);
    expect(seen.total).toBe(4);
    expect(seen.counts).toEqual([
      { action: 'hypothesis.proposed', count: 1 },
      { action: 'hypothesis.statusChanged', count: 2 },
      { action: 'question.created', count: 1 },
    ]);
    expect(seen.items).toEqual([
      { action: 'hypothesis.statusChanged', objectId: hypothesis.id, actor: { id: lead.user.id } },
      { action: 'hypothesis.statusChanged', objectId: hypothesis.id, actor: { id: lead.user.id } },
    ]);
    expect(seen.hasMore).toBe(true);
    expect((await changes(observer, projectId, 0)).items).toEqual([]);

    // Marking it seen again empties the list.
    await markSeen(observer, projectId);
    expect(await changes(observer, projectId)).toMatchObject({ total: 0, items: [] });
  });

  it('leaves out your own changes and is kept per person', async () => {
    const org = await f.organisation();
    const lead = await f.user(org);
    const contributor = await f.user(org);
    const projectId = (await f.project(lead.token)).id;
    await f.member(lead.token, projectId, contributor.user.id, 'contributor');
    await markSeen(lead, projectId);
    await markSeen(contributor, projectId);

    await f.question(contributor.token, projectId, 'Door de bijdrager');
    expect((await changes(contributor, projectId)).total).toBe(0);
    expect((await changes(lead, projectId)).counts).toEqual([
      { action: 'question.created', count: 1 },
    ]);
  });

  it('counts across your projects: visited ones you still take part in only', async () => {
    const org = await f.organisation();
    const lead = await f.user(org);
    const contributor = await f.user(org);
    const [busy, quiet, left, unvisited] = await Promise.all(
      ['Druk', 'Stil', 'Verlaten', 'Nooit bezocht'].map((title) =>
        f.project(lead.token, { title }),
      ),
    );
    for (const project of [busy, quiet, left, unvisited]) {
      await f.member(lead.token, project.id, contributor.user.id, 'contributor');
    }
    for (const project of [busy, quiet, left]) await markSeen(contributor, project.id);
    await f.question(lead.token, busy.id, 'Eerste nieuwe vraag');
    await f.question(lead.token, busy.id, 'Tweede nieuwe vraag');
    await f.question(contributor.token, quiet.id, 'Door mijzelf');
    await f.question(lead.token, unvisited.id, 'Niet bezocht');
    const removal = await test.gql(
      `mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) }`,
      { input: { projectId: left.id, userId: contributor.user.id } },
      { token: lead.token },
    );
    expect(removal.errors).toBeUndefined();

    const result = await test.gql(
      '{ unseenProjectChanges { projectId total lastSeenAt } }',
      {},
      { token: contributor.token },
    );
    expect(result.errors).toBeUndefined();
    const byProject = Object.fromEntries(
      (result.data.unseenProjectChanges as Array<{ projectId: string; total: number }>).map(
        (entry) => [entry.projectId, entry.total],
      ),
    );
    expect(byProject).toEqual({ [busy.id]: 2, [quiet.id]: 0 });
  });

  it('never moves the mark back (a late request from an older tab)', async () => {
    const org = await f.organisation();
    const lead = await f.user(org);
    const projectId = (await f.project(lead.token)).id;
    const seenAt = new Date(await markSeen(lead, projectId));
    const kept = await test.app
      .get(UnitOfWork)
      .run((m) =>
        test.app
          .get(ProjectVisitsRepository)
          .markSeen(m, lead.user.id, projectId, new Date(seenAt.getTime() - 60_000)),
      );
    expect(kept).toEqual(seenAt);
    expect((await changes(lead, projectId)).lastSeenAt).toBe(seenAt.toISOString());
  });
});
