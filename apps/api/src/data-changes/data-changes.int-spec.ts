import type { User } from '../accounts/user.entity';
import { fixtures } from '../testing/fixtures';
import { addVersion } from '../testing/dataset-versions';
import { outcome, startTestApp, type TestApp } from '../testing/test-app';
import { uploadVersion } from '../testing/uploads';
import { DataChangesService } from './data-changes.service';

type Session = { user: User; token: string };

const FLAGS = `query($id: ID!, $all: Boolean!) { hypothesis(id: $id) {
  dataChanges(includeAcknowledged: $all) { id reason datasetVersionId qualityReportId
    raisedAt raisedBy { id } acknowledgedAt acknowledgedBy { id } dataset { id title } } } }`;
const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeDataChange(id: $id) {
  id acknowledgedAt acknowledgedBy { id } } }`;

interface Flag {
  id: string;
  reason: string;
  datasetVersionId: string | null;
  qualityReportId: string | null;
  raisedBy: { id: string } | null;
  acknowledgedAt: string | null;
  acknowledgedBy: { id: string } | null;
  dataset: { id: string; title: string };
}

describe(DataChangesService.name, () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let lead: Session;
  let contributor: Session;
  let observer: Session;
  let projectId: string;
  let questionId: string;

  const flags = async (hypothesisId: string, all = false, who: Session = lead) => {
    const result = await test.gql(FLAGS, { id: hypothesisId, all }, { token: who.token });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.hypothesis.dataChanges as Flag[];
  };

  /** A hypothesis under investigation, whose investigation cited `datasetIds`. */
  async function citing(...datasetIds: string[]) {
    const { id } = await f.hypothesis(lead.token, questionId);
    await f.transition(lead.token, id, 'under_investigation', {
      rationale: '',
      evidence: datasetIds.map((targetId) => ({ kind: 'dataset', targetId })),
    });
    return id;
  }

  const dataset = async (title: string) => (await f.dataset(lead.token, projectId, { title })).id;

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
    const owner = await f.organisation('Gemeente Afhankelijk', 'municipality');
    lead = await f.user(owner, { name: 'Lead' });
    contributor = await f.user(owner, { name: 'Onderzoeker' });
    observer = await f.user(owner, { name: 'Meelezer' });
    projectId = (await f.project(lead.token)).id;
    await f.member(lead.token, projectId, contributor.user.id, 'contributor');
    await f.member(lead.token, projectId, observer.user.id, 'observer');
    questionId = (await f.question(lead.token, projectId)).id;
  });
  afterAll(() => test?.close());

  it('flags hypotheses citing a dataset when a new version is uploaded, and no others', async () => {
    const cited = await dataset('Schulden per wijk');
    const other = await dataset('Inkomen per wijk');
    const upload = async (who: Session, csv: string) => {
      const result = await uploadVersion(
        test,
        { token: who.token },
        projectId,
        cited,
        csv,
        'schulden.csv',
      );
      expect(result.status).toBe(201);
      return result.body as { id: string };
    };
    await upload(lead, 'wijk;aantal\nNoord;12\n');
    const relying = await citing(cited);
    const elsewhere = await citing(other);
    const notCiting = (await f.hypothesis(lead.token, questionId)).id;

    const { id: version } = await upload(contributor, 'wijk;aantal\nNoord;14\nZuid;3\n');

    const [flag, ...more] = await flags(relying);
    expect(more).toEqual([]);
    expect(flag).toMatchObject({
      reason: 'new_version',
      datasetVersionId: version,
      qualityReportId: null,
      raisedBy: { id: contributor.user.id },
      acknowledgedAt: null,
      dataset: { id: cited, title: 'Schulden per wijk' },
    });
    expect(await flags(elsewhere)).toEqual([]);
    expect(await flags(notCiting)).toEqual([]);
  });

  it('flags once per hypothesis however often its history cites the dataset', async () => {
    const cited = await dataset('Twee keer geciteerd');
    const relying = await citing(cited, cited);
    await f.transition(lead.token, relying, 'supported', {
      evidence: [{ kind: 'dataset', targetId: cited }],
    });
    await addVersion(test, lead.user, cited, ['wijk']);
    expect((await flags(relying)).map((flag) => flag.reason)).toEqual(['new_version']);
  });

  it('leaves withdrawn hypotheses alone: they rely on nothing any more', async () => {
    const cited = await dataset('Ingetrokken');
    const withdrawn = await citing(cited);
    await f.transition(lead.token, withdrawn, 'withdrawn', { rationale: '', evidence: [] });
    await addVersion(test, lead.user, cited, ['wijk']);
    expect(await flags(withdrawn)).toEqual([]);
  });

  it('flags dependants when a quality report about the dataset is confirmed, not rejected', async () => {
    const cited = await dataset('Met terugmelding');
    await addVersion(test, lead.user, cited, ['wijk']);
    const relying = await citing(cited);
    const report = async () => {
      const result = await test.gql(
        `mutation($input: FileQualityReportInput!) { fileQualityReport(input: $input) { id } }`,
        { input: { datasetId: cited, dimension: 'timeliness', description: 'Cijfers van 2022.' } },
        { token: observer.token },
      );
      return result.data.fileQualityReport.id as string;
    };
    const rejected = await report();
    await test.gql(
      `mutation($input: RejectQualityReportInput!) { rejectQualityReport(input: $input) { id } }`,
      { input: { reportId: rejected, reason: 'Het zijn de nieuwste cijfers.' } },
      { token: lead.token },
    );
    expect(await flags(relying)).toEqual([]);

    const confirmed = await report();
    await test.gql(
      `mutation($input: ConfirmQualityReportInput!) { confirmQualityReport(input: $input) { id } }`,
      { input: { reportId: confirmed, note: 'Klopt, de update volgt.' } },
      { token: lead.token },
    );
    expect(await flags(relying)).toMatchObject([
      {
        reason: 'report_confirmed',
        qualityReportId: confirmed,
        datasetVersionId: null,
        raisedBy: { id: lead.user.id },
      },
    ]);
  });

  it('keeps a flag until someone acknowledges it, then shows it only in the history', async () => {
    const cited = await dataset('Erkennen');
    const relying = await citing(cited);
    await addVersion(test, lead.user, cited, ['wijk']);
    await addVersion(test, lead.user, cited, ['wijk', 'jaar']);
    const open = await flags(relying);
    expect(open.map((flag) => flag.reason)).toEqual(['new_version', 'new_version']);

    const refused = await test.gql(ACKNOWLEDGE, { id: open[0].id }, { token: observer.token });
    expect(outcome(refused)).toBe('FORBIDDEN');
    expect(await flags(relying)).toHaveLength(2);

    const done = await test.gql(ACKNOWLEDGE, { id: open[0].id }, { token: contributor.token });
    expect(done.errors).toBeUndefined();
    expect(done.data.acknowledgeDataChange.acknowledgedBy).toEqual({ id: contributor.user.id });
    expect(done.data.acknowledgeDataChange.acknowledgedAt).toEqual(expect.any(String));

    expect((await flags(relying)).map((flag) => flag.id)).toEqual([open[1].id]);
    const history = await flags(relying, true, observer);
    expect(history.find((flag) => flag.id === open[0].id)).toMatchObject({
      acknowledgedBy: { id: contributor.user.id },
    });

    const again = await test.gql(ACKNOWLEDGE, { id: open[0].id }, { token: lead.token });
    expect(outcome(again)).toBe('CONFLICT');
  });

  it('refuses acknowledging a flag of a project one is not in', async () => {
    const cited = await dataset('Elders erkennen');
    const relying = await citing(cited);
    await addVersion(test, lead.user, cited, ['wijk']);
    const [flag] = await flags(relying);
    const stranger = await f.user(await f.organisation('Elders'));
    const result = await test.gql(ACKNOWLEDGE, { id: flag.id }, { token: stranger.token });
    expect(outcome(result)).toBe('FORBIDDEN');
    expect(await flags(relying)).toHaveLength(1);
  });

  it('records raising and acknowledging in the project activity', async () => {
    const cited = await dataset('Activiteit');
    const relying = await citing(cited);
    await addVersion(test, lead.user, cited, ['wijk']);
    const [flag] = await flags(relying);
    await test.gql(ACKNOWLEDGE, { id: flag.id }, { token: lead.token });
    const result = await test.gql(
      'query($id: ID!) { project(id: $id) { activity(first: 10) { items { action objectId } } } }',
      { id: projectId },
      { token: lead.token },
    );
    const actions = (
      result.data.project.activity.items as Array<{ action: string; objectId: string }>
    )
      .filter((item) => item.objectId === relying)
      .map((item) => item.action);
    expect(actions.slice(0, 2)).toEqual(['dataChange.acknowledged', 'dataChange.flagged']);
  });
});
