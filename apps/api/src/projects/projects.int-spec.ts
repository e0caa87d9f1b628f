import { fixtures } from '../testing/fixtures';
import { outcome, startTestApp, type TestApp } from '../testing/test-app';

describe('projects', () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
  });
  afterAll(() => test.close());

  it('creates a project owned by the creator, who becomes lead, and records it', async () => {
    const gemeente = await f.organisation('Gemeente Test', 'municipality');
    const { user, token } = await f.user(gemeente);
    const project = await f.project(token, { title: 'Armoede in Noord' });
    const read = await test.gql(
      `query($id: ID!) { project(id: $id) { title phase visibility myRelation ownerOrganisation { name }
         members { role user { id } } activity { items { action actor { id } origin } } } }`,
      { id: project.id },
      { token },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.project).toMatchObject({
      title: 'Armoede in Noord',
      phase: 'idea',
      visibility: 'partners',
      myRelation: 'lead',
      ownerOrganisation: { name: 'Gemeente Test' },
      members: [{ role: 'lead', user: { id: user.id } }],
    });
    expect(read.data.project.activity.items).toEqual([
      { action: 'project.created', actor: { id: user.id }, origin: 'api' },
    ]);
  });

  it('refuses invalid input naming the field, and writes nothing', async () => {
    const org = await f.organisation();
    const { token } = await f.user(org);
    const before = await test.gql(`{ projects { id } }`, {}, { token });
    const result = await test.gql(
      `mutation { createProject(input: { title: "x", goal: "y" }) { id } }`,
      {},
      { token },
    );
    expect(outcome(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('title');
    expect(result.errors![0].message).toMatch(/title/);
    const after = await test.gql(`{ projects { id } }`, {}, { token });
    expect(after.data.projects).toEqual(before.data.projects);
  });

  it('keeps at least one lead', async () => {
    const org = await f.organisation();
    const { user, token } = await f.user(org);
    const project = await f.project(token);
    const demote = await test.gql(
      `mutation($input: ProjectMemberInput!) { putProjectMember(input: $input) { role } }`,
      { input: { projectId: project.id, userId: user.id, role: 'contributor' } },
      { token },
    );
    expect(outcome(demote)).toBe('CONFLICT');
    const still = await test.gql(
      `query($id: ID!) { project(id: $id) { myRelation } }`,
      { id: project.id },
      { token },
    );
    expect(still.data.project.myRelation).toBe('lead');
  });

  it('admits members only from the owner and partner organisations', async () => {
    const owner = await f.organisation();
    const partner = await f.organisation();
    const stranger = await f.organisation();
    const { token } = await f.user(owner);
    const fromPartner = await f.user(partner);
    const fromStranger = await f.user(stranger);
    const project = await f.project(token, { partnerOrganisationIds: [partner.id] });
    await f.member(token, project.id, fromPartner.user.id, 'contributor');
    const refused = await test.gql(
      `mutation($input: ProjectMemberInput!) { putProjectMember(input: $input) { role } }`,
      { input: { projectId: project.id, userId: fromStranger.user.id, role: 'observer' } },
      { token },
    );
    expect(outcome(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.field).toBe('userId');
  });

  it('shows projects by visibility: private to members, partners to partner organisations, public to all', async () => {
    const owner = await f.organisation();
    const partner = await f.organisation();
    const other = await f.organisation();
    const { token } = await f.user(owner);
    const partnerUser = await f.user(partner);
    const otherUser = await f.user(other);
    const priv = await f.project(token, {
      title: 'Privé project',
      visibility: 'private',
      partnerOrganisationIds: [partner.id],
    });
    const part = await f.project(token, {
      title: 'Partnerproject',
      visibility: 'partners',
      partnerOrganisationIds: [partner.id],
    });
    const pub = await f.project(token, { title: 'Openbaar project', visibility: 'public' });
    const seen = async (t: string) =>
      (
        (await test.gql(`{ projects { id } }`, {}, { token: t })).data.projects as Array<{
          id: string;
        }>
      ).map((p) => p.id);
    expect(await seen(partnerUser.token)).toEqual(expect.arrayContaining([part.id, pub.id]));
    expect(await seen(partnerUser.token)).not.toContain(priv.id);
    expect(await seen(otherUser.token)).toContain(pub.id);
    expect(await seen(otherUser.token)).not.toContain(part.id);
    const hidden = await test.gql(
      `query($id: ID!) { project(id: $id) { id } }`,
      { id: priv.id },
      { token: partnerUser.token },
    );
    const missing = await test.gql(
      `query($id: ID!) { project(id: $id) { id } }`,
      { id: '00000000-0000-4000-8000-000000000000' },
      { token: partnerUser.token },
    );
    expect(outcome(hidden)).toBe('FORBIDDEN');
    expect(hidden.errors![0].message).toBe(missing.errors![0].message);
  });

  it('updates fields and partners, and the lead rule holds when removing', async () => {
    const owner = await f.organisation();
    const partner = await f.organisation();
    const { user, token } = await f.user(owner);
    const project = await f.project(token);
    const updated = await test.gql(
      `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { title phase visibility partners { id } } }`,
      {
        input: {
          id: project.id,
          title: 'Nieuwe titel',
          phase: 'pilot',
          visibility: 'public',
          partnerOrganisationIds: [partner.id, partner.id],
        },
      },
      { token },
    );
    expect(updated.data.updateProject).toEqual({
      title: 'Nieuwe titel',
      phase: 'pilot',
      visibility: 'public',
      partners: [{ id: partner.id }],
    });
    const remove = await test.gql(
      `mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) }`,
      { input: { projectId: project.id, userId: user.id } },
      { token },
    );
    expect(outcome(remove)).toBe('CONFLICT');
  });
});
