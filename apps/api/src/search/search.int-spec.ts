import { LIMITS } from '@ketenlab/domain';
import type { User } from '../accounts/user.entity';
import type { Organisation } from '../organisations/organisation.entity';
import { fixtures } from '../testing/fixtures';
import { TEST_DATABASE } from '../testing/test-database';
import { outcome, startTestApp, type TestApp } from '../testing/test-app';
import { SearchService } from './search.service';

const SEARCH = `query($query: String!, $limit: Int) { search(query: $query, limit: $limit) { kind objectId projectId title snippet rank } }`;

interface Hit {
  kind: string;
  objectId: string;
  projectId: string;
  title: string;
  snippet: string;
  rank: number;
}

describe(SearchService.name, () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let owner: Organisation;
  let lead: { user: User; token: string };
  let project: { id: string };

  const search = (token: string, query: string, limit?: number) =>
    test.gql<{ search: Hit[] }>(SEARCH, { query, limit }, { token });
  const found = async (token: string, query: string) => {
    const result = await search(token, query);
    expect([query, result.errors]).toEqual([query, undefined]);
    return result.data!.search.map((hit) => hit.objectId);
  };

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
    owner = await f.organisation('Gemeente Zoeken', 'municipality');
    lead = await f.user(owner);
    project = await f.project(lead.token, {
      title: 'Schulden en armoede per wijk',
      goal: 'Huishoudens in België en Nederland eerder helpen; de coöperatie van Çelik & Zoë werkt mee aan de façade-aanpak.',
      societalObjective: 'Minder huishoudens met problematische schulden in 2028.',
    });
  });
  afterAll(() => test?.close());

  describe('finds projects by the words of their title and goal', () => {
    it.each([
      ['schuld', 'a prefix of a title word'],
      ['SCHULDEN', 'any case'],
      ['armoe wijk', 'several prefixes, all required'],
      ['huishouden', 'a goal word'],
      ['belgie', 'a goal word without its diaeresis'],
      ['cooperatie', 'a goal word without its diaeresis, mid-word'],
      ['zoe', 'a name without its diaeresis'],
      ['celik', 'a name without its cedilla'],
      ['facade', 'a word without its cedilla'],
      ['België', 'the accented spelling too'],
      ['problematisch', 'a word of the societal objective'],
    ])('%p (%s)', async (query) => {
      expect(await found(lead.token, query)).toEqual([project.id]);
    });

    it('with its title, a snippet around the match and a rank', async () => {
      const [hit] = (await search(lead.token, 'huishoudens')).data!.search;
      expect(hit).toEqual({
        kind: 'project',
        objectId: project.id,
        projectId: project.id,
        title: 'Schulden en armoede per wijk',
        snippet: expect.stringContaining('Huishoudens in België'),
        rank: expect.any(Number),
      });
      expect(hit.rank).toBeGreaterThan(0);
    });

    it('not when one word does not occur', async () => {
      expect(await found(lead.token, 'schulden eenzaamheid')).toEqual([]);
      expect(await found(lead.token, 'wijken zwembad')).toEqual([]);
    });

    if (TEST_DATABASE === 'postgres') {
      it('with Dutch stemming on PostgreSQL', async () => {
        // "wijken" is no prefix of "wijk": only the stemmer brings them together.
        expect(await found(lead.token, 'wijken')).toEqual([project.id]);
      });
    }

    it('ranks a title match above a goal-only match', async () => {
      const inTitle = await f.project(lead.token, {
        title: 'Jeugdzorg in beeld',
        goal: 'Wachttijden verkorten',
      });
      const inGoal = await f.project(lead.token, {
        title: 'Wachtlijsten',
        goal: 'Minder wachten op jeugdzorg in de wijk',
      });
      expect(await found(lead.token, 'jeugdzorg')).toEqual([inTitle.id, inGoal.id]);
    });

    it('honours the limit', async () => {
      for (let i = 0; i < 3; i++)
        await f.project(lead.token, { title: `Limietproject ${i}`, goal: 'Limietdoel' });
      expect((await found(lead.token, 'limietproject')).length).toBe(3);
      expect((await search(lead.token, 'limietproject', 2)).data!.search).toHaveLength(2);
      expect(outcome(await search(lead.token, 'limietproject', 0))).toBe('BAD_USER_INPUT');
      expect(outcome(await search(lead.token, 'limietproject', LIMITS.pageSizeMax + 1))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('returns only what the caller may see', () => {
    it('by visibility: private to members, partners to partner organisations, public to all', async () => {
      const partner = await f.organisation();
      const stranger = await f.user(await f.organisation());
      const partnerUser = await f.user(partner);
      const colleague = await f.user(owner);
      const words = 'Geheimzinnige zwerfafval telling';
      const priv = await f.project(lead.token, {
        title: `${words} privé`,
        goal: 'x',
        visibility: 'private',
        partnerOrganisationIds: [partner.id],
      });
      const part = await f.project(lead.token, {
        title: `${words} partners`,
        goal: 'x',
        visibility: 'partners',
        partnerOrganisationIds: [partner.id],
      });
      const pub = await f.project(lead.token, {
        title: `${words} openbaar`,
        goal: 'x',
        visibility: 'public',
      });
      const sorted = async (token: string) =>
        (await found(token, 'geheimzinnige zwerfafval')).sort();

      expect(await sorted(lead.token)).toEqual([priv.id, part.id, pub.id].sort());
      expect(await sorted(partnerUser.token)).toEqual([part.id, pub.id].sort());
      expect(await sorted(colleague.token)).toEqual([part.id, pub.id].sort());
      expect(await sorted(stranger.token)).toEqual([pub.id]);

      // Becoming a member opens the private one; nothing is cached across requests.
      await f.member(lead.token, priv.id, partnerUser.user.id, 'observer');
      expect(await sorted(partnerUser.token)).toEqual([priv.id, part.id, pub.id].sort());
    });

    it('never a private project of another organisation, however exactly the words match', async () => {
      const other = await f.user(await f.organisation());
      const secret = await f.project(other.token, {
        title: 'Vertrouwelijk fraudeonderzoek bijstand',
        goal: 'Fraudeonderzoek',
        visibility: 'private',
      });
      expect(await found(other.token, 'fraudeonderzoek')).toEqual([secret.id]);
      expect(await found(lead.token, 'fraudeonderzoek')).toEqual([]);
      expect(await found(lead.token, 'Vertrouwelijk fraudeonderzoek bijstand')).toEqual([]);
    });

    it('shows questions and hypotheses to members only, not to visitors of the project', async () => {
      const partner = await f.organisation();
      const visitor = await f.user(partner);
      const shared = await f.project(lead.token, {
        title: 'Gedeeld overzicht',
        goal: 'x',
        partnerOrganisationIds: [partner.id],
      });
      const question = await f.question(lead.token, shared.id, 'Waarom verhuizen gezinnen?');
      const hypothesis = await f.hypothesis(lead.token, question.id, {
        statement: 'Gezinnen verhuizen om de huurprijs',
      });
      expect((await found(lead.token, 'verhuizen')).sort()).toEqual(
        [question.id, hypothesis.id].sort(),
      );
      expect(await found(visitor.token, 'verhuizen')).toEqual([]);
      expect(await found(visitor.token, 'gedeeld overzicht')).toEqual([shared.id]);
    });

    it('refuses anonymous callers', async () => {
      expect(outcome(await test.gql(SEARCH, { query: 'schulden' }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('follows changes', () => {
    it('re-indexes a project when its title or goal changes', async () => {
      const renamed = await f.project(lead.token, {
        title: 'Parkeerdruk binnenstad',
        goal: 'Meten waar auto’s staan',
      });
      expect(await found(lead.token, 'parkeerdruk')).toEqual([renamed.id]);
      const update = await test.gql(
        `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`,
        {
          input: {
            id: renamed.id,
            title: 'Fietsparkeren stationsgebied',
            goal: 'Tellen van fietsen',
          },
        },
        { token: lead.token },
      );
      expect(update.errors).toBeUndefined();
      expect(await found(lead.token, 'parkeerdruk')).toEqual([]);
      expect(await found(lead.token, 'auto')).toEqual([]);
      expect(await found(lead.token, 'fietsparkeren')).toEqual([renamed.id]);
      expect(await found(lead.token, 'tellen fietsen')).toEqual([renamed.id]);
    });

    it('stops showing a project to partners when it becomes private', async () => {
      const partner = await f.organisation();
      const partnerUser = await f.user(partner);
      const shared = await f.project(lead.token, {
        title: 'Luchtkwaliteit schoolpleinen',
        goal: 'x',
        partnerOrganisationIds: [partner.id],
      });
      expect(await found(partnerUser.token, 'luchtkwaliteit')).toEqual([shared.id]);
      await test.gql(
        `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`,
        {
          input: { id: shared.id, visibility: 'private' },
        },
        { token: lead.token },
      );
      expect(await found(partnerUser.token, 'luchtkwaliteit')).toEqual([]);
    });
  });

  describe('takes any query string without erroring', () => {
    it.each([
      '"',
      '"schulden',
      "schuld'en",
      '*',
      'schuld*',
      '* OR *',
      'schulden OR armoede',
      'schulden AND NOT armoede',
      'NEAR(schulden armoede)',
      'NEAR(',
      'title:schulden',
      'schulden:*',
      ':*',
      'schulden & armoede | !wijk',
      '&|!()<->',
      '!!!',
      '\\',
      "'; DROP TABLE search_documents; --",
      '%_%',
      '{"$ne": null}',
      '^schulden',
      '-schulden',
      '+schulden',
      '½ ² ٣',
      '日本語 검색 поиск بحث',
      '😀 👩‍👩‍👧',
      'e\u0301e\u0301n',
      '\u0000schulden',
      'ǅ ﷺ 𝔘',
      'de het een',
      '   ',
      '',
      'a'.repeat(LIMITS.searchQueryMax),
      Array.from({ length: 60 }, (_, i) => `w${i}`)
        .join(' ')
        .slice(0, LIMITS.searchQueryMax),
    ])('%j', async (query) => {
      const result = await search(lead.token, query);
      expect(result.errors).toBeUndefined();
      expect(Array.isArray(result.data!.search)).toBe(true);
    });

    it('finds through the punctuation around real words; operator words are just words', async () => {
      expect(await found(lead.token, '"schulden" (armoede*) wijk:')).toEqual([project.id]);
      expect(await found(lead.token, '-schulden & !armoede')).toEqual([project.id]);
      expect(await found(lead.token, 'schulden OR zwembad')).toEqual([]);
    });

    it(`refuses more than ${LIMITS.searchQueryMax} characters, naming the field`, async () => {
      const result = await search(lead.token, 's'.repeat(LIMITS.searchQueryMax + 1));
      expect([outcome(result), result.errors![0].extensions!.field]).toEqual([
        'BAD_USER_INPUT',
        'query',
      ]);
    });
  });
});
