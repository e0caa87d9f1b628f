import type { ProjectRole } from '@ketenlab/domain';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity';
import { UsersRepository } from '../accounts/users.repository';
import { AuthService } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { anonymousPrincipal } from '../auth/principal';
import { UnitOfWork } from '../database/unit-of-work';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';

/** Small factories that write straight to the repositories; the API under test is not bypassed for what is being tested. */
export function fixtures(test: TestApp) {
  const get = <T>(type: new (...args: any[]) => T) => test.app.get(type);
  let counter = 0;
  let hashed: Promise<string> | null = null;

  return {
    async organisation(
      name = `Organisatie ${++counter}`,
      kind: 'municipality' | 'partner' = 'partner',
    ) {
      return get(UnitOfWork).run((m) =>
        get(OrganisationsRepository).save(
          m,
          Object.assign(new Organisation(), { id: randomUUID(), name, kind, colour: '#336699' }),
        ),
      );
    },

    /** A user with a session token; `isAdmin` makes a platform administrator. */
    async user(organisation: Organisation, options: { isAdmin?: boolean; name?: string } = {}) {
      hashed ??= get(PasswordHasher).hash(TEST_PASSWORD);
      const n = ++counter;
      const user: User = await get(UnitOfWork).run((m) =>
        get(UsersRepository).insert(m, {
          id: randomUUID(),
          email: `user${n}-${randomUUID().slice(0, 6)}@example.nl`,
          name: options.name ?? `Gebruiker ${n}`,
          passwordHash: null,
          organisationId: organisation.id,
          isAdmin: options.isAdmin ?? false,
          locale: 'nl',
          deactivatedAt: null,
        }),
      );
      user.passwordHash = await hashed;
      await get(UnitOfWork).run((m) => get(UsersRepository).save(m, user));
      const { token } = await get(AuthService).startSession(user, anonymousPrincipal('test'));
      return { user, token };
    },

    /** Another session of the same user, for tests that end one (sign-out) without losing the other. */
    async session(user: User): Promise<string> {
      return (await get(AuthService).startSession(user, anonymousPrincipal('test'))).token;
    },

    /** A personal access token of `user`: the secret and its id. */
    async personalToken(user: User, name = 'script') {
      const created = await get(AuthService).createPersonalToken(user, name, undefined, {
        ...anonymousPrincipal('test'),
        user,
      });
      return { token: created.token, id: created.personalAccessToken.id };
    },

    /** An account prepared by an administrator through the API, with the secret from its link. */
    async invitation(
      adminToken: string,
      organisationId: string,
      email = `invited${++counter}-${randomUUID().slice(0, 6)}@example.nl`,
    ) {
      const result = await test.gql(
        `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { url user { id } } }`,
        { input: { email, name: 'Uitgenodigde', organisationId } },
        { token: adminToken },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      const { url, user } = result.data.inviteAccount as { url: string; user: { id: string } };
      return { userId: user.id, email, url, token: invitationToken(url) };
    },

    async project(token: string, input: Record<string, unknown> = {}) {
      const result = await test.gql(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id title } }`,
        { input: { title: 'Schulden per wijk', goal: 'Eerder hulp bieden', ...input } },
        { token },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.createProject as { id: string; title: string };
    },

    async question(token: string, projectId: string, title = 'Welke wijken lopen risico?') {
      const result = await test.gql(
        `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id documentName } }`,
        { input: { projectId, title } },
        { token },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.createQuestion as { id: string; documentName: string };
    },

    async questionVersion(token: string, questionId: string, name = 'Eerste versie') {
      const result = await test.gql(
        `mutation($input: SaveQuestionVersionInput!) { saveQuestionVersion(input: $input) { id } }`,
        { input: { questionId, name } },
        { token },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.saveQuestionVersion as { id: string };
    },

    async hypothesis(
      token: string,
      questionId: string,
      input: Record<string, unknown> = {},
    ): Promise<{ id: string; status: string }> {
      const result = await test.gql(
        `mutation($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) { id status } }`,
        { input: { questionId, statement: 'Schulden stijgen na ontslag', ...input } },
        { token },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.proposeHypothesis;
    },

    /** Moves a hypothesis; a verdict gets a rationale and an external source unless given. */
    async transition(
      token: string,
      hypothesisId: string,
      to: string,
      input: Record<string, unknown> = {},
    ): Promise<{ id: string; status: string }> {
      const result = await test.gql(
        `mutation($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { id status } }`,
        {
          input: {
            hypothesisId,
            to,
            rationale: 'Zo blijkt uit de cijfers',
            evidence: [{ kind: 'external', url: 'https://www.cbs.nl/schulden', title: 'CBS' }],
            ...input,
          },
        },
        { token },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.transitionHypothesis;
    },

    /** A dataset with complete metadata, owned by the caller's organisation. */
    async dataset(
      token: string,
      projectId: string,
      input: Record<string, unknown> = {},
    ): Promise<{ id: string; title: string }> {
      const result = await test.gql(
        `mutation($input: CreateDatasetInput!) { createDataset(input: $input) { id title } }`,
        { input: { ...DATASET_METADATA, projectId, ...input } },
        { token },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.createDataset;
    },

    /** A registration round for the question, requested by a lead. */
    async registration(leadToken: string, questionId: string): Promise<{ id: string }> {
      const result = await test.gql(
        `mutation($id: ID!) { requestRegistration(questionId: $id) { id } }`,
        { id: questionId },
        { token: leadToken },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.requestRegistration;
    },

    /** An open quality report about a dataset, filed by the caller. */
    async qualityReport(
      token: string,
      datasetId: string,
      input: Record<string, unknown> = {},
    ): Promise<{ id: string; state: string }> {
      const result = await test.gql(
        `mutation($input: FileQualityReportInput!) { fileQualityReport(input: $input) { id state } }`,
        {
          input: {
            datasetId,
            dimension: 'completeness',
            description: 'Er ontbreken wijken.',
            ...input,
          },
        },
        { token },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.fileQualityReport;
    },

    async member(leadToken: string, projectId: string, userId: string, role: ProjectRole) {
      const result = await test.gql(
        `mutation($input: ProjectMemberInput!) { putProjectMember(input: $input) { role } }`,
        { input: { projectId, userId, role } },
        { token: leadToken },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    },
  };
}

/** Complete, valid dataset metadata: tests override what they are about. */
export const DATASET_METADATA = {
  title: 'Schulden per wijk 2024',
  description: 'Aantal huishoudens met problematische schulden per wijk.',
  contactName: 'Team Onderzoek',
  contactEmail: 'onderzoek@voorbeeldstad.nl',
  theme: 'SOCI',
  licence: 'cc_by_4_0',
  accessClass: 'internal',
  updateFrequency: 'quarterly',
  keywords: ['schulden', 'wijken'],
};

/** The secret in an invitation link (`…/uitnodiging/<token>`). */
export function invitationToken(url: string): string {
  return decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
}
