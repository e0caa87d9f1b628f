import {
  CALLER_NAMES,
  expected,
  tokenOf,
  usePermissionWorld,
  type Caller,
} from '../../testing/permission-world';
import { outcome } from '../../testing/test-app';
import { uploadVersion } from '../../testing/uploads';

describe('permission matrix (API)', () => {
  const world = usePermissionWorld();

  describe('dataset rows (fields with an organisation rule)', () => {
    const readers = CALLER_NAMES.filter((caller) => expected('dataset.read', caller) === 'OK');
    const ROW_FIELDS = [
      'firstRows',
      'sampleRows',
      'rows { rows }',
      'downloadUrl',
      'profile { columns { values { topValues { value } } } }',
    ];
    for (const selection of ROW_FIELDS) {
      it.each(readers.map((caller) => [caller, expected('dataset.rows.read', caller)] as const))(
        `${selection} as %s → %s`,
        async (caller, want) => {
          const result = await world().test.gql(
            `query($id: ID!) { project(id: $id) { datasets { latestVersion { ${selection} } } } }`,
            { id: world().projectId },
            { token: world().callers[caller as Exclude<Caller, 'anonymous'>].token },
          );
          expect(outcome(result)).toBe(want);
        },
      );
    }
  });

  describe('dataset file routes (HTTP)', () => {
    const STATUS = { OK: 201, FORBIDDEN: 403, UNAUTHENTICATED: 401 } as const;
    const datasetId = async () => {
      const result = await world().test.gql(
        'query($id: ID!) { project(id: $id) { datasets { id } } }',
        { id: world().projectId },
        { token: world().lead.token },
      );
      return result.data.project.datasets[0].id as string;
    };

    it.each(CALLER_NAMES.map((caller) => [caller, expected('dataset.upload', caller)] as const))(
      'POST …/versions as %s → %s',
      async (caller, want) => {
        const response = await uploadVersion(
          world().test,
          { token: tokenOf(world(), caller) },
          world().projectId,
          await datasetId(),
          'wijk;aantal\nA;1\n',
          'wijken.csv',
        );
        expect([response.status, response.body.code ?? 'OK']).toEqual([STATUS[want], want]);
      },
    );

    it.each(CALLER_NAMES.map((caller) => [caller, expected('dataset.read', caller)] as const))(
      'GET the DCAT exports as %s → %s',
      async (caller, want) => {
        const token = tokenOf(world(), caller);
        const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
        for (const path of [
          `/api/datasets/${await datasetId()}/dcat.jsonld`,
          `/api/projects/${world().projectId}/datasets/catalogue.jsonld`,
        ]) {
          const response = await fetch(world().test.url + path, { headers });
          expect([path, response.status]).toEqual([path, want === 'OK' ? 200 : STATUS[want]]);
        }
      },
    );

    it.each(CALLER_NAMES.map((caller) => [caller, expected('dataset.rows.read', caller)] as const))(
      'GET …/file as %s → %s',
      async (caller, want) => {
        const { test, lead, callers } = world();
        const id = await datasetId();
        // Callers who may read rows use their own link; the others try the lead's.
        const linkFor = want === 'OK' ? callers[caller as 'lead'].token : lead.token;
        const link = await test.gql(
          'query($id: ID!) { dataset(id: $id) { latestVersion { downloadUrl } } }',
          { id },
          { token: linkFor },
        );
        const token = tokenOf(world(), caller);
        const response = await fetch(test.url + link.data.dataset.latestVersion.downloadUrl, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
        expect(response.status).toBe(want === 'OK' ? 200 : STATUS[want]);
      },
    );
  });
});
