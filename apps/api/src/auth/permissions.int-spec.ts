import {
  allowsPlatform,
  allowsProject,
  isPlatformAction,
  organisationRuleOf,
  PERMISSIONS,
  type Action,
  type PlatformRelation,
  type ProjectRelation,
} from '@ketenlab/domain';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { createClient } from 'graphql-ws';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { User } from '../accounts/user.entity';
import { UnitOfWork } from '../database/unit-of-work';
import { NotificationsService } from '../notifications/notifications.service';
import type { Organisation } from '../organisations/organisation.entity';
import { addVersion } from '../testing/dataset-versions';
import { DATASET_METADATA, fixtures, TEST_PASSWORD } from '../testing/fixtures';
import { outcome, startTestApp, type GraphqlResult, type TestApp } from '../testing/test-app';
import { uploadVersion } from '../testing/uploads';
import WebSocket from 'ws';

/**
 * The matrix walk: every query and mutation of the published schema, called by every kind of
 * caller with valid arguments, must answer exactly what libs/domain PERMISSIONS says. The
 * operations come from the schema itself, so a new operation without a case here fails.
 */
const SCHEMA = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
const OPERATIONS = [
  SCHEMA.getQueryType(),
  SCHEMA.getMutationType(),
  SCHEMA.getSubscriptionType(),
].flatMap((type) =>
  type ? Object.keys(type.getFields()).map((name) => ({ root: type.name, name })) : [],
);

/**
 * How each caller relates to the platform and to the project every case is about, and whether
 * they belong to the organisation that owns the project's datasets (the lead's, which allows
 * no other organisation to read rows in these cases; datasets.access.int-spec.ts tries that).
 * The moderator is the editor from a partner organisation whom the `owner` rules refuse.
 */
const CALLERS = {
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
type Caller = keyof typeof CALLERS;
const CALLER_NAMES = Object.keys(CALLERS) as Caller[];

/** What the matrix says `caller` gets for `action`: the only source of expectations here. */
function expected(action: Action, caller: Caller): 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  const relation = CALLERS[caller];
  if (isPlatformAction(action)) {
    if (allowsPlatform(action, relation.platform)) return 'OK';
    return relation.platform === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  }
  if (relation.project === null) return 'UNAUTHENTICATED';
  if (!allowsProject(action, relation.project)) return 'FORBIDDEN';
  return organisationRuleOf(action) && !relation.datasetOwner ? 'FORBIDDEN' : 'OK';
}

interface World {
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

interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** Sent instead of the caller's usual token (sign-out must not end the shared session). */
  token?: string;
}

interface Case {
  action: Action;
  /** Valid arguments for `caller`, preparing anything the call uses up. */
  call(world: World, caller: Caller): Call | Promise<Call>;
  /** For subscriptions: a change that makes an allowed subscriber hear something. */
  trigger?(world: World, caller: Caller): Promise<unknown>;
}

