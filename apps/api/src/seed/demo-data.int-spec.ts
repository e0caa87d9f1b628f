import { DEMO_SIGN_INS } from './demo-data';
import { DEMO_DATASET } from './demo-dataset';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('demo data', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ DEMO_DATA: 'true' });
  });
  afterAll(() => test?.close());

  it('holds a profiled demo dataset whose rows the partner it allows can read', async () => {
    const signIn = async (email: string) =>
      (
        await test.gql('mutation($input: SignInInput!) { signIn(input: $input) { token } }', {
          input: { email, password: DEMO_SIGN_INS.password },
        })
      ).data.signIn.token as string;
    const token = await signIn('ahmed@ggd-regio.nl');
    const result = await test.gql(
      `{ projects { title datasets { title mayReadRows latestVersion { rowCount
           profile { columns { name type } } rows(limit: 2) { rows } } } } }`,
      {},
      { token },
    );
    expect(result.errors).toBeUndefined();
    const dataset = result.data.projects
      .flatMap((p: { datasets: unknown[] }) => p.datasets)
      .find((d: { title: string }) => d.title === DEMO_DATASET.title);
    expect(dataset).toMatchObject({ mayReadRows: true, latestVersion: { rowCount: 8 } });
    expect(dataset.latestVersion.profile.columns).toContainEqual({
      name: 'aandeel_schulden',
      type: 'decimal',
    });
    expect(dataset.latestVersion.rows.rows[0]).toEqual([
      'WK099901',
      'Centrum',
      '4.210',
      '231',
      '5,5',
      '31-12-2024',
    ]);
  });
});
