import { DataSource, In } from 'typeorm';
import { Activity } from '../activity/activity.entity';
import { ProjectMember } from '../projects/project-member.entity';
import { fixtures } from '../testing/fixtures';
import { TEST_DATABASE } from '../testing/test-database';
import { outcome, startTestApp, type TestApp } from '../testing/test-app';
import { UnitOfWork } from './unit-of-work';

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`;
const PUT_MEMBER = `mutation($input: ProjectMemberInput!) { putProjectMember(input: $input) { role } }`;
const REMOVE_MEMBER = `mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) }`;

describe(`${UnitOfWork.name} on ${TEST_DATABASE}`, () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
  });
  afterAll(() => test?.close());

  const activitiesOf = (projectIds: string[]) =>
    test.app
      .get(DataSource)
      .getRepository(Activity)
      .findBy({ projectId: In(projectIds) });

  it('lets ten concurrent createProject mutations all succeed, each with exactly one activity row', async () => {
    const organisation = await f.organisation();
    const people = await Promise.all([f.user(organisation), f.user(organisation)]);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        test.gql(
          CREATE,
          { input: { title: `Gelijktijdig project ${i}`, goal: 'Tegelijk aangemaakt' } },
          { token: people[i % 2].token },
        ),
      ),
    );
    expect(results.map(outcome)).toEqual(Array(10).fill('OK'));
    const ids = results.map((r) => r.data.createProject.id as string);
    expect(new Set(ids).size).toBe(10);

    const activity = await activitiesOf(ids);
    expect(activity).toHaveLength(10);
    for (const id of ids) {
      expect(activity.filter((a) => a.projectId === id).map((a) => a.action)).toEqual([
        'project.created',
      ]);
    }
    const leads = await test.app
      .get(DataSource)
      .getRepository(ProjectMember)
      .findBy({ projectId: In(ids) });
    expect(leads.map((m) => m.role)).toEqual(Array(10).fill('lead'));
    for (const person of people) {
      expect(leads.filter((m) => m.userId === person.user.id)).toHaveLength(5);
      // Both see all ten: same organisation, partners visibility.
      expect(
        (await test.gql(`{ projects { id } }`, {}, { token: person.token })).data.projects,
      ).toHaveLength(10);
    }
  });

  it('keeps going when a concurrent change fails, and rolls that one back with its activity', async () => {
    const organisation = await f.organisation();
    const lead = await f.user(organisation);
    const colleague = await f.user(organisation);
    const project = await f.project(lead.token);
    const before = await activitiesOf([project.id]);

    const results = await Promise.all([
      test.gql(UPDATE, { input: { id: project.id, phase: 'pilot' } }, { token: lead.token }),
      // Removing the only lead fails inside the transaction, after the row was deleted.
      test.gql(
        REMOVE_MEMBER,
        { input: { projectId: project.id, userId: lead.user.id } },
        { token: lead.token },
      ),
      test.gql(
        PUT_MEMBER,
        { input: { projectId: project.id, userId: colleague.user.id, role: 'contributor' } },
        { token: lead.token },
      ),
      test.gql(
        UPDATE,
        { input: { id: project.id, title: 'Na de mislukte wijziging' } },
        { token: lead.token },
      ),
    ]);
    expect(results.map(outcome)).toEqual(['OK', 'CONFLICT', 'OK', 'OK']);

    const after = await activitiesOf([project.id]);
    expect(after.length - before.length).toBe(3);
    expect(after.map((a) => a.action)).not.toContain('project.member.removed');
    const read = await test.gql(
      `query($id: ID!) { project(id: $id) { title phase members { role user { id } } } }`,
      { id: project.id },
      {
        token: lead.token,
      },
    );
    expect(read.data.project).toMatchObject({ title: 'Na de mislukte wijziging', phase: 'pilot' });
    expect(read.data.project.members).toEqual(
      expect.arrayContaining([
        { role: 'lead', user: { id: lead.user.id } },
        { role: 'contributor', user: { id: colleague.user.id } },
      ]),
    );
  });

  describe('concurrent changes to one project', () => {
    const ROUNDS = 5;

    it('all apply when they touch different fields (no lost update)', async () => {
      const lead = await f.user(await f.organisation());
      const changes = [
        { phase: 'pilot' },
        { title: 'Nieuwe titel' },
        { goal: 'Nieuw doel' },
        { visibility: 'public' },
        { societalObjective: 'Nieuw' },
      ];
      for (let round = 0; round < ROUNDS; round++) {
        const project = await f.project(lead.token);
        const results = await Promise.all(
          changes.map((change) =>
            test.gql(UPDATE, { input: { id: project.id, ...change } }, { token: lead.token }),
          ),
        );
        expect(results.map(outcome)).toEqual(changes.map(() => 'OK'));
        const read = await test.gql(
          `query($id: ID!) { project(id: $id) { phase title goal visibility societalObjective } }`,
          { id: project.id },
          {
            token: lead.token,
          },
        );
        expect([round, read.data.project]).toEqual([round, Object.assign({}, ...changes)]);
      }
    });

    it('never leave a project without a lead, even when two leads demote each other at once', async () => {
      const organisation = await f.organisation();
      const [a, b] = [await f.user(organisation), await f.user(organisation)];
      for (let round = 0; round < ROUNDS; round++) {
        const project = await f.project(a.token);
        await f.member(a.token, project.id, b.user.id, 'lead');
        const results = await Promise.all([
          test.gql(
            PUT_MEMBER,
            { input: { projectId: project.id, userId: b.user.id, role: 'observer' } },
            { token: a.token },
          ),
          test.gql(
            PUT_MEMBER,
            { input: { projectId: project.id, userId: a.user.id, role: 'observer' } },
            { token: b.token },
          ),
        ]);
        expect(results.map(outcome).filter((o) => o === 'OK')).toHaveLength(1);
        const roles = await test.app
          .get(DataSource)
          .getRepository(ProjectMember)
          .findBy({ projectId: project.id });
        expect([round, roles.filter((m) => m.role === 'lead')]).toEqual([
          round,
          [expect.anything()],
        ]);
      }
    });
  });

  it('runs work after commit only, never for a rolled-back transaction', async () => {
    const unitOfWork = test.app.get(UnitOfWork);
    const effects: string[] = [];
    await unitOfWork.run(async (m) => unitOfWork.afterCommit(m, () => effects.push('committed')));
    await expect(
      unitOfWork.run(async (m) => {
        unitOfWork.afterCommit(m, () => effects.push('rolled back'));
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect(effects).toEqual(['committed']);
  });
});
