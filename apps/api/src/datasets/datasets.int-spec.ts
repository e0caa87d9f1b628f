import jsonld from 'jsonld';

/** jsonld's types lack the `safe` option; safe mode throws on any term expansion would drop. */
const expand = (document: Record<string, unknown>) =>
  jsonld.expand(document as never, { safe: true } as never) as unknown as Promise<
    Array<Record<string, any>>
  >;
import type { Organisation } from '../organisations/organisation.entity';
import { DATASET_METADATA, fixtures } from '../testing/fixtures';
import { outcome, startTestApp, type TestApp } from '../testing/test-app';
import { uploadVersion } from '../testing/uploads';

const CREATE = `mutation($input: CreateDatasetInput!) {
  createDataset(input: $input) { id identifier title keywords legalBasis publisher { id } creator { id } }
}`;
const UPDATE = `mutation($input: UpdateDatasetInput!) {
  updateDataset(input: $input) { id title accessClass legalBasis temporalStart temporalEnd }
}`;

describe('datasets', () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let token: string;
  let projectId: string;
  let partnerId: string;
  let owner: Organisation;
  let partner: Organisation;

  beforeAll(async () => {
    test = await startTestApp({ PUBLIC_URL: 'https://ketenlab.voorbeeldstad.nl' });
    f = fixtures(test);
    owner = await f.organisation('Gemeente Metadata', 'municipality');
    partner = await f.organisation('CBS Metadata');
    partnerId = partner.id;
    ({ token } = await f.user(owner));
    projectId = (await f.project(token, { partnerOrganisationIds: [partnerId] })).id;
  });
  afterAll(() => test?.close());

  const create = (input: Record<string, unknown>) =>
    test.gql(CREATE, { input: { ...DATASET_METADATA, projectId, ...input } }, { token });

  describe('metadata', () => {
    it('fills in an identifier, publisher and creator, and normalises keywords', async () => {
      const result = await create({ keywords: [' Schulden ', 'schulden', 'Wijken'] });
      expect(result.errors).toBeUndefined();
      const dataset = result.data.createDataset;
      expect(dataset.identifier).toBe(`urn:uuid:${dataset.id}`);
      expect(dataset.publisher.id).toBe(dataset.creator.id);
      expect(dataset.keywords).toEqual(['schulden', 'wijken']);
    });

    it.each([
      ['title', { title: '' }],
      ['description', { description: '   ' }],
      ['contactName', { contactName: undefined }],
      ['contactEmail', { contactEmail: 'geen adres' }],
      ['theme', { theme: undefined }],
      ['licence', { licence: undefined }],
      ['accessClass', { accessClass: undefined }],
      ['updateFrequency', { updateFrequency: undefined }],
      ['legalBasis', { accessClass: 'personal_data' }],
      ['temporalEnd', { temporalStart: '2024-12-31', temporalEnd: '2024-01-01' }],
      ['temporalStart', { temporalStart: '31-12-2024' }],
      [
        'publisherOrganisationId',
        { publisherOrganisationId: '0b6f2a52-4c1e-4d2b-9a7e-1f2e3d4c5b6a' },
      ],
      ['rowOrganisationIds', { rowOrganisationIds: ['0b6f2a52-4c1e-4d2b-9a7e-1f2e3d4c5b6a'] }],
    ])('refuses a dataset without a valid %s, saying so', async (field, change) => {
      const result = await create(change);
      expect(outcome(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
      expect(result.errors![0].message).toMatch(/^[A-Z].{15,}\.$/);
    });

    it('accepts personal data with a legal basis, and keeps it complete on update', async () => {
      const created = await create({
        accessClass: 'personal_data',
        legalBasis: 'AVG art. 6 lid 1 sub e; Wet gemeentelijke schuldhulpverlening',
      });
      const id = created.data.createDataset.id;
      const cleared = await test.gql(UPDATE, { input: { id, legalBasis: null } }, { token });
      expect(cleared.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'legalBasis',
      });
      const opened = await test.gql(
        UPDATE,
        { input: { id, accessClass: 'open', legalBasis: null, temporalStart: '2024-01-01' } },
        { token },
      );
      expect(opened.data.updateDataset).toMatchObject({
        accessClass: 'open',
        legalBasis: null,
        temporalStart: '2024-01-01',
      });
    });

    it('lets editing members of the owner organisation change the metadata, and no one else', async () => {
      const id = (await create({})).data.createDataset.id;
      const colleague = await f.user(owner);
      const partnerEditor = await f.user(partner);
      const partnerLead = await f.user(partner);
      await f.member(token, projectId, colleague.user.id, 'contributor');
      await f.member(token, projectId, partnerEditor.user.id, 'contributor');
      await f.member(token, projectId, partnerLead.user.id, 'lead');
      const edit = (who: string, title: string) =>
        test.gql(UPDATE, { input: { id, title } }, { token: who });

      expect(outcome(await edit(colleague.token, 'Door een collega'))).toBe('OK');
      for (const who of [partnerEditor.token, partnerLead.token]) {
        const refused = await edit(who, 'Door een partner');
        expect(outcome(refused)).toBe('FORBIDDEN');
        expect(refused.errors![0].message).toMatch(/organisation that owns this dataset/);
      }
      const kept = await test.gql(
        'query($id: ID!) { dataset(id: $id) { title } }',
        { id },
        { token },
      );
      expect(kept.data.dataset.title).toBe('Door een collega');
    });

    it('records creation, edits and access changes in the activity, in the same transaction', async () => {
      const id = (await create({})).data.createDataset.id;
      await test.gql(UPDATE, { input: { id, title: 'Nieuwe titel' } }, { token });
      await test.gql(
        'mutation($input: SetDatasetRowAccessInput!) { setDatasetRowAccess(input: $input) { id } }',
        { input: { datasetId: id, organisationIds: [partnerId] } },
        { token },
      );
      const result = await test.gql(
        'query($id: ID!) { project(id: $id) { activity { items { action objectId } } } }',
        { id: projectId },
        { token },
      );
      const actions = result.data.project.activity.items
        .filter((item: { objectId: string }) => item.objectId === id)
        .map((item: { action: string }) => item.action);
      expect(actions).toEqual(
        expect.arrayContaining(['dataset.created', 'dataset.updated', 'dataset.rowAccess.changed']),
      );
    });
  });

  describe('DCAT export', () => {
    let datasetId: string;

    beforeAll(async () => {
      datasetId = (
        await create({
          title: 'Huishoudens met schulden',
          accessClass: 'personal_data',
          legalBasis: 'AVG art. 6 lid 1 sub e',
          temporalStart: '2024-01-01',
          temporalEnd: '2024-12-31',
          spatialCoverage: 'Gemeente Voorbeeldstad, per wijk',
          source: 'Schuldhulpregistratie',
        })
      ).data.createDataset.id;
      const upload = await uploadVersion(
        test,
        { token },
        projectId,
        datasetId,
        'wijk;n\nA;1\n',
        'schulden.csv',
      );
      expect(upload.status).toBe(201);
    });

    const fetchJsonLd = async (path: string) => {
      const response = await fetch(`${test.url}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment/);
      return (await response.json()) as Record<string, unknown>;
    };

    const DCAT = 'http://www.w3.org/ns/dcat#';
    const DCT = 'http://purl.org/dc/terms/';

    it('describes one dataset as JSON-LD that expands without dropping a term', async () => {
      const document = await fetchJsonLd(`/api/datasets/${datasetId}/dcat.jsonld`);
      // Safe mode throws on anything that would be dropped or left relative.
      const [expanded] = await expand(document);
      expect(expanded['@type']).toEqual([`${DCAT}Dataset`]);
      expect(expanded[`${DCT}title`]).toEqual([
        { '@value': 'Huishoudens met schulden', '@language': 'nl' },
      ]);
      expect(expanded[`${DCT}accessRights`]).toEqual([
        { '@id': 'http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC' },
      ]);
      expect(expanded[`${DCT}accrualPeriodicity`]).toEqual([
        { '@id': 'http://publications.europa.eu/resource/authority/frequency/QUARTERLY' },
      ]);
      expect(
        expanded[`${DCAT}contactPoint`][0]['http://www.w3.org/2006/vcard/ns#hasEmail'],
      ).toEqual([{ '@id': `mailto:${DATASET_METADATA.contactEmail}` }]);
      const [distribution] = expanded[`${DCAT}distribution`];
      expect(distribution[`${DCAT}byteSize`][0]['@value']).toBe(String('wijk;n\nA;1\n'.length));
      expect(distribution['@id']).toMatch(/^https:\/\/ketenlab\.voorbeeldstad\.nl\/datasets\//);
      expect(JSON.stringify(document)).not.toContain('A;1');
    });

    it('lists the project catalogue with every dataset', async () => {
      const document = await fetchJsonLd(`/api/projects/${projectId}/datasets/catalogue.jsonld`);
      const [catalogue] = await expand(document);
      expect(catalogue['@type']).toEqual([`${DCAT}Catalog`]);
      const ids = catalogue[`${DCAT}dataset`].map((d: { '@id': string }) => d['@id']);
      expect(ids).toContain(`https://ketenlab.voorbeeldstad.nl/datasets/${datasetId}`);
    });

    it('is refused to non-members', async () => {
      const stranger = await f.user(await f.organisation('Buiten'));
      const response = await fetch(`${test.url}/api/datasets/${datasetId}/dcat.jsonld`, {
        headers: { authorization: `Bearer ${stranger.token}` },
      });
      expect(response.status).toBe(403);
    });
  });
});
