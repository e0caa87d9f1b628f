import type { User } from '../accounts/user.entity';
import type { Organisation } from '../organisations/organisation.entity';
import { fixtures } from '../testing/fixtures';
import { outcome, startTestApp, type GraphqlResult, type TestApp } from '../testing/test-app';
import { addVersion } from '../testing/dataset-versions';
import { QualityReportsService } from './quality-reports.service';

type Session = { user: User; token: string };

const FILE = `mutation($input: FileQualityReportInput!) {
  fileQualityReport(input: $input) { id state dimension column description
    reporter { id } reporterOrganisation { id } } }`;
const REPLY = `mutation($input: ReplyToQualityReportInput!) {
  replyToQualityReport(input: $input) { id state messages { body ownerSide author { id } } } }`;
const CONFIRM = `mutation($input: ConfirmQualityReportInput!) {
  confirmQualityReport(input: $input) { id state resolutionNote fixedInVersionId resolvedAt
    resolvedBy { id } } }`;
const REJECT = `mutation($input: RejectQualityReportInput!) {
  rejectQualityReport(input: $input) { id state resolutionNote resolvedBy { id } } }`;
const BADGE = `query($id: ID!) { dataset(id: $id) { openQualityReportCount } }`;

describe(QualityReportsService.name, () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let owner: Organisation;
  let partner: Organisation;
  /** Lead and contributor belong to the owner organisation; the others to the partner. */
  let people: Record<
    | 'lead'
    | 'ownerContributor'
    | 'ownerObserver'
    | 'partnerModerator'
    | 'partnerContributor'
    | 'partnerObserver'
    | 'visitor'
    | 'outsider',
    Session
  >;
  let projectId: string;
  let datasetId: string;

  const gql = (query: string, variables: Record<string, unknown>, session: Session) =>
    test.gql(query, variables, { token: session.token });

  async function file(
    session: Session,
    input: Record<string, unknown> = {},
  ): Promise<GraphqlResult> {
    return gql(
      FILE,
      {
        input: {
          datasetId,
          dimension: 'completeness',
          description: 'In wijk Noord ontbreken de cijfers van 2024.',
          ...input,
        },
      },
      session,
    );
  }

  async function filed(session: Session = people.partnerContributor, input = {}) {
    const result = await file(session, input);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.fileQualityReport as { id: string; state: string };
  }

  const badge = async (id = datasetId) =>
    (await gql(BADGE, { id }, people.partnerObserver)).data.dataset.openQualityReportCount;

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
    owner = await f.organisation('Gemeente Terugmelding', 'municipality');
    partner = await f.organisation('GGD Terugmelding');
    const lead = await f.user(owner, { name: 'Lead' });
    const project = await f.project(lead.token, {
      visibility: 'partners',
      partnerOrganisationIds: [partner.id],
    });
    projectId = project.id;
    people = {
      lead,
      ownerContributor: await f.user(owner, { name: 'Eigenaar' }),
      ownerObserver: await f.user(owner, { name: 'Meelezer gemeente' }),
      partnerModerator: await f.user(partner, { name: 'Moderator GGD' }),
      partnerContributor: await f.user(partner, { name: 'Melder GGD' }),
      partnerObserver: await f.user(partner, { name: 'Meelezer GGD' }),
      visitor: await f.user(partner, { name: 'Bezoeker' }),
      outsider: await f.user(await f.organisation('Elders'), { name: 'Buitenstaander' }),
    };
    const roles = {
      ownerContributor: 'contributor',
      ownerObserver: 'observer',
      partnerModerator: 'moderator',
      partnerContributor: 'contributor',
      partnerObserver: 'observer',
    } as const;
    for (const [who, role] of Object.entries(roles)) {
      await f.member(lead.token, projectId, people[who as keyof typeof roles].user.id, role);
    }
    datasetId = (await f.dataset(lead.token, projectId)).id;
    await addVersion(test, people.lead.user, datasetId, ['wijk', 'huishoudens', 'peildatum']);
  });
  afterAll(() => test?.close());

  describe('filing', () => {
    it('lets a partner report doubt about a column, speaking for their organisation', async () => {
      const result = await file(people.partnerContributor, {
        dimension: 'accuracy',
        column: 'huishoudens',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data.fileQualityReport).toMatchObject({
        state: 'open',
        dimension: 'accuracy',
        column: 'huishoudens',
        reporter: { id: people.partnerContributor.user.id },
        reporterOrganisation: { id: partner.id },
      });
    });

    it('lets observers report too: they may see the dataset', async () => {
      expect(outcome(await file(people.partnerObserver))).toBe('OK');
    });

    it.each(['visitor', 'outsider'] as const)('refuses the %s', async (who) => {
      const result = await file(people[who]);
      expect(outcome(result)).toBe('FORBIDDEN');
      expect(result.data?.fileQualityReport ?? null).toBeNull();
    });

    it('refuses a column the current version does not have, naming the ones it has', async () => {
      const result = await file(people.partnerContributor, { column: 'inkomen' });
      expect(outcome(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe('column');
      expect(result.errors![0].message).toContain('wijk, huishoudens, peildatum');
    });

    it('checks the column against the current version, not an older one', async () => {
      const other = (await f.dataset(people.lead.token, projectId, { title: 'Oud en nieuw' })).id;
      await addVersion(test, people.lead.user, other, ['buurt', 'aantal']);
      await addVersion(test, people.lead.user, other, ['wijk', 'aantal']);
      const gone = await file(people.partnerContributor, { datasetId: other, column: 'buurt' });
      expect(outcome(gone)).toBe('BAD_USER_INPUT');
      const current = await file(people.partnerContributor, { datasetId: other, column: 'wijk' });
      expect(outcome(current)).toBe('OK');
    });

    it('refuses a column for a dataset without versions, and accepts the dataset as a whole', async () => {
      const empty = (await f.dataset(people.lead.token, projectId, { title: 'Nog leeg' })).id;
      const result = await file(people.partnerContributor, { datasetId: empty, column: 'wijk' });
      expect(outcome(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toContain('no version');
      expect(outcome(await file(people.partnerContributor, { datasetId: empty }))).toBe('OK');
    });

    it.each([
      ['a description that is too short', { description: 'x' }, 'description'],
      ['a description of only spaces', { description: '     ' }, 'description'],
      ['an overlong column name', { column: 'k'.repeat(201) }, 'column'],
    ])('refuses %s', async (_what, input, field) => {
      const result = await file(people.partnerContributor, input);
      expect(outcome(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    });

    it('records the filing in the project activity', async () => {
      const { id } = await filed();
      const result = await gql(
        'query($id: ID!) { project(id: $id) { activity(first: 20) { items { action objectId } } } }',
        { id: projectId },
        people.lead,
      );
      expect(result.data.project.activity.items).toContainEqual({
        action: 'qualityReport.filed',
        objectId: id,
      });
    });
  });

  describe('the workflow', () => {
    it('goes open → answered → open → rejected, each step by whom it belongs to', async () => {
      const { id } = await filed();
      const answer = await gql(
        REPLY,
        { input: { reportId: id, message: 'Welke wijk bedoelt u precies?' } },
        people.ownerContributor,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data.replyToQualityReport.state).toBe('answered');

      const reply = await gql(
        REPLY,
        { input: { reportId: id, message: 'Wijk Noord, regel 12.' } },
        people.partnerContributor,
      );
      expect(reply.data.replyToQualityReport).toMatchObject({
        state: 'open',
        messages: [
          {
            body: 'Welke wijk bedoelt u precies?',
            ownerSide: true,
            author: { id: people.ownerContributor.user.id },
          },
          {
            body: 'Wijk Noord, regel 12.',
            ownerSide: false,
            author: { id: people.partnerContributor.user.id },
          },
        ],
      });

      const reject = await gql(
        REJECT,
        { input: { reportId: id, reason: 'De cijfers van Noord komen pas in maart.' } },
        people.lead,
      );
      expect(reject.errors).toBeUndefined();
      expect(reject.data.rejectQualityReport).toMatchObject({
        state: 'rejected',
        resolutionNote: 'De cijfers van Noord komen pas in maart.',
        resolvedBy: { id: people.lead.user.id },
      });
    });

    it('keeps an owner-side observer and other organisations from confirming or rejecting', async () => {
      const { id } = await filed();
      for (const who of ['partnerModerator', 'partnerContributor', 'ownerObserver'] as const) {
        const confirm = await gql(
          CONFIRM,
          { input: { reportId: id, note: 'Klopt.' } },
          people[who],
        );
        const reject = await gql(REJECT, { input: { reportId: id, reason: 'Nee.' } }, people[who]);
        expect([who, outcome(confirm), outcome(reject)]).toEqual([who, 'FORBIDDEN', 'FORBIDDEN']);
      }
      const state = await gql(
        'query($id: ID!) { qualityReport(id: $id) { state resolvedAt } }',
        { id },
        people.lead,
      );
      expect(state.data.qualityReport).toEqual({ state: 'open', resolvedAt: null });
    });

    it('treats a reply by an owner-side observer as a reply, not an answer', async () => {
      const { id } = await filed();
      const result = await gql(
        REPLY,
        { input: { reportId: id, message: 'Ik kijk even mee.' } },
        people.ownerObserver,
      );
      expect(result.data.replyToQualityReport.state).toBe('open');
      expect(result.data.replyToQualityReport.messages[0].ownerSide).toBe(false);
    });

    it('refuses a rejection without a reason and a confirmation that says nothing', async () => {
      const { id } = await filed();
      const reject = await gql(REJECT, { input: { reportId: id, reason: '   ' } }, people.lead);
      expect(outcome(reject)).toBe('BAD_USER_INPUT');
      expect(reject.errors![0].extensions!.field).toBe('reason');
      const confirm = await gql(CONFIRM, { input: { reportId: id } }, people.lead);
      expect(outcome(confirm)).toBe('BAD_USER_INPUT');
      expect(confirm.errors![0].extensions!.field).toBe('note');
    });

    it('confirms with the version that fixed it, only a version of the same dataset', async () => {
      const { id } = await filed();
      const other = (await f.dataset(people.lead.token, projectId, { title: 'Ander' })).id;
      const foreign = await addVersion(test, people.lead.user, other, ['wijk']);
      const wrong = await gql(
        CONFIRM,
        { input: { reportId: id, fixedInVersionId: foreign } },
        people.ownerContributor,
      );
      expect(outcome(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors![0].extensions!.field).toBe('fixedInVersionId');

      const fix = await addVersion(test, people.lead.user, datasetId, ['wijk', 'huishoudens']);
      const result = await gql(
        CONFIRM,
        { input: { reportId: id, fixedInVersionId: fix } },
        people.ownerContributor,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.confirmQualityReport).toMatchObject({
        state: 'confirmed',
        fixedInVersionId: fix,
        resolutionNote: null,
        resolvedBy: { id: people.ownerContributor.user.id },
      });
    });

    it('closes a resolved report to replies and to a second resolution', async () => {
      const { id } = await filed();
      await gql(CONFIRM, { input: { reportId: id, note: 'Hersteld in de bron.' } }, people.lead);
      const reply = await gql(
        REPLY,
        { input: { reportId: id, message: 'Dank!' } },
        people.partnerContributor,
      );
      expect(outcome(reply)).toBe('CONFLICT');
      const reject = await gql(
        REJECT,
        { input: { reportId: id, reason: 'Toch niet' } },
        people.lead,
      );
      expect(outcome(reject)).toBe('CONFLICT');
    });

    it('offers each caller exactly the moves they may make', async () => {
      const { id } = await filed();
      const moves = async (who: keyof typeof people) =>
        (
          await gql(
            'query($id: ID!) { qualityReport(id: $id) { allowedMoves } }',
            { id },
            people[who],
          )
        ).data.qualityReport.allowedMoves;
      expect(await moves('lead')).toEqual(['reply', 'confirm', 'reject']);
      expect(await moves('ownerContributor')).toEqual(['reply', 'confirm', 'reject']);
      expect(await moves('ownerObserver')).toEqual(['reply']);
      expect(await moves('partnerModerator')).toEqual(['reply']);
      expect(await moves('partnerObserver')).toEqual(['reply']);
    });

    it('tells the owner side of a new report, and the reporter of the answer', async () => {
      const unread = async (who: Session) =>
        (
          await gql(
            '{ notifications(unreadOnly: true, first: 50) { items { kind objectId title } } }',
            {},
            who,
          )
        ).data.notifications.items as Array<{ kind: string; objectId: string }>;
      const before = (await unread(people.ownerContributor)).length;
      const { id } = await filed(people.partnerObserver);
      const told = await unread(people.ownerContributor);
      expect(told.length).toBe(before + 1);
      expect(told[0]).toMatchObject({ kind: 'quality_report_filed', objectId: datasetId });
      // Partners' editors do not handle the report, so they are not told.
      expect((await unread(people.partnerModerator)).map((n) => n.kind)).not.toContain(
        'quality_report_filed',
      );
      await gql(REPLY, { input: { reportId: id, message: 'Wordt bekeken.' } }, people.lead);
      expect((await unread(people.partnerObserver))[0]).toMatchObject({
        kind: 'quality_report_answered',
        objectId: datasetId,
      });
    });
  });

  describe('the badge', () => {
    it('counts open and answered reports, not resolved ones, per dataset in one list', async () => {
      const a = (await f.dataset(people.lead.token, projectId, { title: 'Badge A' })).id;
      const b = (await f.dataset(people.lead.token, projectId, { title: 'Badge B' })).id;
      const one = await filed(people.partnerContributor, { datasetId: a });
      const two = await filed(people.partnerContributor, { datasetId: a });
      await filed(people.partnerContributor, { datasetId: a });
      await filed(people.partnerContributor, { datasetId: b });
      expect([await badge(a), await badge(b)]).toEqual([3, 1]);

      await gql(REPLY, { input: { reportId: one.id, message: 'Bekijken we.' } }, people.lead);
      expect(await badge(a)).toBe(3);
      await gql(REJECT, { input: { reportId: one.id, reason: 'Klopt wel.' } }, people.lead);
      await gql(CONFIRM, { input: { reportId: two.id, note: 'Hersteld.' } }, people.lead);
      expect(await badge(a)).toBe(1);

      const list = await gql(
        'query($id: ID!) { project(id: $id) { datasets { id openQualityReportCount } } }',
        { id: projectId },
        people.partnerObserver,
      );
      const counts = new Map(
        (list.data.project.datasets as Array<{ id: string; openQualityReportCount: number }>).map(
          (d) => [d.id, d.openQualityReportCount],
        ),
      );
      expect([counts.get(a), counts.get(b)]).toEqual([1, 1]);
    });

    it('lists a dataset’s reports, filtered by state', async () => {
      const c = (await f.dataset(people.lead.token, projectId, { title: 'Lijst' })).id;
      const first = await filed(people.partnerContributor, { datasetId: c });
      await filed(people.partnerContributor, { datasetId: c });
      await gql(REJECT, { input: { reportId: first.id, reason: 'Nee.' } }, people.lead);
      const list = async (states?: string[]) =>
        (
          await gql(
            'query($id: ID!, $states: [QualityReportState!]) { dataset(id: $id) { qualityReports(states: $states) { id state } } }',
            { id: c, states },
            people.partnerObserver,
          )
        ).data.dataset.qualityReports as Array<{ id: string; state: string }>;
      expect((await list()).map((r) => r.state).sort()).toEqual(['open', 'rejected']);
      expect(await list(['rejected'])).toEqual([{ id: first.id, state: 'rejected' }]);
    });
  });
});