let unique = 0;
const next = () => `${++unique}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Subscribes over a real socket and reports the first thing the server says: an error code, or
 * OK when an event arrives after `trigger` makes one (an allowed subscription is otherwise silent).
 */
function subscriptionOutcome(
  test: TestApp,
  call: Call,
  trigger: () => Promise<unknown>,
): Promise<GraphqlResult> {
  const client = createClient({
    url: test.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: call.token ? { token: call.token } : {},
    retryAttempts: 0,
  });
  return new Promise<GraphqlResult>((resolve) => {
    const finish = (result: GraphqlResult) => {
      clearTimeout(timer);
      resolve(result);
      void client.dispose();
    };
    const timer = setTimeout(
      () => finish({ errors: [{ message: 'no answer', extensions: { code: 'TIMEOUT' } }] }),
      5000,
    );
    client.subscribe(
      { query: call.query, variables: call.variables },
      {
        next: (message) => finish(message as GraphqlResult),
        error: (error) =>
          finish({
            errors: (Array.isArray(error)
              ? error
              : [{ message: String(error) }]) as GraphqlResult['errors'],
          }),
        complete: () => undefined,
      },
    );
    // A round trip on the same socket: the subscription above is registered by the time it ends.
    client.subscribe(
      { query: '{ __typename }' },
      { next: () => undefined, error: () => undefined, complete: () => void trigger() },
    );
  });
}

/** A fresh open report, filed by the lead about a fresh dataset of the project. */
async function report(w: World) {
  return w.f.qualityReport(w.lead.token, (await w.f.dataset(w.lead.token, w.projectId)).id);
}

/** A fresh "data changed since" flag: a hypothesis cites a dataset that then gets a version. */
async function dataChangeFlag(w: World): Promise<string> {
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

const CASES: Record<string, Case> = {
  // Queries
  accounts: { action: 'account.read', call: () => ({ query: '{ accounts { id } }' }) },
  me: { action: 'auth.self', call: () => ({ query: '{ me { id } }' }) },
  organisations: {
    action: 'organisation.read',
    call: () => ({ query: '{ organisations { id } }' }),
  },
  personalAccessTokens: {
    action: 'auth.self',
    call: () => ({ query: '{ personalAccessTokens { id } }' }),
  },
  project: {
    action: 'project.read',
    call: (w) => ({
      query: 'query($id: ID!) { project(id: $id) { id title } }',
      variables: { id: w.projectId },
    }),
  },
  projectMemberCandidates: {
    action: 'project.members.manage',
    call: (w) => ({
      query:
        'query($id: ID!) { projectMemberCandidates(projectId: $id, query: "gebruiker") { id } }',
      variables: { id: w.projectId },
    }),
  },
  projects: { action: 'project.list', call: () => ({ query: '{ projects { id } }' }) },
  question: {
    action: 'question.read',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query: 'query($id: ID!) { question(id: $id) { id title } }',
        variables: { id: question.id },
      };
    },
  },
  questionVersion: {
    action: 'question.read',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      const version = await w.f.questionVersion(w.lead.token, question.id);
      return {
        query:
          'query($id: ID!) { questionVersion(id: $id) { id name createdBy { id name organisation { name } } } }',
        variables: { id: version.id },
      };
    },
  },
  hypothesis: {
    action: 'hypothesis.read',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      const hypothesis = await w.f.hypothesis(w.lead.token, question.id);
      return {
        query: 'query($id: ID!) { hypothesis(id: $id) { id status } }',
        variables: { id: hypothesis.id },
      };
    },
  },
  dataset: {
    action: 'dataset.read',
    call: async (w) => ({
      query: 'query($id: ID!) { dataset(id: $id) { id title } }',
      variables: { id: (await w.f.dataset(w.lead.token, w.projectId)).id },
    }),
  },
  notifications: {
    action: 'notification.read',
    call: () => ({
      query: '{ notifications(unreadOnly: true, first: 5) { items { id actor { id } } hasMore } }',
    }),
  },
  unreadNotificationCount: {
    action: 'notification.read',
    call: () => ({ query: '{ unreadNotificationCount }' }),
  },
  qualityReport: {
    action: 'qualityReport.read',
    call: async (w) => ({
      query: 'query($id: ID!) { qualityReport(id: $id) { id state } }',
      variables: { id: (await report(w)).id },
    }),
  },
  unseenProjectChanges: {
    action: 'project.list',
    call: () => ({ query: '{ unseenProjectChanges { projectId total lastSeenAt } }' }),
  },
  search: {
    action: 'search.query',
    call: () => ({ query: '{ search(query: "schulden") { objectId } }' }),
  },

  // Subscriptions (over graphql-ws; see subscriptionOutcome)
  projectActivity: {
    action: 'project.activity.read',
    call: (w) => ({
      query: 'subscription($id: ID!) { projectActivity(projectId: $id) { action } }',
      variables: { id: w.projectId },
    }),
  },
  hypothesisChanged: {
    action: 'hypothesis.read',
    call: (w) => ({
      query: 'subscription($id: ID!) { hypothesisChanged(projectId: $id) { id status tags } }',
      variables: { id: w.projectId },
    }),
    trigger: async (w) =>
      w.f.hypothesis(w.lead.token, (await w.f.question(w.lead.token, w.projectId)).id),
  },

  notificationAdded: {
    action: 'notification.read',
    call: () => ({ query: 'subscription { notificationAdded { id kind actor { id } } }' }),
    // A notification for the caller about nothing in a project, so that every caller may have
    // it (the lead is asked by the admin, everyone else by the lead).
    trigger: (w, caller) => {
      if (caller === 'anonymous') return Promise.resolve();
      const recipient = w.callers[caller].user;
      const asker = caller === 'lead' ? w.admin.user : w.lead.user;
      return w.test.app.get(UnitOfWork).run((m) =>
        w.test.app.get(NotificationsService).notify(m, {
          kind: 'sign_off_requested',
          projectId: null,
          readAction: 'project.read',
          objectType: 'preregistration',
          objectId: w.projectId,
          detail: { title: `Ondertekenen ${next()}` },
          recipientIds: [recipient.id],
          actorId: asker.id,
        }),
      );
    },
  },

  // Mutations
  markProjectSeen: {
    action: 'project.markSeen',
    call: (w) => ({
      query: 'mutation($id: ID!) { markProjectSeen(projectId: $id) }',
      variables: { id: w.projectId },
    }),
  },
  markNotificationsRead: {
    action: 'notification.markRead',
    call: () => ({
      query: 'mutation { markNotificationsRead(input: { all: true }) }',
    }),
  },
  acceptInvitation: {
    action: 'auth.acceptInvitation',
    call: async (w) => {
      const invitation = await w.f.invitation(w.admin.token, w.owner.id);
      return {
        query:
          'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }',
        variables: {
          input: { token: invitation.token, password: 'een wachtwoord van genoeg tekens' },
        },
      };
    },
  },
  createOrganisation: {
    action: 'organisation.manage',
    call: () => ({
      query:
        'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      variables: { input: { name: `Ketenpartner ${next()}`, kind: 'partner', colour: '#112233' } },
    }),
  },
  createPersonalAccessToken: {
    action: 'auth.self',
    call: () => ({
      query: 'mutation { createPersonalAccessToken(input: { name: "script" }) { token } }',
    }),
  },
  createQuestion: {
    action: 'question.create',
    call: (w) => ({
      query: 'mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }',
      variables: { input: { projectId: w.projectId, title: `Deelvraag ${next()}` } },
    }),
  },
  deleteQuestion: {
    action: 'question.delete',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query: 'mutation($id: ID!) { deleteQuestion(id: $id) }',
        variables: { id: question.id },
      };
    },
  },
  renameQuestion: {
    action: 'question.rename',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query: 'mutation($input: RenameQuestionInput!) { renameQuestion(input: $input) { id } }',
        variables: { input: { id: question.id, title: `Nieuwe titel ${next()}` } },
      };
    },
  },
  restoreQuestionVersion: {
    action: 'question.edit',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      const version = await w.f.questionVersion(w.lead.token, question.id);
      return {
        query: 'mutation($id: ID!) { restoreQuestionVersion(id: $id) }',
        variables: { id: version.id },
      };
    },
  },
  saveQuestionVersion: {
    action: 'question.edit',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query:
          'mutation($input: SaveQuestionVersionInput!) { saveQuestionVersion(input: $input) { id } }',
        variables: { input: { questionId: question.id, name: `Versie ${next()}` } },
      };
    },
  },
  setQuestionStatus: {
    action: 'question.setStatus',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query:
          'mutation($input: SetQuestionStatusInput!) { setQuestionStatus(input: $input) { status } }',
        variables: { input: { id: question.id, status: 'in_review' } },
      };
    },
  },
  proposeHypothesis: {
    action: 'hypothesis.propose',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query:
          'mutation($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) { id } }',
        variables: { input: { questionId: question.id, statement: `Stelling ${next()}` } },
      };
    },
  },
  updateHypothesis: {
    action: 'hypothesis.update',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      const hypothesis = await w.f.hypothesis(w.lead.token, question.id);
      return {
        query:
          'mutation($input: UpdateHypothesisInput!) { updateHypothesis(input: $input) { id } }',
        variables: { input: { id: hypothesis.id, statement: `Scherper ${next()}` } },
      };
    },
  },
  transitionHypothesis: {
    action: 'hypothesis.transition',
    // Starting the investigation is the move every role that may move hypotheses can make.
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      const hypothesis = await w.f.hypothesis(w.lead.token, question.id);
      return {
        query:
          'mutation($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { status } }',
        variables: { input: { hypothesisId: hypothesis.id, to: 'under_investigation' } },
      };
    },
  },
  createDataset: {
    action: 'dataset.create',
    call: (w) => ({
      query: 'mutation($input: CreateDatasetInput!) { createDataset(input: $input) { id } }',
      variables: { input: { ...DATASET_METADATA, projectId: w.projectId, title: `Set ${next()}` } },
    }),
  },
  updateDataset: {
    action: 'dataset.update',
    call: async (w) => ({
      query: 'mutation($input: UpdateDatasetInput!) { updateDataset(input: $input) { id } }',
      variables: {
        input: { id: (await w.f.dataset(w.lead.token, w.projectId)).id, title: `Ander ${next()}` },
      },
    }),
  },
  setDatasetRowAccess: {
    action: 'dataset.access.manage',
    call: async (w) => ({
      query:
        'mutation($input: SetDatasetRowAccessInput!) { setDatasetRowAccess(input: $input) { id } }',
      variables: {
        input: {
          datasetId: (await w.f.dataset(w.lead.token, w.projectId)).id,
          organisationIds: [],
        },
      },
    }),
  },
  requestRegistration: {
    action: 'question.requestRegistration',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      await w.f.hypothesis(w.lead.token, question.id);
      return {
        query: 'mutation($id: ID!) { requestRegistration(questionId: $id) { id status } }',
        variables: { id: question.id },
      };
    },
  },
  signOffRegistration: {
    action: 'question.signOffRegistration',
    // A fresh round for every caller: an organisation signs once per round. Lead and contributor
    // sign for the project's own organisation, the moderator for the partner.
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      await w.f.hypothesis(w.lead.token, question.id);
      const { id } = await w.f.registration(w.lead.token, question.id);
      return {
        query:
          'mutation($input: SignOffRegistrationInput!) { signOffRegistration(input: $input) { id } }',
        variables: { input: { registrationId: id, decision: 'approve' } },
      };
    },
  },
  fileQualityReport: {
    action: 'qualityReport.file',
    call: async (w) => ({
      query:
        'mutation($input: FileQualityReportInput!) { fileQualityReport(input: $input) { id } }',
      variables: {
        input: {
          datasetId: (await w.f.dataset(w.lead.token, w.projectId)).id,
          dimension: 'timeliness',
          description: `Verouderd ${next()}`,
        },
      },
    }),
  },
  replyToQualityReport: {
    action: 'qualityReport.reply',
    call: async (w) => ({
      query:
        'mutation($input: ReplyToQualityReportInput!) { replyToQualityReport(input: $input) { state } }',
      variables: { input: { reportId: (await report(w)).id, message: 'Welke wijk?' } },
    }),
  },
  confirmQualityReport: {
    action: 'qualityReport.handle',
    call: async (w) => ({
      query:
        'mutation($input: ConfirmQualityReportInput!) { confirmQualityReport(input: $input) { state } }',
      variables: { input: { reportId: (await report(w)).id, note: 'Klopt.' } },
    }),
  },
  rejectQualityReport: {
    action: 'qualityReport.handle',
    call: async (w) => ({
      query:
        'mutation($input: RejectQualityReportInput!) { rejectQualityReport(input: $input) { state } }',
      variables: { input: { reportId: (await report(w)).id, reason: 'Klopt wel.' } },
    }),
  },
  acknowledgeDataChange: {
    action: 'dataChange.acknowledge',
    call: async (w) => ({
      query: 'mutation($id: ID!) { acknowledgeDataChange(id: $id) { acknowledgedAt } }',
      variables: { id: await dataChangeFlag(w) },
    }),
  },
  createProject: {
    action: 'project.create',
    call: () => ({
      query:
        'mutation { createProject(input: { title: "Nieuw project", goal: "Iets leren" }) { id } }',
    }),
  },
  inviteAccount: {
    action: 'account.manage',
    call: (w) => ({
      query: 'mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { url } }',
      variables: {
        input: { email: `nieuw-${next()}@example.nl`, name: 'Nieuw', organisationId: w.owner.id },
      },
    }),
  },
  putProjectMember: {
    action: 'project.members.manage',
    call: async (w) => {
      const { user } = await w.f.user(w.owner);
      return {
        query: 'mutation($input: ProjectMemberInput!) { putProjectMember(input: $input) { role } }',
        variables: { input: { projectId: w.projectId, userId: user.id, role: 'observer' } },
      };
    },
  },
  reissueInvitation: {
    action: 'account.manage',
    call: async (w) => {
      const invitation = await w.f.invitation(w.admin.token, w.owner.id);
      return {
        query: 'mutation($id: ID!) { reissueInvitation(id: $id) { url } }',
        variables: { id: invitation.userId },
      };
    },
  },
  removeProjectMember: {
    action: 'project.members.manage',
    call: async (w) => {
      const { user } = await w.f.user(w.owner);
      await w.f.member(w.lead.token, w.projectId, user.id, 'contributor');
      return {
        query: 'mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) }',
        variables: { input: { projectId: w.projectId, userId: user.id } },
      };
    },
  },
  revokePersonalAccessToken: {
    action: 'auth.self',
    call: async (w, caller) => {
      const owner = caller === 'anonymous' ? w.lead.user : w.callers[caller].user;
      const { id } = await w.f.personalToken(owner);
      return {
        query: 'mutation($id: ID!) { revokePersonalAccessToken(id: $id) }',
        variables: { id },
      };
    },
  },
  signIn: {
    action: 'auth.signIn',
    call: (w) => ({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email: w.signIn.user.email, password: TEST_PASSWORD } },
    }),
  },
  signOut: {
    action: 'auth.self',
    call: async (w, caller) => ({
      query: 'mutation { signOut }',
      token: caller === 'anonymous' ? undefined : await w.f.session(w.callers[caller].user),
    }),
  },
  updateAccount: {
    action: 'account.manage',
    call: async (w) => {
      const { user } = await w.f.user(w.owner);
      return {
        query: 'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }',
        variables: { input: { id: user.id, name: `Hernoemd ${next()}` } },
      };
    },
  },
  updateOrganisation: {
    action: 'organisation.manage',
    call: async (w) => {
      const organisation = await w.f.organisation(`Te wijzigen ${next()}`);
      return {
        query:
          'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }',
        variables: { input: { id: organisation.id, colour: '#445566' } },
      };
    },
  },
  updateProject: {
    action: 'project.update',
    call: (w) => ({
      query:
        'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id staleAfterDays } }',
      // The stale-after setting is part of it: only the lead sets it.
      variables: {
        input: { id: w.projectId, goal: `Eerder hulp bieden (${next()})`, staleAfterDays: 21 },
      },
    }),
  },
};

/** Project fields that carry their own permission, with a selection that exercises them. */
const PROJECT_FIELDS: Record<string, { action: Action; selection: string }> = {
  members: { action: 'project.members.read', selection: 'members { role user { id } }' },
  activity: {
    action: 'project.activity.read',
    selection: 'activity { items { action actor { id } } }',
  },
  changesSinceLastVisit: {
    action: 'project.activity.read',
    selection:
      'changesSinceLastVisit { lastSeenAt total counts { action count } items { actor { id } } }',
  },
  partners: { action: 'project.read', selection: 'partners { id }' },
  ownerOrganisation: { action: 'project.read', selection: 'ownerOrganisation { id }' },
  myRelation: { action: 'project.read', selection: 'myRelation' },
  questions: {
    action: 'question.read',
    selection: `questions { id versions { id createdBy { id name } } documentName
      registration { id }
      registrations { id requestedBy { id } hypotheses { id } deviations { kind lines { text } }
        signOffs { organisation { id } by { id } mayDecide } } }`,
  },
  datasets: {
    action: 'dataset.read',
    selection: `datasets { id ownerOrganisation { id } publisher { id } creator { id }
      rowOrganisations { id } mayReadRows }`,
  },
  /** Reached through Project.datasets, which every quality reader may also read. */
  'datasets.qualityReports': {
    action: 'qualityReport.read',
    selection: `datasets { openQualityReportCount qualityReports { id reporter { id }
      reporterOrganisation { id } resolvedBy { id } allowedMoves dataset { id }
      messages { author { id } } } }`,
  },
  /** Reached through Project.hypotheses; the flags' dataset through dataset.read. */
  'hypotheses.dataChanges': {
    action: 'hypothesis.read',
    selection: `hypotheses { dataChanges(includeAcknowledged: true) { id raisedBy { id }
      acknowledgedBy { id } dataset { id } } }`,
  },
  hypotheses: {
    action: 'hypothesis.read',
    selection: `hypotheses { id owner { id } partners { id } tags allowedTransitions
      history { by { id } evidence { kind } } }`,
  },
  hypothesisProgress: {
    action: 'hypothesis.read',
    selection: `hypothesisProgress { questions { title counts { status count } }
      verdictsThisMonth { total } staleAfterDays staleCount stale { id owner { id } } }`,
  },
};

describe('permission matrix (API)', () => {
  let test: TestApp;
  let world: World;

  /** A change in the project by its lead, so that its activity feed has something to say. */
  const touchProject = (w: World) =>
    test.gql(
      'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }',
      {
        input: { id: w.projectId, phase: 'exploration' },
      },
      { token: w.lead.token },
    );

  beforeAll(async () => {
    test = await startTestApp();
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
    world = {
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
  });
  afterAll(() => test?.close());

  it('has a case for every operation in the schema, each naming an action of the matrix', () => {
    expect(OPERATIONS.map((op) => op.name).filter((name) => !CASES[name])).toEqual([]);
    expect(Object.keys(CASES).filter((name) => !OPERATIONS.some((op) => op.name === name))).toEqual(
      [],
    );
    for (const { action } of Object.values(CASES))
      expect(Object.keys(PERMISSIONS)).toContain(action);
  });

  it('sets up the callers it claims', async () => {
    for (const caller of ['lead', 'moderator', 'contributor', 'observer', 'visitor'] as const) {
      const result = await test.gql(
        'query($id: ID!) { project(id: $id) { myRelation } }',
        { id: world.projectId },
        {
          token: world.callers[caller].token,
        },
      );
      expect([caller, result.data?.project?.myRelation]).toEqual([caller, CALLERS[caller].project]);
    }
  });

  for (const operation of OPERATIONS) {
    const entry = CASES[operation.name];
    describe(`${operation.root}.${operation.name}`, () => {
      if (!entry) {
        it('has a case in the matrix walk', () => {
          throw new Error(
            `No case for ${operation.root}.${operation.name}: add it to CASES with its action`,
          );
        });
        return;
      }
      it.each(CALLER_NAMES.map((caller) => [caller, expected(entry.action, caller)] as const))(
        'as %s → %s',
        async (caller, want) => {
          const call = await entry.call(world, caller);
          const token =
            call.token ?? (caller === 'anonymous' ? undefined : world.callers[caller].token);
          const result =
            operation.root === 'Subscription'
              ? await subscriptionOutcome(test, { ...call, token }, () =>
                  entry.trigger ? entry.trigger(world, caller) : touchProject(world),
                )
              : await test.gql(call.query, call.variables, { token });
          expect(outcome(result)).toBe(want);
          if (want === 'OK') expect(result.data?.[operation.name]).toBeDefined();
          else expect(result.data?.[operation.name] ?? null).toBeNull();
        },
      );
    });
  }

  describe('Project fields', () => {
    const projectType = SCHEMA.getType('Project');
    const readers = CALLER_NAMES.filter((caller) => expected('project.read', caller) === 'OK');

    it('has a permission case for every object-typed field of Project', () => {
      if (!isObjectType(projectType)) throw new Error('Project is not an object type');
      const objectFields = Object.values(projectType.getFields())
        .filter((field) => isObjectType(getNamedType(field.type)))
        .map((field) => field.name);
      expect(objectFields.filter((name) => !PROJECT_FIELDS[name])).toEqual([]);
    });

    for (const [field, { action, selection }] of Object.entries(PROJECT_FIELDS)) {
      it.each(readers.map((caller) => [caller, expected(action, caller)] as const))(
        `${field} as %s → %s`,
        async (caller, want) => {
          const result = await test.gql(
            `query($id: ID!) { project(id: $id) { id ${selection} } }`,
            { id: world.projectId },
            {
              token: world.callers[caller as Exclude<Caller, 'anonymous'>].token,
            },
          );
          expect(outcome(result)).toBe(want);
          if (want !== 'OK') {
            expect(result.errors![0].path).toEqual(['project', field.split('.')[0]]);
          }
        },
      );
    }

    it.each(['members { role }', 'activity { items { id } }'])(
      'refuses the visitor %s in the project list too',
      async (selection) => {
        const result = await test.gql(
          `{ projects { id ${selection} } }`,
          {},
          { token: world.callers.visitor.token },
        );
        expect(outcome(result)).toBe('FORBIDDEN');
        expect(result.errors![0].path).toEqual([
          'projects',
          expect.any(Number),
          selection.split(' ')[0],
        ]);
      },
    );
  });

  describe('dataset rows (fields with an organisation rule)', () => {
    const readers = CALLER_NAMES.filter((caller) => expected('dataset.read', caller) === 'OK');
    const ROW_FIELDS = [
      'firstRows',
      'sampleRows',
      'rows { rows }',
      'downloadUrl',
      'profile { columns { values { topValues { value } } } }',
    ];
    for (const selection of ROW_FIELDS) {
      it.each(readers.map((caller) => [caller, expected('dataset.rows.read', caller)] as const))(
        `${selection} as %s → %s`,
        async (caller, want) => {
          const result = await test.gql(
            `query($id: ID!) { project(id: $id) { datasets { latestVersion { ${selection} } } } }`,
            { id: world.projectId },
            { token: world.callers[caller as Exclude<Caller, 'anonymous'>].token },
          );
          expect(outcome(result)).toBe(want);
        },
      );
    }
  });

  describe('dataset file routes (HTTP)', () => {
    const STATUS = { OK: 201, FORBIDDEN: 403, UNAUTHENTICATED: 401 } as const;
    const datasetId = async () => {
      const result = await test.gql(
        'query($id: ID!) { project(id: $id) { datasets { id } } }',
        { id: world.projectId },
        { token: world.lead.token },
      );
      return result.data.project.datasets[0].id as string;
    };

    it.each(CALLER_NAMES.map((caller) => [caller, expected('dataset.upload', caller)] as const))(
      'POST …/versions as %s → %s',
      async (caller, want) => {
        const token = caller === 'anonymous' ? undefined : world.callers[caller].token;
        const response = await uploadVersion(
          test,
          { token },
          world.projectId,
          await datasetId(),
          'wijk;aantal\nA;1\n',
          'wijken.csv',
        );
        expect([response.status, response.body.code ?? 'OK']).toEqual([STATUS[want], want]);
      },
    );

    it.each(CALLER_NAMES.map((caller) => [caller, expected('dataset.read', caller)] as const))(
      'GET the DCAT exports as %s → %s',
      async (caller, want) => {
        const token = caller === 'anonymous' ? undefined : world.callers[caller].token;
        const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
        for (const path of [
          `/api/datasets/${await datasetId()}/dcat.jsonld`,
          `/api/projects/${world.projectId}/datasets/catalogue.jsonld`,
        ]) {
          const response = await fetch(test.url + path, { headers });
          expect([path, response.status]).toEqual([path, want === 'OK' ? 200 : STATUS[want]]);
        }
      },
    );

    it.each(CALLER_NAMES.map((caller) => [caller, expected('dataset.rows.read', caller)] as const))(
      'GET …/file as %s → %s',
      async (caller, want) => {
        const id = await datasetId();
        // Callers who may read rows use their own link; the others try the lead's.
        const linkFor = want === 'OK' ? world.callers[caller as 'lead'].token : world.lead.token;
        const link = await test.gql(
          'query($id: ID!) { dataset(id: $id) { latestVersion { downloadUrl } } }',
          { id },
          { token: linkFor },
        );
        const token = caller === 'anonymous' ? undefined : world.callers[caller].token;
        const response = await fetch(test.url + link.data.dataset.latestVersion.downloadUrl, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
        expect(response.status).toBe(want === 'OK' ? 200 : STATUS[want]);
      },
    );
  });

  describe('User.email', () => {
    it('is set for yourself', async () => {
      const { user, token } = world.callers.contributor;
      const result = await test.gql('{ me { email } }', {}, { token });
      expect(result.data.me.email).toBe(user.email);
    });

    it('is null for other people, and set only for yourself among fellow members', async () => {
      const { user, token } = world.callers.contributor;
      const result = await test.gql(
        'query($id: ID!) { project(id: $id) { members { user { id email } } } }',
        { id: world.projectId },
        { token },
      );
      expect(result.errors).toBeUndefined();
      const members: Array<{ user: { id: string; email: string | null } }> =
        result.data.project.members;
      expect(members.length).toBeGreaterThanOrEqual(4);
      for (const member of members) {
        expect([member.user.id, member.user.email]).toEqual([
          member.user.id,
          member.user.id === user.id ? user.email : null,
        ]);
      }
    });

    it('is set for every account when an administrator asks', async () => {
      const result = await test.gql('{ accounts { id email } }', {}, { token: world.admin.token });
      const byId = new Map(
        (result.data.accounts as Array<{ id: string; email: string }>).map((a) => [a.id, a.email]),
      );
      for (const caller of Object.values(world.callers))
        expect(byId.get(caller.user.id)).toBe(caller.user.email);
    });
  });
});
