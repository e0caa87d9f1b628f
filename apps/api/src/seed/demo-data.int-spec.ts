import { DEMO_DATASET } from './demo-dataset';
import { DEMO_RESEARCH } from './demo-research';
import { DEMO_SIGN_INS } from './demo-data';
import { DemoDataSeeder } from './demo-data.seeder';
import { startTestApp, type TestApp } from '../testing/test-app';

const BOARD = `query($id: ID!) { project(id: $id) {
  questions { id title }
  hypotheses { id statement status allowedTransitions questionId owner { name } tags
    partners { name } history { from to rationale by { name } evidence { kind url title } } } } }`;

describe(DemoDataSeeder.name, () => {
  let test: TestApp;
  let token: string;
  let projectId: string;

  beforeAll(async () => {
    test = await startTestApp({ DEMO_DATA: 'true' });
    const signIn = await test.gql(
      `mutation { signIn(input: { email: "sanne@voorbeeldstad.nl", password: "demo-wachtwoord" }) { token } }`,
    );
    token = signIn.data.signIn.token;
    const { data } = await test.gql('{ projects { id title } }', {}, { token });
    projectId = data.projects.find((p: { title: string }) => p.title === DEMO_RESEARCH.project).id;
  });
  afterAll(() => test?.close());

  it('fills the demo project’s board with hypotheses in several states, under its question', async () => {
    const { data, errors } = await test.gql(BOARD, { id: projectId }, { token });
    expect(errors).toBeUndefined();
    const { questions, hypotheses } = data.project;
    expect(questions.map((q: { title: string }) => q.title)).toEqual([DEMO_RESEARCH.question]);
    expect(hypotheses).toHaveLength(DEMO_RESEARCH.hypotheses.length);
    expect(new Set(hypotheses.map((h: { status: string }) => h.status))).toEqual(
      new Set(['proposed', 'under_investigation', 'supported', 'withdrawn']),
    );
    for (const hypothesis of hypotheses) {
      expect(hypothesis.questionId).toBe(questions[0].id);
      // The history tells the whole story: it opens with the proposal and ends at the status.
      expect(hypothesis.history[0]).toMatchObject({ from: null, to: 'proposed' });
      expect(hypothesis.history.at(-1).to).toBe(hypothesis.status);
    }
  });

  it('seeds a verdict the way the rules demand it: with a rationale and evidence', async () => {
    const { data } = await test.gql(BOARD, { id: projectId }, { token });
    const supported = data.project.hypotheses.find(
      (h: { status: string }) => h.status === 'supported',
    );
    const verdict = supported.history.at(-1);
    expect(verdict.rationale).not.toBe('');
    expect(verdict.evidence).toEqual([
      expect.objectContaining({ kind: 'external', url: expect.stringMatching(/^https:\/\//) }),
    ]);
    expect(supported.allowedTransitions).toEqual(['under_investigation']);
  });

  it('leaves seeded hypotheses movable through the API', async () => {
    const { data } = await test.gql(BOARD, { id: projectId }, { token });
    const open = data.project.hypotheses.find(
      (h: { status: string }) => h.status === 'under_investigation',
    );
    expect(open.allowedTransitions).toEqual(
      expect.arrayContaining(['supported', 'refuted', 'inconclusive']),
    );
    const moved = await test.gql(
      `mutation($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { status history { to } } }`,
      {
        input: {
          hypothesisId: open.id,
          to: 'refuted',
          rationale: 'Geen verband gevonden.',
          evidence: [{ kind: 'external', url: 'https://example.org/bron', title: 'Bron' }],
        },
      },
      { token },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data.transitionHypothesis.status).toBe('refuted');
    expect(moved.data.transitionHypothesis.history).toHaveLength(open.history.length + 1);
  });
});

describe('demo data', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ DEMO_DATA: 'true' });
  });
  afterAll(() => test?.close());

  it('holds a profiled demo dataset whose rows the partner it allows can read', async () => {
    const signIn = async (email: string) =>
      (
        await test.gql('mutation($input: SignInInput!) { signIn(input: $input) { token } }', {
          input: { email, password: DEMO_SIGN_INS.password },
        })
      ).data.signIn.token as string;
    const token = await signIn('ahmed@ggd-regio.nl');
    const result = await test.gql(
      `{ projects { title datasets { title mayReadRows latestVersion { rowCount
           profile { columns { name type } } rows(limit: 2) { rows } } } } }`,
      {},
      { token },
    );
    expect(result.errors).toBeUndefined();
    const dataset = result.data.projects
      .flatMap((p: { datasets: unknown[] }) => p.datasets)
      .find((d: { title: string }) => d.title === DEMO_DATASET.title);
    expect(dataset).toMatchObject({ mayReadRows: true, latestVersion: { rowCount: 8 } });
    expect(dataset.latestVersion.profile.columns).toContainEqual({
      name: 'aandeel_schulden',
      type: 'decimal',
    });
    expect(dataset.latestVersion.rows.rows[0]).toEqual([
      'WK099901',
      'Centrum',
      '4.210',
      '231',
      '5,5',
      '31-12-2024',
    ]);
  });
});
