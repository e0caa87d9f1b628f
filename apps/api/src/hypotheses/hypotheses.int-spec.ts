import { DataSource } from 'typeorm';
import type { User } from '../accounts/user.entity';
import type { Organisation } from '../organisations/organisation.entity';
import { fixtures } from '../testing/fixtures';
import { outcome, startTestApp, type GraphqlResult, type TestApp } from '../testing/test-app';
import { HypothesesService } from './hypotheses.service';

type Session = { user: User; token: string };

/**
 * Who may make which move, written out by hand rather than read from libs/domain, so that a
 * change to the rules there must be matched here. "(owner)" means the actor owns the hypothesis.
 */
const ACTORS = [
  'lead',
  'moderator',
  'moderator (owner)',
  'contributor',
  'contributor (owner)',
  'observer',
] as const;
type Actor = (typeof ACTORS)[number];
const OWNERS_AND_LEAD: Actor[] = ['lead', 'moderator (owner)', 'contributor (owner)'];
const EDITORS: Actor[] = [
  'lead',
  'moderator',
  'moderator (owner)',
  'contributor',
  'contributor (owner)',
];
const MOVES: Record<string, Actor[]> = {
  'proposed→under_investigation': EDITORS,
  'proposed→withdrawn': OWNERS_AND_LEAD,
  'under_investigation→supported': ['lead'],
  'under_investigation→refuted': ['lead'],
  'under_investigation→inconclusive': ['lead'],
  'under_investigation→withdrawn': OWNERS_AND_LEAD,
  'supported→under_investigation': ['lead'],
  'refuted→under_investigation': ['lead'],
  'inconclusive→under_investigation': ['lead'],
};
const STATUSES = [
  'proposed',
  'under_investigation',
  'supported',
  'refuted',
  'inconclusive',
  'withdrawn',
] as const;
type Status = (typeof STATUSES)[number];

/** The moves `actor` may make from `from`, in lifecycle order. */
const mayMove = (from: Status, actor: Actor) =>
  STATUSES.filter((to) => MOVES[`${from}→${to}`]?.includes(actor));

const TRANSITION = `mutation($input: TransitionHypothesisInput!) {
  transitionHypothesis(input: $input) { id status } }`;

