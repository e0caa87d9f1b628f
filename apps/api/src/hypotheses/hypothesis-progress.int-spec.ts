import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { HypothesisProgress1732840000000 } from '../database/migrations/1732840000000-hypothesis-progress';
import { fixtures } from '../testing/fixtures';
import { outcome, startTestApp, type TestApp } from '../testing/test-app';
import { HypothesisProgressService } from './hypothesis-progress.service';

const DAY = 24 * 60 * 60 * 1000;

const PROGRESS = `query($id: ID!, $staleFirst: Int) { project(id: $id) { staleAfterDays
  hypothesisProgress(staleFirst: $staleFirst) {
    questions { questionId title total counts { status count } }
    verdictsThisMonth { month start end total counts { status count } }
    staleAfterDays staleSince staleCount stale { id statement status lastActivityAt owner { id } }
  } } }`;

const SET_STALE_AFTER = `mutation($input: UpdateProjectInput!) {
  updateProject(input: $input) { id staleAfterDays } }`;

/**
 * The project overview's progress, on a clock the test moves: the API's Clock is the one the
 * writers stamp proposals, edits and moves with, and the one "this month" and "stale" are
 * measured against. Personal access tokens do not expire, so days can pass between calls.
 */
describe(HypothesisProgressService.name, () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let lead: { token: string; userId: string };
  let contributor: { token: string };
  let now: Date;

  const at = (iso: string | Date) => {
    now = new Date(iso);
  };
  const later = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  const progressOf = async (projectId: string, token = lead.token, staleFirst?: number) => {
    const result = await test.gql(PROGRESS, { id: projectId, staleFirst }, { token });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.project.hypothesisProgress;
  };
  const countsOf = (counts: Array<{ status: string; count: number }>) =>
    Object.fromEntries(counts.filter((c) => c.count).map((c) => [c.status, c.count]));

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
    jest.spyOn(test.app.get(Clock), 'now').mockImplementation(() => new Date(now));
    at('2030-01-10T09:00:00Z');
    const owner = await f.organisation('Gemeente Voortgang', 'municipality');
    const leadUser = await f.user(owner, { name: 'Lead' });
    lead = { token: (await f.personalToken(leadUser.user)).token, userId: leadUser.user.id };
    const contributorUser = await f.user(owner, { name: 'Contributor' });
    contributor = { token: (await f.personalToken(contributorUser.user)).token };
    await f.project(lead.token); // another project of the same lead: nothing of it may show
  });
  afterAll(() => test?.close());

  async function newProject() {
    const project = await f.project(lead.token);
    return project.id;
  }

  it('counts hypotheses per status per question, zeros and empty questions included', async () => {
    const projectId = await newProject();
    const q1 = await f.question(lead.token, projectId, 'Welke wijken lopen risico?');
    const q2 = await f.question(lead.token, projectId, 'Wie vraagt hulp?');
    const q3 = await f.question(lead.token, projectId, 'Nog zonder hypothesen');
    const move = async (questionId: string, path: string[]) => {
      const { id } = await f.hypothesis(lead.token, questionId);
      for (const to of path) await f.transition(lead.token, id, to);
    };
    await move(q1.id, []);
    await move(q1.id, []);
    await move(q1.id, ['under_investigation']);
    await move(q1.id, ['under_investigation', 'supported']);
    await move(q2.id, ['under_investigation', 'refuted']);
    await move(q2.id, ['withdrawn']);

    const { questions } = await progressOf(projectId);
    // Questions come oldest first; their creation time has whole seconds, so order is not tested.
    const byTitle = Object.fromEntries(
      questions.map((q: { title: string; total: number; counts: [] }) => [
        q.title,
        { total: q.total, counts: countsOf(q.counts) },
      ]),
    );
    expect(byTitle).toEqual({
      'Welke wijken lopen risico?': {
        total: 4,
        counts: { proposed: 2, under_investigation: 1, supported: 1 },
      },
      'Wie vraagt hulp?': { total: 2, counts: { refuted: 1, withdrawn: 1 } },
      'Nog zonder hypothesen': { total: 0, counts: {} },
    });
    expect(questions[0].counts.map((c: { status: string }) => c.status)).toEqual([
      'proposed',
      'under_investigation',
      'supported',
      'refuted',
      'inconclusive',
      'withdrawn',
    ]);
    expect(questions.map((q: { questionId: string }) => q.questionId).sort()).toEqual(
      [q1.id, q2.id, q3.id].sort(),
    );
  });

  it('counts the verdicts of the calendar month in Amsterdam, each verdict given', async () => {
    const projectId = await newProject();
    const question = await f.question(lead.token, projectId);
    const investigated = async () => {
      const { id } = await f.hypothesis(lead.token, question.id);
      await f.transition(lead.token, id, 'under_investigation');
      return id;
    };
    at('2030-01-20T10:00:00Z');
    const a = await investigated();
    const b = await investigated();
    const c = await investigated();
    // 23:30 on 31 January in Amsterdam: still January there, though not in UTC an hour later.
    at('2030-01-31T22:30:00Z');
    await f.transition(lead.token, a, 'supported');
    // 00:30 on 1 February in Amsterdam, 23:30 on 31 January in UTC: February.
    at('2030-01-31T23:30:00Z');
    await f.transition(lead.token, b, 'refuted');
    // Judged, reopened and judged again within February: two verdicts.
    at('2030-02-05T12:00:00Z');
    await f.transition(lead.token, c, 'inconclusive');
    await f.transition(lead.token, c, 'under_investigation');
    await f.transition(lead.token, c, 'supported');

    at('2030-02-10T12:00:00Z');
    const february = (await progressOf(projectId)).verdictsThisMonth;
    expect(february).toMatchObject({
      month: '2030-02',
      start: '2030-01-31T23:00:00.000Z',
      end: '2030-02-28T23:00:00.000Z',
      total: 3,
    });
    expect(countsOf(february.counts)).toEqual({ refuted: 1, inconclusive: 1, supported: 1 });

    at('2030-01-31T22:59:00Z');
    const january = (await progressOf(projectId)).verdictsThisMonth;
    expect([january.month, january.total, countsOf(january.counts)]).toEqual([
      '2030-01',
      1,
      { supported: 1 },
    ]);

    at('2030-03-01T12:00:00Z');
    expect((await progressOf(projectId)).verdictsThisMonth).toMatchObject({
      month: '2030-03',
      total: 0,
    });
  });

  describe('stale hypotheses', () => {
    it('lists open hypotheses without a proposal, edit or move for N days', async () => {
      at('2030-04-01T08:00:00Z');
      const projectId = await newProject();
      const question = await f.question(lead.token, projectId);
      const quiet = await f.hypothesis(lead.token, question.id, { statement: 'Stil' });
      const edited = await f.hypothesis(lead.token, question.id, { statement: 'Bewerkt' });
      const moved = await f.hypothesis(lead.token, question.id, { statement: 'Verplaatst' });
      const judged = await f.hypothesis(lead.token, question.id, { statement: 'Beoordeeld' });
      await f.transition(lead.token, judged.id, 'under_investigation');
      await f.transition(lead.token, judged.id, 'supported');

      later(5 * DAY);
      const updated = await test.gql(
        `mutation($input: UpdateHypothesisInput!) { updateHypothesis(input: $input) { id } }`,
        { input: { id: edited.id, rationale: 'Nieuwe reden' } },
        { token: lead.token },
      );
      expect(outcome(updated)).toBe('OK');
      later(2 * DAY);
      await f.transition(lead.token, moved.id, 'under_investigation');

      // Just short of 14 days after the proposals: nothing is stale yet.
      at(new Date(Date.parse('2030-04-01T08:00:00Z') + 14 * DAY - 1));
      let progress = await progressOf(projectId);
      expect([progress.staleAfterDays, progress.staleCount, progress.stale]).toEqual([14, 0, []]);

      // 14 days on: the quiet one; the verdict is an end and never stale.
      later(1);
      progress = await progressOf(projectId);
      expect(progress.staleSince).toBe('2030-04-01T08:00:00.000Z');
      expect(progress.stale.map((h: { id: string }) => h.id)).toEqual([quiet.id]);
      expect(progress.stale[0]).toMatchObject({
        status: 'proposed',
        lastActivityAt: '2030-04-01T08:00:00.000Z',
        owner: { id: lead.userId },
      });

      // The edit counted as activity five days in, the move seven days in.
      at('2030-04-20T08:00:00Z');
      progress = await progressOf(projectId);
      expect(progress.stale.map((h: { statement: string }) => h.statement)).toEqual([
        'Stil',
        'Bewerkt',
      ]);
      at('2030-04-22T08:00:00Z');
      progress = await progressOf(projectId);
      expect(progress.stale.map((h: { statement: string }) => h.statement)).toEqual([
        'Stil',
        'Bewerkt',
        'Verplaatst',
      ]);
      expect(progress.stale[2].status).toBe('under_investigation');

      // Longest quiet first, cut at staleFirst; the count has them all.
      const first = await progressOf(projectId, lead.token, 1);
      expect([first.staleCount, first.stale.length]).toEqual([3, 1]);
      const refused = await test.gql(
        PROGRESS,
        { id: projectId, staleFirst: 0 },
        { token: lead.token },
      );
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'staleFirst',
      });

      // Withdrawing is activity too, and an end.
      await f.transition(lead.token, quiet.id, 'withdrawn');
      expect((await progressOf(projectId)).staleCount).toBe(2);
    });

    it('follows the number of days the lead sets, within limits, and only the lead', async () => {
      at('2030-06-01T08:00:00Z');
      const projectId = await newProject();
      const question = await f.question(lead.token, projectId);
      await f.hypothesis(lead.token, question.id);
      later(3 * DAY);
      expect((await progressOf(projectId)).staleCount).toBe(0);

      const set = (staleAfterDays: unknown, token = lead.token) =>
        test.gql(SET_STALE_AFTER, { input: { id: projectId, staleAfterDays } }, { token });
      expect((await set(3)).data.updateProject.staleAfterDays).toBe(3);
      expect(await progressOf(projectId)).toMatchObject({ staleAfterDays: 3, staleCount: 1 });

      for (const wrong of [0, 366, -1]) {
        const result = await set(wrong);
        expect(result.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'staleAfterDays',
        });
      }
      expect(outcome(await set(2.5))).toBe('BAD_USER_INPUT');
      const memberAdded = await test.gql(
        `mutation($input: ProjectMemberInput!) { putProjectMember(input: $input) { role } }`,
        {
          input: {
            projectId,
            userId: (await test.gql('{ me { id } }', {}, { token: contributor.token })).data.me.id,
            role: 'contributor',
          },
        },
        { token: lead.token },
      );
      expect(outcome(memberAdded)).toBe('OK');
      expect(outcome(await set(30, contributor.token))).toBe('FORBIDDEN');
      // The contributor reads the progress, with the lead's setting.
      expect(await progressOf(projectId, contributor.token)).toMatchObject({ staleAfterDays: 3 });
      expect((await set(365)).data.updateProject.staleAfterDays).toBe(365);
      expect((await progressOf(projectId)).staleCount).toBe(0);
    });
  });

  it('fills the last activity of hypotheses that were there before the migration', async () => {
    at('2030-08-01T08:00:00Z');
    const projectId = await newProject();
    const question = await f.question(lead.token, projectId);
    const quiet = await f.hypothesis(lead.token, question.id, { statement: 'Alleen voorgesteld' });
    const moved = await f.hypothesis(lead.token, question.id, { statement: 'Verplaatst' });
    later(3 * DAY);
    await f.transition(lead.token, moved.id, 'under_investigation');
    later(2 * DAY);
    await test.gql(
      `mutation($input: UpdateHypothesisInput!) { updateHypothesis(input: $input) { id } }`,
      { input: { id: quiet.id, rationale: 'Later aangevuld' } },
      { token: lead.token },
    );

    // Undone and done again: the column is filled from the activity log.
    const runner = test.app.get(DataSource).createQueryRunner();
    try {
      const migration = new HypothesisProgress1732840000000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const read = async (id: string) =>
      (
        await test.gql(
          'query($id: ID!) { hypothesis(id: $id) { lastActivityAt } }',
          { id },
          {
            token: lead.token,
          },
        )
      ).data.hypothesis.lastActivityAt;
    expect(await read(quiet.id)).toBe('2030-08-06T08:00:00.000Z');
    expect(await read(moved.id)).toBe('2030-08-04T08:00:00.000Z');
  });
});
