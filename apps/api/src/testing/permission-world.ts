import {
  allowsPlatform,
  allowsProject,
  isPlatformAction,
  organisationRuleOf,
  type Action,
  type PlatformRelation,
  type ProjectRelation,
} from '@ketenlab/domain';
import type { User } from '../accounts/user.entity';
import type { Organisation } from '../organisations/organisation.entity';
import { addVersion } from './dataset-versions';
import { fixtures } from './fixtures';
import { startTestApp, type TestApp } from './test-app';
import { uploadVersion } from './uploads';

/**
 * How each caller relates to the platform and to the project every case is about, and whether
 * they belong to the organisation that owns the project's datasets (the lead's, which allows
 * no other organisation to read rows in these cases; datasets.access.int-spec.ts tries that).
 * The moderator is the editor from a partner organisation whom the `owner` rules refuse.
 */
export const CALLERS = {
  anonymous: { platform: 'anonymous', project: null, datasetOwner: false },
  user: { platform: 'user', project: 'outsider', datasetOwner: false },
  admin: { platform: 'admin', project: 'outsider', datasetOwner: false },
  lead: { platform: 'user', project: 'lead', datasetOwner: true },
  moderator: { platform: 'user', project: 'moderator', datasetOwner: false },
  contributor: { platform: 'user', project: 'contributor', datasetOwner: true },
  observer: { platform: 'user', project: 'observer', datasetOwner: false },
  visitor: { platform: 'user', project: 'visitor', datasetOwner: false },
  outsider: { platform: 'user', project: 'outsider', datasetOwner: false },
} as const satisfies Record<
  string,
  { platform: PlatformRelation; project: ProjectRelation | null; datasetOwner: boolean }
>;
export type Caller = keyof typeof CALLERS;
export const CALLER_NAMES = Object.keys(CALLERS) as Caller[];

/** What the matrix says `caller` gets for `action`: the only source of expectations in the walk. */
export function expected(action: Action, caller: Caller): 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  const relation = CALLERS[caller];
  if (isPlatformAction(action)) {
    if (allowsPlatform(action, relation.platform)) return 'OK';
    return relation.platform === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  }
  if (relation.project === null) return 'UNAUTHENTICATED';
  if (!allowsProject(action, relation.project)) return 'FORBIDDEN';
  return organisationRuleOf(action) && !relation.datasetOwner ? 'FORBIDDEN' : 'OK';
}

export interface World {
  test: TestApp;
  f: ReturnType<typeof fixtures>;
  owner: Organisation;
  admin: { user: User; token: string };
  lead: { user: User; token: string };
  signIn: { user: User };
  callers: Record<Exclude<Caller, 'anonymous'>, { user: User; token: string }>;
  projectId: string;
  /** A question of the project, for hypotheses that cases create. */
  questionId: string;
}

/** The session token `caller` sends; the anonymous caller sends none. */
export function tokenOf(world: World, caller: Caller): string | undefined {
  return caller === 'anonymous' ? undefined : world.callers[caller].token;
}

let unique = 0;
/** A name part no other call in the file has used, for things that must be unique. */
export const next = () => `${++unique}-${Math.random().toString(36).slice(2, 8)}`;

/** A fresh open report, filed by the lead about a fresh dataset of the project. */
export async function report(w: World) {
  return w.f.qualityReport(w.lead.token, (await w.f.dataset(w.lead.token, w.projectId)).id);
}

/** A fresh "data changed since" flag: a hypothesis cites a dataset that then gets a version. */
export async function dataChangeFlag(w: World): Promise<string> {
  const dataset = await w.f.dataset(w.lead.token, w.projectId);
  const hypothesis = await w.f.hypothesis(w.lead.token, w.questionId);
  await w.f.transition(w.lead.token, hypothesis.id, 'under_investigation', {
    rationale: '',
    evidence: [{ kind: 'dataset', targetId: dataset.id }],
  });
  await addVersion(w.test, w.lead.user, dataset.id, ['wijk']);
  const result = await w.test.gql(
    'query($id: ID!) { hypothesis(id: $id) { dataChanges { id } } }',
    { id: hypothesis.id },
    { token: w.lead.token },
  );
  return result.data.hypothesis.dataChanges[0].id;
}

/**
 * Boots the app before the spec file's tests and seeds the world every permission spec walks:
 * a project of a municipality shared with a partner, a user for each caller and something of
 * every kind in the project. Closes the app after. Returns the world, to read inside tests.
 */
export function usePermissionWorld(): () => World {
  let test: TestApp | undefined;
  let world: World | undefined;
  beforeAll(async () => {
    test = await startTestApp();
    world = await seed(test);
  });
  afterAll(() => test?.close());
  return () => {
    if (!world) throw new Error('The permission world is seeded in beforeAll, read it in tests');
    return world;
  };
}

async function seed(test: TestApp): Promise<World> {
  const f = fixtures(test);
  const owner = await f.organisation('Gemeente Matrix', 'municipality');
  const partner = await f.organisation('Partner Matrix');
  const lead = await f.user(owner, { name: 'Lead' });
  const project = await f.project(lead.token, {
    visibility: 'partners',
    partnerOrganisationIds: [partner.id],
  });
  const callers = {
    lead,
    moderator: await f.user(partner, { name: 'Moderator' }),
    contributor: await f.user(owner, { name: 'Contributor' }),
    observer: await f.user(partner, { name: 'Observer' }),
    visitor: await f.user(partner, { name: 'Visitor' }),
    user: await f.user(await f.organisation('Los'), { name: 'User' }),
    admin: await f.user(await f.organisation('Beheer'), { isAdmin: true, name: 'Admin' }),
    outsider: await f.user(await f.organisation('Elders'), { name: 'Outsider' }),
  };
  for (const role of ['moderator', 'contributor', 'observer'] as const) {
    await f.member(lead.token, project.id, callers[role].user.id, role);
  }
  // Something on the board, a saved version and a registration round on its question, so
  // that their fields are exercised for every reader.
  const boardQuestion = await f.question(lead.token, project.id);
  await f.hypothesis(lead.token, boardQuestion.id);
  await f.questionVersion(lead.token, boardQuestion.id);
  await f.registration(lead.token, boardQuestion.id);
  const dataset = await f.dataset(lead.token, project.id);
  const uploaded = await uploadVersion(
    test,
    { token: lead.token },
    project.id,
    dataset.id,
    'wijk;aantal\nA;1\nB;2\n',
    'wijken.csv',
  );
  if (uploaded.status !== 201) throw new Error(JSON.stringify(uploaded.body));
  // The outsider leads a project of their own: relations must not leak between projects.
  await f.project(callers.outsider.token, { title: 'Project elders', visibility: 'private' });
  const world: World = {
    test,
    f,
    owner,
    admin: callers.admin,
    lead,
    signIn: await f.user(owner, { name: 'Aanmelder' }),
    callers,
    projectId: project.id,
    questionId: boardQuestion.id,
  };
  // A report with a thread and an acknowledged flag, so their fields are exercised too.
  const answered = await report(world);
  await test.gql(
    'mutation($input: ReplyToQualityReportInput!) { replyToQualityReport(input: $input) { id } }',
    { input: { reportId: answered.id, message: 'Wordt bekeken.' } },
    { token: lead.token },
  );
  await test.gql(
    'mutation($id: ID!) { acknowledgeDataChange(id: $id) { id } }',
    { id: await dataChangeFlag(world) },
    { token: lead.token },
  );
  return world;
}