describe(HypothesesService.name, () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let owner: Organisation;
  let partner: Organisation;
  let elsewhere: Organisation;
  let lead: Session;
  let people: Record<'moderator' | 'contributor' | 'observer' | 'visitor', Session>;
  let projectId: string;
  let questionId: string;
  let otherQuestionId: string;
  let foreignQuestionId: string;
  let foreignVersionId: string;

  const gql = (query: string, variables: Record<string, unknown>, session: Session) =>
    test.gql(query, variables, { token: session.token });
  const session = (actor: Actor): Session =>
    actor === 'lead' ? lead : people[actor.split(' ')[0] as 'moderator' | 'contributor'];

  /** A hypothesis in `status`, owned by `ownerSession`, brought there by the lead. */
  async function hypothesisIn(status: Status, ownerSession: Session = lead) {
    const { id } = await f.hypothesis(lead.token, questionId, { ownerId: ownerSession.user.id });
    const path: Record<Status, Status[]> = {
      proposed: [],
      under_investigation: ['under_investigation'],
      supported: ['under_investigation', 'supported'],
      refuted: ['under_investigation', 'refuted'],
      inconclusive: ['under_investigation', 'inconclusive'],
      withdrawn: ['withdrawn'],
    };
    for (const to of path[status]) await f.transition(lead.token, id, to);
    return id;
  }

  const history = async (id: string) =>
    (
      await gql(
        `query($id: ID!) { hypothesis(id: $id) { status history { from to rationale by { id }
           evidence { kind targetId quote url title } } } }`,
        { id },
        lead,
      )
    ).data.hypothesis;

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
    owner = await f.organisation('Gemeente Hypothese', 'municipality');
    partner = await f.organisation('GGD Hypothese');
    elsewhere = await f.organisation('Elders');
    lead = await f.user(owner, { name: 'Lead' });
    people = {
      moderator: await f.user(partner, { name: 'Moderator' }),
      contributor: await f.user(owner, { name: 'Contributor' }),
      observer: await f.user(partner, { name: 'Observer' }),
      visitor: await f.user(partner, { name: 'Visitor' }),
    };
    projectId = (
      await f.project(lead.token, { visibility: 'partners', partnerOrganisationIds: [partner.id] })
    ).id;
    for (const role of ['moderator', 'contributor', 'observer'] as const) {
      await f.member(lead.token, projectId, people[role].user.id, role);
    }
    questionId = (await f.question(lead.token, projectId)).id;
    otherQuestionId = (await f.question(lead.token, projectId, 'Wie vraagt hulp?')).id;
    // The same lead leads another project: evidence from there must still be refused.
    const foreign = await f.project(lead.token, { title: 'Ander project' });
    foreignQuestionId = (await f.question(lead.token, foreign.id)).id;
    foreignVersionId = (await f.questionVersion(lead.token, foreignQuestionId)).id;
  });
  afterAll(() => test?.close());

  describe('proposing', () => {
    it('proposes under a question, owned by the proposer, and opens the history', async () => {
      const result = await gql(
        `mutation($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) {
           projectId questionId statement rationale expectedDirection status owner { id }
           partners { id } tags allowedTransitions history { from to by { id } } } }`,
        {
          input: {
            questionId,
            statement: '  Schulden stijgen na ontslag ',
            rationale: 'Inkomen valt weg',
            expectedDirection: 'increase',
            partnerOrganisationIds: [partner.id, partner.id],
            tags: ['Schulden ', 'schulden', 'werk  en inkomen'],
          },
        },
        people.contributor,
      );
      expect(result.errors).toBeUndefined();
      const contributorId = people.contributor.user.id;
      expect(result.data.proposeHypothesis).toEqual({
        projectId,
        questionId,
        statement: 'Schulden stijgen na ontslag',
        rationale: 'Inkomen valt weg',
        expectedDirection: 'increase',
        status: 'proposed',
        owner: { id: contributorId },
        partners: [{ id: partner.id }],
        tags: ['schulden', 'werk en inkomen'],
        allowedTransitions: ['under_investigation', 'withdrawn'],
        history: [{ from: null, to: 'proposed', by: { id: contributorId } }],
      });
    });

    it.each([
      ['an owner who only observes', 'ownerId', () => ({ ownerId: people.observer.user.id })],
      ['an owner outside the project', 'ownerId', () => ({ ownerId: people.visitor.user.id })],
      [
        'a partner not in the project',
        'partnerOrganisationIds',
        () => ({ partnerOrganisationIds: [owner.id, elsewhere.id] }),
      ],
      ['an empty tag', 'tags', () => ({ tags: ['  '] })],
      ['a statement too short', 'statement', () => ({ statement: 'x' })],
      ['an unknown direction', 'input', () => ({ expectedDirection: 'sideways' })],
    ])('refuses %s, naming the field', async (_what, field, extra) => {
      const result = await gql(
        `mutation($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) { id } }`,
        { input: { questionId, statement: 'Een stelling', ...extra() } },
        lead,
      );
      expect(outcome(result)).toBe('BAD_USER_INPUT');
      // GraphQL itself refuses an unknown enum value before validation can name the field.
      if (field !== 'input') expect(result.errors![0].extensions!.field).toBe(field);
    });
  });

  describe('every move, by every role', () => {
    const cases = ACTORS.flatMap((actor) =>
      STATUSES.flatMap((from) => STATUSES.map((to) => [actor, from, to] as const)),
    );

    it.each(cases)('%s: %s → %s', async (actor, from, to) => {
      const isOwner = actor.endsWith('(owner)');
      const actorSession = actor === 'observer' ? people.observer : session(actor);
      const id = await hypothesisIn(from, isOwner ? actorSession : lead);
      const before = (await history(id)).history.length;
      const result = await gql(
        TRANSITION,
        {
          input: {
            hypothesisId: id,
            to,
            rationale: 'Zo blijkt uit de cijfers',
            evidence: [{ kind: 'external', url: 'https://www.cbs.nl/x', title: 'CBS' }],
          },
        },
        actorSession,
      );
      const legal = MOVES[`${from}→${to}`];
      if (actor === 'observer') {
        // Observers may not ask to move anything: refused before the move is looked at.
        expect(outcome(result)).toBe('FORBIDDEN');
      } else if (!legal) {
        expect(outcome(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions).toMatchObject({
          field: 'to',
          allowed: mayMove(from, actor),
        });
        expect(result.errors![0].message).toContain(`cannot become ${to}`);
      } else if (!legal.includes(actor)) {
        expect(outcome(result)).toBe('FORBIDDEN');
        expect(result.errors![0].extensions!['allowed']).toEqual(mayMove(from, actor));
      } else {
        expect(outcome(result)).toBe('OK');
        expect(result.data.transitionHypothesis.status).toBe(to);
      }
      const after = await history(id);
      const moved = outcome(result) === 'OK';
      expect(after.status).toBe(moved ? to : from);
      expect(after.history.length).toBe(before + (moved ? 1 : 0));
    });
  });

  describe('what a move must carry', () => {
    it.each([
      [
        'a verdict without rationale',
        'under_investigation',
        'supported',
        { rationale: '  ' },
        'rationale',
      ],
      [
        'a verdict without evidence',
        'under_investigation',
        'refuted',
        { evidence: [] },
        'evidence',
      ],
      [
        'reopening without a reason',
        'inconclusive',
        'under_investigation',
        { rationale: '' },
        'rationale',
      ],
    ] as const)('refuses %s, and changes nothing', async (_what, from, to, input, field) => {
      const id = await hypothesisIn(from);
      const before = await history(id);
      const result = await gql(
        TRANSITION,
        {
          input: {
            hypothesisId: id,
            to,
            rationale: 'Omdat',
            evidence: [{ kind: 'external', url: 'https://www.cbs.nl/x', title: 'CBS' }],
            ...input,
          },
        },
        lead,
      );
      expect(outcome(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
      expect(await history(id)).toEqual(before);
    });

    it('lets a move that needs nothing go without rationale or evidence', async () => {
      const id = await hypothesisIn('proposed');
      const result = await gql(
        TRANSITION,
        { input: { hypothesisId: id, to: 'under_investigation' } },
        lead,
      );
      expect(result.errors).toBeUndefined();
    });
  });

  describe('evidence', () => {
    const cite = async (evidence: Array<Record<string, unknown>>) => {
      const id = await hypothesisIn('under_investigation');
      const result = await gql(
        TRANSITION,
        { input: { hypothesisId: id, to: 'supported', rationale: 'Bewezen', evidence } },
        lead,
      );
      return { id, result };
    };

    it.each([
      [
        'a version of a question in another project',
        () => [{ kind: 'question_version', targetId: foreignVersionId }],
        'evidence.0',
      ],
      [
        'a passage of a question in another project',
        () => [{ kind: 'question_passage', targetId: foreignQuestionId, quote: 'wijken' }],
        'evidence.0',
      ],
      [
        'a version that does not exist',
        () => [{ kind: 'question_version', targetId: '0b6f2a52-4c1e-4d2b-9a7e-1f2e3d4c5b6a' }],
        'evidence.0',
      ],
      [
        'a passage without its quote',
        () => [{ kind: 'question_passage', targetId: questionId }],
        'evidence.0.quote',
      ],
      ['a version without its id', () => [{ kind: 'question_version' }], 'evidence.0.targetId'],
      [
        'an external source without a title',
        () => [{ kind: 'external', url: 'https://cbs.nl' }],
        'evidence.0.title',
      ],
      [
        'an external source that is not a web link',
        () => [{ kind: 'external', url: 'javascript:alert(1)', title: 'x' }],
        'evidence.0.url',
      ],
      [
        'a dataset that is not one (a question id)',
        () => [{ kind: 'dataset', targetId: questionId }],
        'evidence.0',
      ],
      [
        'bad evidence after good',
        () => [
          { kind: 'external', url: 'https://cbs.nl', title: 'CBS' },
          { kind: 'question_version', targetId: foreignVersionId },
        ],
        'evidence.1',
      ],
    ])('refuses %s and leaves the hypothesis as it was', async (_what, evidence, field) => {
      const { id, result } = await cite(evidence());
      expect(outcome(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
      expect((await history(id)).status).toBe('under_investigation');
    });

    it('accepts versions and passages of questions in the same project', async () => {
      const version = await f.questionVersion(lead.token, otherQuestionId);
      const { result } = await cite([
        { kind: 'question_version', targetId: version.id },
        { kind: 'question_passage', targetId: otherQuestionId, quote: 'wie vraagt hulp' },
      ]);
      expect(result.errors).toBeUndefined();
    });
  });

  it('keeps the history exactly: every move, who, why, and the evidence in citing order', async () => {
    const { id } = await f.hypothesis(people.contributor.token, questionId);
    const version = await f.questionVersion(lead.token, questionId, 'Vastgesteld');
    await f.transition(people.contributor.token, id, 'under_investigation', {
      rationale: '',
      evidence: [],
    });
    await f.transition(lead.token, id, 'supported', {
      rationale: 'Sterk verband',
      evidence: [
        { kind: 'question_version', targetId: version.id },
        { kind: 'external', url: 'https://www.cbs.nl/schulden', title: 'CBS Schulden' },
        { kind: 'question_passage', targetId: questionId, quote: 'lopen risico' },
      ],
    });
    await f.transition(lead.token, id, 'under_investigation', {
      rationale: 'Nieuwe cijfers',
      evidence: [],
    });
    await f.transition(lead.token, id, 'refuted', {
      rationale: 'Verband verdwijnt',
      evidence: [{ kind: 'external', url: 'https://example.org/r', title: 'Rapport' }],
    });
    const none = { targetId: null, quote: null, url: null, title: null };
    const leadId = { id: lead.user.id };
    expect(await history(id)).toEqual({
      status: 'refuted',
      history: [
        {
          from: null,
          to: 'proposed',
          rationale: '',
          by: { id: people.contributor.user.id },
          evidence: [],
        },
        {
          from: 'proposed',
          to: 'under_investigation',
          rationale: '',
          by: { id: people.contributor.user.id },
          evidence: [],
        },
        {
          from: 'under_investigation',
          to: 'supported',
          rationale: 'Sterk verband',
          by: leadId,
          evidence: [
            { ...none, kind: 'question_version', targetId: version.id },
            {
              ...none,
              kind: 'external',
              url: 'https://www.cbs.nl/schulden',
              title: 'CBS Schulden',
            },
            { ...none, kind: 'question_passage', targetId: questionId, quote: 'lopen risico' },
          ],
        },
        {
          from: 'supported',
          to: 'under_investigation',
          rationale: 'Nieuwe cijfers',
          by: leadId,
          evidence: [],
        },
        {
          from: 'under_investigation',
          to: 'refuted',
          rationale: 'Verband verdwijnt',
          by: leadId,
          evidence: [{ ...none, kind: 'external', url: 'https://example.org/r', title: 'Rapport' }],
        },
      ],
    });
  });

  it('lets only one of two racing verdicts happen', async () => {
    const id = await hypothesisIn('under_investigation');
    const results = await Promise.all(
      (['supported', 'refuted'] as const).map((to) =>
        f.transition(lead.token, id, to).catch(String),
      ),
    );
    // Truly concurrent, the loser finds the status moved (CONFLICT); one after the other, it
    // asks for a verdict on a verdict (BAD_USER_INPUT). Never both.
    expect(results.filter((r) => typeof r === 'string')).toEqual([
      expect.stringMatching(/CONFLICT|BAD_USER_INPUT/),
    ]);
    const after = await history(id);
    expect(after.history).toHaveLength(3);
    expect(after.history[2].to).toBe(after.status);
  });

  it('records every change in the project activity', async () => {
    const { id } = await f.hypothesis(lead.token, questionId);
    await f.transition(lead.token, id, 'under_investigation');
    const result = await gql(
      `query($id: ID!) { project(id: $id) { activity(first: 5) { items { action objectId } } } }`,
      { id: projectId },
      lead,
    );
    // Both may share a millisecond, so their order in the feed is not asserted.
    expect(result.data.project.activity.items.slice(0, 2)).toEqual(
      expect.arrayContaining([
        { action: 'hypothesis.statusChanged', objectId: id },
        { action: 'hypothesis.proposed', objectId: id },
      ]),
    );
  });

  it('is found by search, for members', async () => {
    const { id } = await f.hypothesis(lead.token, questionId, {
      statement: 'Huurachterstand voorspelt energiearmoede',
      tags: ['wonen'],
    });
    const result = await gql(`{ search(query: "energiearmoede") { kind objectId } }`, {}, lead);
    expect(result.data.search).toContainEqual({ kind: 'hypothesis', objectId: id });
    const updated = await gql(
      `mutation($input: UpdateHypothesisInput!) { updateHypothesis(input: $input) { id } }`,
      { input: { id, statement: 'Huurachterstand voorspelt schooluitval' } },
      lead,
    );
    expect(updated.errors).toBeUndefined();
    const after = await gql(`{ search(query: "energiearmoede") { objectId } }`, {}, lead);
    expect(after.data.search).not.toContainEqual({ objectId: id });
  });

  describe('updating', () => {
    const UPDATE = `mutation($input: UpdateHypothesisInput!) {
      updateHypothesis(input: $input) { statement expectedDirection owner { id } tags partners { id } } }`;

    it('edits an open hypothesis; omitted fields stay, a null direction clears', async () => {
      const { id } = await f.hypothesis(lead.token, questionId, {
        expectedDirection: 'decrease',
        tags: ['a'],
      });
      const result = await gql(
        UPDATE,
        {
          input: {
            id,
            statement: 'Nieuwe stelling',
            expectedDirection: null,
            partnerOrganisationIds: [owner.id],
          },
        },
        people.contributor,
      );
      expect(result.data.updateHypothesis).toEqual({
        statement: 'Nieuwe stelling',
        expectedDirection: null,
        owner: { id: lead.user.id },
        tags: ['a'],
        partners: [{ id: owner.id }],
      });
    });

    it('keeps what a verdict judged: the text changes only after reopening', async () => {
      const id = await hypothesisIn('supported');
      const text = await gql(UPDATE, { input: { id, statement: 'Iets anders' } }, lead);
      expect(outcome(text)).toBe('CONFLICT');
      const tags = await gql(UPDATE, { input: { id, tags: ['later'] } }, lead);
      expect(tags.data.updateHypothesis.tags).toEqual(['later']);
    });

    it('lets only the lead give a hypothesis to someone else, and only to an editor', async () => {
      const { id } = await f.hypothesis(people.contributor.token, questionId);
      const bySelf = await gql(
        UPDATE,
        { input: { id, ownerId: people.moderator.user.id } },
        people.contributor,
      );
      expect(outcome(bySelf)).toBe('FORBIDDEN');
      const toObserver = await gql(
        UPDATE,
        { input: { id, ownerId: people.observer.user.id } },
        lead,
      );
      expect(toObserver.errors![0].extensions!.field).toBe('ownerId');
      const byLead = await gql(UPDATE, { input: { id, ownerId: people.moderator.user.id } }, lead);
      expect(byLead.data.updateHypothesis.owner).toEqual({ id: people.moderator.user.id });
    });
  });

  describe('the board', () => {
    let boardProject: string;
    let ids: Record<string, string>;

    const board = (filter: Record<string, unknown> | null, session: Session = lead) =>
      gql(
        `query($id: ID!, $filter: HypothesisFilterInput) { project(id: $id) {
           hypotheses(filter: $filter) { id status } } }`,
        { id: boardProject, filter },
        session,
      );

    beforeAll(async () => {
      boardProject = (await f.project(lead.token, { partnerOrganisationIds: [partner.id] })).id;
      await f.member(lead.token, boardProject, people.contributor.user.id, 'contributor');
      const q1 = (await f.question(lead.token, boardProject)).id;
      const q2 = (await f.question(lead.token, boardProject, 'Tweede vraag')).id;
      ids = {
        a: (await f.hypothesis(lead.token, q1, { tags: ['wonen'] })).id,
        b: (
          await f.hypothesis(lead.token, q2, {
            ownerId: people.contributor.user.id,
            partnerOrganisationIds: [partner.id],
          })
        ).id,
        c: (await f.hypothesis(people.contributor.token, q1, { tags: ['Wonen', 'zorg'] })).id,
      };
      await f.transition(lead.token, ids.c, 'under_investigation');
      ids.q1 = q1;
    });

    it('shows every hypothesis with its status, oldest first', async () => {
      const result = await board(null);
      expect(result.data.project.hypotheses).toEqual([
        { id: ids.a, status: 'proposed' },
        { id: ids.b, status: 'proposed' },
        { id: ids.c, status: 'under_investigation' },
      ]);
    });

    it.each([
      ['question', () => ({ questionId: ids.q1 }), ['a', 'c']],
      ['owner', () => ({ ownerId: people.contributor.user.id }), ['b', 'c']],
      ['partner', () => ({ partnerOrganisationId: partner.id }), ['b']],
      ['tag, whatever its case', () => ({ tag: ' WONEN' }), ['a', 'c']],
      ['tag and owner together', () => ({ tag: 'zorg', ownerId: lead.user.id }), []],
    ])('filters by %s', async (_what, filter, expected) => {
      const result = await board(filter());
      expect(result.data.project.hypotheses.map((h: { id: string }) => h.id)).toEqual(
        expected.map((key) => ids[key]),
      );
    });

    it('refuses a filter that is not an id', async () => {
      expect(outcome(await board({ ownerId: 'iemand' }))).toBe('BAD_USER_INPUT');
    });

    it('lists the hypotheses of a question too', async () => {
      const result = await gql(
        `query($id: ID!) { question(id: $id) { hypotheses { id } } }`,
        { id: ids.q1 },
        lead,
      );
      expect(result.data.question.hypotheses).toEqual([{ id: ids.a }, { id: ids.c }]);
    });
  });

  it('reads a board in as many SQL statements for 12 hypotheses as for 2', async () => {
    const dataSource = test.app.get(DataSource);
    const runner = dataSource.createQueryRunner();
    const spy = jest.spyOn(Object.getPrototypeOf(runner) as { query: () => unknown }, 'query');
    await runner.release();
    const BOARD = `query($id: ID!) { project(id: $id) { hypotheses { id status owner { id }
      partners { id } tags allowedTransitions history { from to by { id } evidence { kind url } } } } }`;

    const statementsFor = async (count: number) => {
      const project = await f.project(lead.token, { partnerOrganisationIds: [partner.id] });
      const question = await f.question(lead.token, project.id);
      for (let i = 0; i < count; i++) {
        const { id } = await f.hypothesis(lead.token, question.id, {
          partnerOrganisationIds: [partner.id],
          tags: [`t${i}`, 'x'],
        });
        await f.transition(lead.token, id, 'under_investigation');
        await f.transition(lead.token, id, 'supported');
      }
      spy.mockClear();
      const result: GraphqlResult = await gql(BOARD, { id: project.id }, lead);
      expect(result.errors).toBeUndefined();
      expect(result.data.project.hypotheses).toHaveLength(count);
      return spy.mock.calls.length;
    };

    try {
      const few = await statementsFor(2);
      const many = await statementsFor(12);
      expect(many).toBe(few);
      // Non-zero, or the spy would be counting nothing; small, or something is not batched.
      expect(few).toBeGreaterThan(3);
      expect(few).toBeLessThanOrEqual(15);
    } finally {
      spy.mockRestore();
    }
  });
});
