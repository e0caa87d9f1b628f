import type { Organisation } from '../organisations/organisation.entity';
import { fixtures } from '../testing/fixtures';
import { outcome, startTestApp, type TestApp } from '../testing/test-app';
import { uploadVersion } from '../testing/uploads';

/**
 * Row access per organisation, on every path that exists: the dataset's owner organisation
 * (A) allows partner B and not partner C; members of all three see the metadata, only A and B
 * the rows. Each path is tried by a member of each organisation and by an outsider.
 */
type Who = 'ownerMember' | 'allowedMember' | 'otherMember' | 'outsider';
const WHO: Who[] = ['ownerMember', 'allowedMember', 'otherMember', 'outsider'];
const READS_ROWS: Record<Who, boolean> = {
  ownerMember: true,
  allowedMember: true,
  otherMember: false,
  outsider: false,
};

/** A value that occurs only in the rows: it must never reach anyone without row access. */
const SECRET = 'Geheimstraat';
const CSV = `wijk;adres;bedrag\nA;${SECRET} 1;10\nB;${SECRET} 2;20\nC;Openbaar 3;30\n`;

describe('dataset row access per organisation', () => {
  let test: TestApp;
  let tokens: Record<Who, string>;
  let projectId: string;
  let datasetId: string;
  let versionId: string;
  let owner: Organisation;

  beforeAll(async () => {
    test = await startTestApp();
    const f = fixtures(test);
    owner = await f.organisation('Gemeente Eigenaar', 'municipality');
    const allowed = await f.organisation('GGD Toegestaan');
    const other = await f.organisation('Politie Niet');
    const lead = await f.user(owner);
    projectId = (await f.project(lead.token, { partnerOrganisationIds: [allowed.id, other.id] }))
      .id;
    const allowedMember = await f.user(allowed);
    const otherMember = await f.user(other);
    await f.member(lead.token, projectId, allowedMember.user.id, 'observer');
    await f.member(lead.token, projectId, otherMember.user.id, 'contributor');
    tokens = {
      ownerMember: lead.token,
      allowedMember: allowedMember.token,
      otherMember: otherMember.token,
      outsider: (await f.user(await f.organisation('Elders'))).token,
    };
    datasetId = (
      await f.dataset(lead.token, projectId, {
        title: 'Schuldhulp per adres',
        rowOrganisationIds: [allowed.id],
      })
    ).id;
    const upload = await uploadVersion(
      test,
      { token: lead.token },
      projectId,
      datasetId,
      CSV,
      'adressen.csv',
    );
    expect(upload.status).toBe(201);
    versionId = upload.body.id;
  });
  afterAll(() => test?.close());

  const ask = (who: Who, query: string, variables: Record<string, unknown> = {}) =>
    test.gql(query, { id: datasetId, projectId, ...variables }, { token: tokens[who] });

  describe.each(WHO)('%s', (who) => {
    const member = who !== 'outsider';
    const rows = READS_ROWS[who];
    const rowsOutcome = rows ? 'OK' : 'FORBIDDEN';

    it(`sees the metadata: ${member}`, async () => {
      const result = await ask(
        who,
        `query($id: ID!) { dataset(id: $id) { title mayReadRows ownerOrganisation { id }
           latestVersion { rowCount profile { columns { name type completeness } } } } }`,
      );
      expect(outcome(result)).toBe(member ? 'OK' : 'FORBIDDEN');
      if (member) {
        expect(result.data.dataset).toMatchObject({
          title: 'Schuldhulp per adres',
          mayReadRows: rows,
          ownerOrganisation: { id: owner.id },
          latestVersion: { rowCount: 3 },
        });
        expect(JSON.stringify(result.data)).not.toContain(SECRET);
      }
    });

    const rowPaths: Array<[string, string]> = [
      ['first rows', 'firstRows'],
      ['sample rows', 'sampleRows'],
      ['a page of rows', 'rows(offset: 0, limit: 2) { rows total }'],
      ['most frequent values', 'profile { columns { values { topValues { value } } } }'],
      ['min and max', 'profile { columns { values { min max histogram { count } } } }'],
      ['a download link', 'downloadUrl'],
    ];
    it.each(rowPaths)(
      `%s by the dataset query → ${member ? rowsOutcome : 'FORBIDDEN'}`,
      async (_what, selection) => {
        const result = await ask(
          who,
          `query($id: ID!) { dataset(id: $id) { versions { ${selection} } } }`,
        );
        expect(outcome(result)).toBe(member ? rowsOutcome : 'FORBIDDEN');
        if (!rows) expect(JSON.stringify(result)).not.toContain(SECRET);
        else if (!selection.startsWith('downloadUrl') && !selection.includes('min max'))
          expect(JSON.stringify(result.data)).toContain(SECRET);
      },
    );

    it.each(rowPaths)(
      `%s nested under the project → ${member ? rowsOutcome : 'FORBIDDEN'}`,
      async (_what, selection) => {
        const result = await ask(
          who,
          `query($projectId: ID!) { project(id: $projectId) { datasets { latestVersion { ${selection} } } } }`,
        );
        expect(outcome(result)).toBe(member ? rowsOutcome : 'FORBIDDEN');
        if (!rows) expect(JSON.stringify(result)).not.toContain(SECRET);
      },
    );

    it(`finds the dataset by its metadata in search (${member}), never by a value in its rows`, async () => {
      const byTitle = await ask(who, '{ search(query: "schuldhulp") { kind objectId } }');
      expect(
        byTitle.data.search.some((hit: { objectId: string }) => hit.objectId === datasetId),
      ).toBe(member);
      const byRow = await ask(who, `{ search(query: "${SECRET}") { objectId } }`);
      expect(byRow.data.search).toEqual([]);
    });

    it(`downloads the file → ${rows ? 200 : 403}`, async () => {
      // The link is made for the owner's member; others must not get far with it either.
      const own = rows ? tokens[who] : tokens.ownerMember;
      const link = await test.gql(
        `query($id: ID!) { dataset(id: $id) { latestVersion { downloadUrl } } }`,
        { id: datasetId },
        { token: own },
      );
      const url: string = link.data.dataset.latestVersion.downloadUrl;
      const response = await fetch(test.url + url, {
        headers: { authorization: `Bearer ${tokens[who]}` },
      });
      expect(response.status).toBe(rows ? 200 : 403);
      const body = await response.text();
      if (rows) {
        expect(body).toBe(CSV);
        expect(response.headers.get('content-disposition')).toMatch(
          /^attachment; filename="?adressen\.csv"?$/,
        );
      } else {
        expect(body).not.toContain(SECRET);
        expect(JSON.parse(body)).toMatchObject({ code: 'FORBIDDEN' });
      }
    });

    it(`uploads a version → ${who === 'ownerMember' || who === 'allowedMember' ? 'by role' : 403}`, async () => {
      const response = await uploadVersion(
        test,
        { token: tokens[who] },
        projectId,
        datasetId,
        CSV,
        'adressen.csv',
      );
      // The allowed organisation's member here is an observer: reading rows, not uploading.
      expect(response.status).toBe(who === 'ownerMember' ? 201 : 403);
    });
  });

  describe('download links', () => {
    const link = async (who: Who) =>
      (await ask(who, `query($id: ID!) { dataset(id: $id) { latestVersion { downloadUrl } } }`))
        .data.dataset.latestVersion.downloadUrl as string;

    it('work only for the user they were made for', async () => {
      const url = await link('allowedMember');
      const response = await fetch(test.url + url, {
        headers: { authorization: `Bearer ${tokens.ownerMember}` },
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'BAD_LINK' });
    });

    it('refuse a changed expiry, a missing signature and no session', async () => {
      const url = await link('ownerMember');
      const later = url.replace(/expires=(\d+)/, (_m, t) => `expires=${Number(t) + 3600}`);
      const auth = { authorization: `Bearer ${tokens.ownerMember}` };
      expect((await fetch(test.url + later, { headers: auth })).status).toBe(403);
      expect(
        (await fetch(test.url + url.replace(/&signature=.*/, ''), { headers: auth })).status,
      ).toBe(403);
      expect((await fetch(test.url + url)).status).toBe(401);
    });

    it('record each download in the activity', async () => {
      const url = await link('allowedMember');
      await fetch(test.url + url, { headers: { authorization: `Bearer ${tokens.allowedMember}` } });
      const result = await test.gql(
        `query($id: ID!) { project(id: $id) { activity { items { action objectId actor { id } } } } }`,
        { id: projectId },
        { token: tokens.ownerMember },
      );
      const downloads = result.data.project.activity.items.filter(
        (item: { action: string }) => item.action === 'dataset.version.downloaded',
      );
      expect(downloads.length).toBeGreaterThanOrEqual(1);
      expect(downloads[0].objectId).toBe(datasetId);
    });
  });

  it('lets only the owner organisation change who reads the rows', async () => {
    const mutation = `mutation($input: SetDatasetRowAccessInput!) { setDatasetRowAccess(input: $input) { id rowOrganisations { id } } }`;
    const input = { datasetId, organisationIds: [] };
    // The other organisation's member is a contributor: their role would allow it, their organisation not.
    expect(outcome(await test.gql(mutation, { input }, { token: tokens.otherMember }))).toBe(
      'FORBIDDEN',
    );
    const done = await test.gql(mutation, { input }, { token: tokens.ownerMember });
    expect(done.data.setDatasetRowAccess.rowOrganisations).toEqual([]);
    const after = await ask(
      'allowedMember',
      `query($id: ID!) { dataset(id: $id) { mayReadRows versions { firstRows } } }`,
    );
    expect(outcome(after)).toBe('FORBIDDEN');
    expect(JSON.stringify(after)).not.toContain(SECRET);
  });

  it('has no version id path around the dataset: an unknown dataset in the route is refused', async () => {
    const response = await fetch(
      `${test.url}/api/datasets/00000000-0000-4000-8000-000000000000/versions/${versionId}/file`,
      { headers: { authorization: `Bearer ${tokens.ownerMember}` } },
    );
    expect(response.status).toBe(403);
  });
});
