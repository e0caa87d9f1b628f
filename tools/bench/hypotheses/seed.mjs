// Fills a project with `count` hypotheses, each with 5 transitions and 3 evidence links (and 2
// tags and a partner), written straight into the database: seeding thousands through the API
// would take longer than the measurement, and only the reading is under test. The project, its
// questions and the partners come from the API, so everything around the rows is real.
import { randomUUID } from 'node:crypto';

const QUESTIONS = 10;
const TAGS = ['schulden', 'wijken', 'jongeren', 'inkomen', 'zorg', 'wonen'];
const VERDICT_PATHS = [
  // the five moves: the proposal, investigation, a first verdict, reopening, the final verdict
  ['proposed', 'under_investigation', 'inconclusive', 'under_investigation', 'supported'],
  ['proposed', 'under_investigation', 'supported', 'under_investigation', 'refuted'],
  ['proposed', 'under_investigation', 'refuted', 'under_investigation', 'inconclusive'],
];

export async function seedProject(api, database, count, label) {
  const { organisations } = await api.gql(`{ organisations { id name kind } }`, {}, api.token);
  const partners = organisations.filter((o) => o.kind === 'partner').slice(0, 3);
  const { createProject } = await api.gql(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
    {
      input: {
        title: `Benchmark ${label}: ${count} hypothesen`,
        goal: 'Meten hoe het bord schaalt.',
        partnerOrganisationIds: partners.map((p) => p.id),
      },
    },
    api.token,
  );
  const projectId = createProject.id;
  const questionIds = [];
  for (let q = 0; q < QUESTIONS; q++) {
    const { createQuestion } = await api.gql(
      `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`,
      { input: { projectId, title: `Onderzoeksvraag ${q + 1} van het benchmarkproject` } },
      api.token,
    );
    questionIds.push(createQuestion.id);
  }

  const rows = { hypotheses: [], hypothesis_tags: [], hypothesis_partners: [] };
  rows.hypothesis_transitions = [];
  rows.hypothesis_evidence = [];
  const start = Date.now() - 90 * 86_400_000;
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const createdAt = new Date(start + i * 1000);
    const path = VERDICT_PATHS[i % VERDICT_PATHS.length];
    const lastAt = new Date(createdAt.getTime() + 4 * 3_600_000);
    rows.hypotheses.push({
      id,
      projectId,
      questionId: questionIds[i % QUESTIONS],
      statement: `Hypothese ${i + 1}: schulden nemen toe in wijken met minder dan gemiddeld inkomen`,
      rationale: 'Eerder onderzoek van het Nibud en de GGD wijst in die richting.',
      expectedDirection: 'increase',
      status: path.at(-1),
      ownerId: api.leadId,
      createdById: api.leadId,
      createdAt,
      updatedAt: lastAt,
      lastActivityAt: lastAt,
    });
    rows.hypothesis_tags.push(
      { hypothesisId: id, tag: TAGS[i % TAGS.length] },
      { hypothesisId: id, tag: TAGS[(i + 1) % TAGS.length] },
    );
    rows.hypothesis_partners.push({
      hypothesisId: id,
      organisationId: partners[i % partners.length].id,
    });
    path.forEach((to, sequence) => {
      const transitionId = randomUUID();
      rows.hypothesis_transitions.push({
        id: transitionId,
        hypothesisId: id,
        sequence,
        fromStatus: sequence === 0 ? null : path[sequence - 1],
        toStatus: to,
        actorId: api.leadId,
        rationale: sequence === 0 ? '' : `Stap ${sequence}: zo blijkt uit de cijfers van het CBS.`,
        createdAt: new Date(createdAt.getTime() + sequence * 3_600_000),
      });
      // Three pieces of evidence per hypothesis: two on the first verdict, one on the last.
      const evidence =
        sequence === 2
          ? [
              { kind: 'external', url: 'https://www.cbs.nl/schulden', title: 'CBS: schulden' },
              {
                kind: 'question_passage',
                targetId: questionIds[i % QUESTIONS],
                quote: 'wijken met minder inkomen',
              },
            ]
          : sequence === 4
            ? [{ kind: 'external', url: 'https://www.nibud.nl/onderzoek', title: 'Nibud' }]
            : [];
      evidence.forEach((item, position) =>
        rows.hypothesis_evidence.push({
          id: randomUUID(),
          transitionId,
          position,
          kind: item.kind,
          targetId: item.targetId ?? null,
          quote: item.quote ?? null,
          url: item.url ?? null,
          title: item.title ?? null,
        }),
      );
    });
  }
  for (const [table, list] of Object.entries(rows)) await insertAll(database, table, list);
  return { projectId, questionIds };
}

/** SQLite stores TypeORM dates as UTC text with milliseconds. */
const sqliteValue = (value) =>
  value instanceof Date ? value.toISOString().replace('T', ' ').replace('Z', '') : value;

async function insertAll(database, table, list) {
  if (!list.length) return;
  const columns = Object.keys(list[0]);
  const names = columns.map((c) => `"${c}"`).join(', ');
  if (database.kind === 'sqlite') {
    const insert = database.db.prepare(
      `INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    database.db.transaction(() => {
      for (const row of list) insert.run(columns.map((c) => sqliteValue(row[c])));
    })();
    return;
  }
  const batch = Math.floor(30_000 / columns.length);
  await database.db.query('BEGIN');
  for (let i = 0; i < list.length; i += batch) {
    const slice = list.slice(i, i + batch);
    const values = slice
      .map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
      .join(', ');
    await database.db.query(
      `INSERT INTO "${table}" (${names}) VALUES ${values}`,
      slice.flatMap((row) => columns.map((c) => row[c])),
    );
  }
  await database.db.query('COMMIT');
}
