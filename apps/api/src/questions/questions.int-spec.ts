import { fixtures } from '../testing/fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { QuestionsService } from './questions.service';

describe(QuestionsService.name, () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
  });
  afterAll(() => test.close());

  it('takes the hypotheses of a deleted question out of search, and only those', async () => {
    const lead = await f.user(await f.organisation());
    const project = await f.project(lead.token);
    const doomed = await f.question(lead.token, project.id, 'Vraag die verdwijnt');
    const kept = await f.question(lead.token, project.id, 'Vraag die blijft');
    const gone = await f.hypothesis(lead.token, doomed.id, { statement: 'Kwijtschelding helpt' });
    const stays = await f.hypothesis(lead.token, kept.id, { statement: 'Kwijtschelding werkt' });
    const hits = async () =>
      (
        await test.gql(`{ search(query: "kwijtschelding") { kind objectId } }`, {}, lead)
      ).data.search.map((hit: { objectId: string }) => hit.objectId);
    expect((await hits()).sort()).toEqual([gone.id, stays.id].sort());

    const deleted = await test.gql(
      'mutation($id: ID!) { deleteQuestion(id: $id) }',
      { id: doomed.id },
      lead,
    );
    expect(deleted.errors).toBeUndefined();
    expect(await hits()).toEqual([stays.id]);
  });
});
