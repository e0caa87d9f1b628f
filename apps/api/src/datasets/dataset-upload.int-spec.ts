import { buildZip, deflateRepeated } from '@ketenlab/datasets/testing/zip-builder';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { DATASET_METADATA, fixtures, TEST_PASSWORD } from '../testing/fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { storedFiles, uploadVersion } from '../testing/uploads';

const FIXTURES = join(__dirname, '../../../../libs/datasets/src/testing/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

const VERSION_FIELDS = `
  id number fileName format byteSize rowCount sha256
  profile { encoding delimiter rowCount completeness columns { name type emptyShare values { min max mean topValues { value count } } } }
  firstRows sampleRows
  schemaChanges { added { name type } removed { name type } retyped { name from to } }
`;

describe('dataset uploads', () => {
  const MAX_BYTES = 200_000;
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let token: string;
  let projectId: string;

  beforeAll(async () => {
    test = await startTestApp({
      DATASET_MAX_BYTES: String(MAX_BYTES),
      DATASET_MAX_UNCOMPRESSED_BYTES: String(16 * 1024 * 1024),
    });
    f = fixtures(test);
    const organisation = await f.organisation('Gemeente Upload', 'municipality');
    ({ token } = await f.user(organisation));
    projectId = (await f.project(token)).id;
  });
  afterAll(() => test?.close());

  const newDataset = async () => (await f.dataset(token, projectId)).id;
  const upload = (datasetId: string, content: Buffer | string, name: string, sheet?: string) =>
    uploadVersion(test, { token }, projectId, datasetId, content, name, { sheet });
  const versions = async (datasetId: string) => {
    const result = await test.gql(
      `query($id: ID!) { dataset(id: $id) { versions { ${VERSION_FIELDS} } } }`,
      { id: datasetId },
      { token },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.dataset.versions;
  };

  it('stores a Windows-1252 CSV with é as version 1 and profiles it', async () => {
    const datasetId = await newDataset();
    const response = await upload(datasetId, fixture('windows-1252.csv'), 'plaatsen.csv');
    expect(response).toMatchObject({ status: 201, body: { number: 1, rowCount: 2, columns: 2 } });
    const [version] = await versions(datasetId);
    expect(version).toMatchObject({
      number: 1,
      fileName: 'plaatsen.csv',
      format: 'csv',
      byteSize: fixture('windows-1252.csv').length,
      profile: { encoding: 'windows-1252', delimiter: ';', rowCount: 2 },
    });
    expect(version.firstRows).toEqual([
      ['Utrecht', 'Café de Ruimte'],
      ['Zwolle', 'Crèche de Egel'],
    ]);
    expect(storedFiles(test)).toContain(`datasets/${datasetId}/${version.id}`);
  });

  it('reads decimal commas and thousands dots as numbers', async () => {
    const datasetId = await newDataset();
    expect((await upload(datasetId, fixture('decimal-comma.csv'), 'bedragen.csv')).status).toBe(
      201,
    );
    const [version] = await versions(datasetId);
    const bedrag = version.profile.columns.find((c: { name: string }) => c.name === 'bedrag');
    expect(bedrag).toMatchObject({ type: 'decimal', values: { min: '-12000', max: '1234.56' } });
    expect(bedrag.values.mean).toBeCloseTo((1234.56 - 12000 + 999.99) / 3, 6);
  });

  it('shows what changed in the columns between versions', async () => {
    const datasetId = await newDataset();
    await upload(datasetId, 'wijk;aantal;naam\nA;1;x\nB;2;y\n', 'v1.csv');
    const second = await upload(datasetId, 'wijk;aantal;jaar\nA;1,5;2024\nB;2,5;2024\n', 'v2.csv');
    expect(second).toMatchObject({ status: 201, body: { number: 2 } });
    const [latest, first] = await versions(datasetId);
    expect(first.schemaChanges).toBeNull();
    expect(latest.schemaChanges).toEqual({
      added: [{ name: 'jaar', type: 'integer' }],
      removed: [{ name: 'naam', type: 'text' }],
      retyped: [{ name: 'aantal', from: 'integer', to: 'decimal' }],
    });
  });

  describe('refusals leave no version and no file', () => {
    const cases: Array<[string, () => Buffer | string, string, number, string]> = [
      ['an empty file', () => '', 'leeg.csv', 422, 'EMPTY_FILE'],
      ['a header without rows', () => 'a;b\n', 'kop.csv', 422, 'EMPTY_FILE'],
      ['a wrong extension', () => 'a;b\n1;2\n', 'cijfers.pdf', 415, 'UNSUPPORTED_FORMAT'],
      [
        'binary posing as CSV',
        () => Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]),
        'x.csv',
        422,
        'BINARY_CONTENT',
      ],
      ['ragged rows', () => fixture('ragged.csv'), 'rafelig.csv', 422, 'RAGGED_ROWS'],
      [
        'UTF-16',
        () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a;b\n1;2\n', 'utf16le')]),
        'utf16.csv',
        422,
        'UNSUPPORTED_ENCODING',
      ],
      [
        'a workbook named .csv',
        () => buildZip([{ name: 'a', data: Buffer.from('x'), stored: true, declaredSize: 1 }]),
        'x.csv',
        422,
        'EXTENSION_MISMATCH',
      ],
      [
        // Past the limit only once it streams: Content-Length stays within the slack.
        'a file over the limit mid-stream',
        () => 'a;b\n' + '1;2\n'.repeat(MAX_BYTES / 4 + 10),
        'groot.csv',
        413,
        'TOO_LARGE',
      ],
      [
        'a file whose Content-Length is already over the limit',
        () => 'a;b\n' + '1;2\n'.repeat(MAX_BYTES / 2),
        'groter.csv',
        413,
        'TOO_LARGE',
      ],
    ];

    it.each(cases)('%s', async (_what, content, name, status, code) => {
      const datasetId = await newDataset();
      const before = storedFiles(test);
      const response = await upload(datasetId, content(), name);
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ code, message: expect.any(String) });
      expect(response.body.message.length).toBeGreaterThan(10);
      expect(await versions(datasetId)).toEqual([]);
      expect(storedFiles(test)).toEqual(before);
    });

    it('names the line of a ragged row', async () => {
      const response = await upload(await newDataset(), fixture('ragged.csv'), 'rafelig.csv');
      expect(response.body).toMatchObject({ code: 'RAGGED_ROWS', details: { line: 3 } });
    });

    it('refuses a decompression bomb before it inflates past the cap', async () => {
      const bomb = await deflateRepeated(
        '<worksheet><sheetData>',
        ' ',
        64 << 20,
        '</sheetData></worksheet>',
      );
      const xml = (text: string) => ({ data: deflateRawSync(text), declaredSize: text.length });
      const file = buildZip([
        {
          name: 'xl/workbook.xml',
          ...xml(
            '<workbook><sheets><sheet name="Bom" sheetId="1" r:id="rId1"/></sheets></workbook>',
          ),
        },
        { name: 'xl/worksheets/sheet1.xml', data: bomb, declaredSize: 1024 },
      ]);
      expect(file.length).toBeLessThan(MAX_BYTES);
      const datasetId = await newDataset();
      const before = storedFiles(test);
      const response = await upload(datasetId, file, 'bom.xlsx');
      expect(response).toMatchObject({
        status: 422,
        body: { code: 'XLSX_TOO_LARGE_UNCOMPRESSED' },
      });
      expect(await versions(datasetId)).toEqual([]);
      expect(storedFiles(test)).toEqual(before);
    });

    it('refuses a request without a file, and one for a dataset of another project', async () => {
      const datasetId = await newDataset();
      const form = new FormData();
      form.append('note', 'geen bestand');
      const response = await fetch(
        `${test.url}/api/projects/${projectId}/datasets/${datasetId}/versions`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: form,
        },
      );
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'NO_FILE' });
      const other = (await f.project(token, { title: 'Ander project' })).id;
      const elsewhere = await uploadVersion(
        test,
        { token },
        other,
        datasetId,
        'a;b\n1;2\n',
        'a.csv',
      );
      expect(elsewhere).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    });
  });

  it('takes uploads from cookie callers only with the CSRF header', async () => {
    const organisation = await f.organisation();
    const { user } = await f.user(organisation);
    const response = await test.gqlResponse(
      'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      { input: { email: user.email, password: TEST_PASSWORD } },
    );
    const cookie = response.headers.get('set-cookie')!.split(';')[0];
    const project = await test.gql(
      'mutation { createProject(input: { title: "Eigen project", goal: "Leren" }) { id } }',
      {},
      { cookie },
    );
    const ownProject = project.data.createProject.id;
    const created = await test.gql(
      'mutation($input: CreateDatasetInput!) { createDataset(input: $input) { id } }',
      { input: { ...DATASET_METADATA, projectId: ownProject } },
      { cookie },
    );
    const datasetId = created.data.createDataset.id;
    const csv = 'a;b\n1;2\n';
    const refused = await uploadVersion(test, { cookie }, ownProject, datasetId, csv, 'a.csv');
    expect(refused).toMatchObject({ status: 403, body: { code: 'CSRF' } });
    const taken = await uploadVersion(
      test,
      { cookie, csrf: true },
      ownProject,
      datasetId,
      csv,
      'a.csv',
    );
    expect(taken).toMatchObject({ status: 201, body: { number: 1 } });
  });

  it('answers 401 without credentials', async () => {
    const datasetId = await newDataset();
    const response = await uploadVersion(test, {}, projectId, datasetId, 'a;b\n1;2\n', 'a.csv');
    expect(response).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
  });
});
