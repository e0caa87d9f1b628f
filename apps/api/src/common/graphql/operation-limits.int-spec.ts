import { fixtures } from '../../testing/fixtures';
import { liveSubscription } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

/** Five nested lists: projects, their questions, hypotheses, history and evidence. */
const FIVE_LISTS = '{ projects { questions { hypotheses { history { evidence { id } } } } } }';
/** The board's depth: three nested lists under one project. */
const BOARD = `query($id: ID!) {
  project(id: $id) { hypotheses { history { evidence { id } by { id } } partners { id } } }
}`;
/** A dataset's quality reports inside its own quality reports, three times. */
const SELF_NESTED = `subscription($projectId: ID!) {
  hypothesisChanged(projectId: $projectId) {
    dataChanges { dataset { qualityReports { dataset { qualityReports {
      dataset { qualityReports { id } } } } } } }
  }
}`;

describe('operation limits', () => {
  let test: TestApp;
  let token: string;
  let projectId: string;

  beforeAll(async () => {
    test = await startTestApp();
    const f = fixtures(test);
    ({ token } = await f.user(await f.organisation('Gemeente', 'municipality')));
    projectId = (await f.project(token)).id;
  });
  afterAll(() => test?.close());

  it('refuses an operation nested deeper than the limits before running it, naming the limit', async () => {
    const { status, result } = await test.gqlResponse(FIVE_LISTS, {}, { token });
    expect(status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/list depth/i),
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
      }),
    ]);
  });

  it('lets the board through', async () => {
    const result = await test.gql(BOARD, { id: projectId }, { token });
    expect(result.errors).toBeUndefined();
    expect(result.data.project.hypotheses).toEqual([]);
  });

  it('refuses a subscription over graphql-ws that nests a field inside itself too often', async () => {
    const live = await liveSubscription(test, SELF_NESTED, { projectId }, { token });
    await live.until((s) => s.errors.length > 0, 'the refusal');
    expect(live.errors[0]?.message).toMatch(/qualityReports/);
    expect(live.events).toEqual([]);
  });
});
