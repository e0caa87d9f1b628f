import { DataSource } from 'typeorm';
import { captureLogs, type CapturedLogs } from '../testing/capture-logs';
import { fixtures, TEST_PASSWORD } from '../testing/fixtures';
import { TEST_REDIS_URL } from '../testing/test-database';
import { outcome, startTestApp, type GraphqlResult, type TestApp } from '../testing/test-app';

const GENERIC = 'Something went wrong on our side. It has been logged; please try again.';

describe('HTTP surface', () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let logs: CapturedLogs;

  beforeAll(async () => {
    // Errors are logged (and captured here): the log keeps what the response must not show.
    test = await startTestApp({ LOG_LEVEL: 'error' });
    logs = captureLogs();
    f = fixtures(test);
  });
  afterAll(async () => {
    logs?.stop();
    await test?.close();
  });

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${test.url}/graphql`, { method: 'POST', headers, body });

  describe('health', () => {
    it('/health/live answers 200 without asking anything else', async () => {
      const response = await fetch(`${test.url}/health/live`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    });

    it(`/health/ready answers 200 with the database${TEST_REDIS_URL ? ' and Redis' : ''} up`, async () => {
      const response = await fetch(`${test.url}/health/ready`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        status: 'ok',
        checks: TEST_REDIS_URL ? { database: 'up', redis: 'up' } : { database: 'up' },
      });
    });
  });

  describe('GraphQL over HTTP', () => {
    it('refuses a GET without a preflight header (CSRF prevention)', async () => {
      const response = await fetch(
        `${test.url}/graphql?query=${encodeURIComponent('{ __typename }')}`,
      );
      expect(response.status).toBe(400);
      const body = (await response.json()) as GraphqlResult;
      expect(body.errors![0].message).toMatch(/Cross-Site Request Forgery/);
      expect(body.data).toBeUndefined();
    });

    it('refuses a text/plain POST, the kind a form on another site can send', async () => {
      const response = await post(JSON.stringify({ query: 'mutation { signOut }' }), {
        'content-type': 'text/plain',
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as GraphqlResult).errors![0].message).toMatch(
        /Cross-Site Request Forgery/,
      );
    });

    it('answers a GET query that carries the preflight header, but never a mutation over GET', async () => {
      const get = (query: string) =>
        fetch(`${test.url}/graphql?query=${encodeURIComponent(query)}`, {
          headers: { 'apollo-require-preflight': 'true' },
        });
      const query = await get('{ __typename }');
      expect([query.status, await query.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
      const mutation = await get('mutation { signOut }');
      expect(mutation.status).toBe(405);
    });

    it('refuses batched requests', async () => {
      const response = await post(
        JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
        {
          'content-type': 'application/json',
        },
      );
      expect(response.status).toBe(400);
      const body = (await response.json()) as GraphqlResult;
      expect(body.errors![0].message).toMatch(/batching/i);
      expect(JSON.stringify(body)).not.toContain('"Query"');
    });

    it('refuses an unknown input field in variables as BAD_USER_INPUT naming the field, without echoing values', async () => {
      const { token } = await f.user(await f.organisation());
      const result = await test.gql(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
        {
          input: {
            title: 'Een project',
            goal: 'Een doel met geheim-7731',
            ownerOrganisationId: 'x',
          },
        },
        { token },
      );
      expect(outcome(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe('ownerOrganisationId');
      expect(result.errors![0].message).toMatch(/ownerOrganisationId/);
      expect(result.errors![0].message).not.toContain('geheim-7731');
      expect((await test.gql(`{ projects { id } }`, {}, { token })).data.projects).toEqual([]);
    });

    it('refuses an unknown input field written in the document as a validation error naming it', async () => {
      const result = await test.gql(
        `mutation { signIn(input: { email: "a@b.nl", password: "x", remember: true }) { token } }`,
      );
      expect(outcome(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors![0].message).toMatch(/"remember"/);
    });

    it('names a nested invalid value by its path', async () => {
      const { token } = await f.user(await f.organisation());
      const result = await test.gql(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
        {
          input: { title: 'Een project', goal: 'Doel', phase: 'klaar' },
        },
        { token },
      );
      expect([outcome(result), result.errors![0].extensions!.field]).toEqual([
        'BAD_USER_INPUT',
        'phase',
      ]);
    });
  });

  describe('refusals', () => {
    it('answers them without logging them as faults', async () => {
      const before = logs.text().length;
      const anonymous = await test.gql('{ me { id } }');
      const member = await f.user(await f.organisation());
      const stranger = await test.gql(
        'query($id: ID!) { project(id: $id) { id } }',
        { id: '00000000-0000-4000-8000-000000000000' },
        { token: member.token },
      );
      expect(outcome(anonymous)).toBe('UNAUTHENTICATED');
      expect(outcome(stranger)).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(logs.text().slice(before)).not.toMatch(/"level":50/);
    });
  });

  describe('request ids', () => {
    it('echoes a well-formed x-request-id', async () => {
      const response = await fetch(`${test.url}/health/live`, {
        headers: { 'x-request-id': 'trace-abc.123' },
      });
      expect(response.headers.get('x-request-id')).toBe('trace-abc.123');
      const graphql = await post(JSON.stringify({ query: '{ __typename }' }), {
        'content-type': 'application/json',
        'x-request-id': 'gql-42',
      });
      expect(graphql.headers.get('x-request-id')).toBe('gql-42');
    });

    it('replaces a malformed one with its own', async () => {
      for (const id of ['a b', 'x'.repeat(65), '<script>']) {
        const response = await fetch(`${test.url}/health/live`, {
          headers: { 'x-request-id': id },
        });
        expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      }
      const none = await fetch(`${test.url}/health/live`);
      expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('when the database goes away', () => {
    let broken: TestApp;
    let token: string;
    let email: string;

    beforeAll(async () => {
      broken = await startTestApp();
      const g = fixtures(broken);
      const account = await g.user(await g.organisation());
      token = account.token;
      email = account.user.email;
      await broken.app.get(DataSource).destroy();
    });
    afterAll(() => broken?.close());

    it('answers INTERNAL_SERVER_ERROR with a generic message and no stack trace, and logs the detail', async () => {
      const response = await broken.gqlResponse(
        `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
        {
          input: { email, password: TEST_PASSWORD },
        },
      );
      expect(response.status).toBe(200);
      const error = response.result.errors![0];
      expect(error).toEqual({
        message: GENERIC,
        path: ['signIn'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(response.result)).not.toMatch(/stack|TypeORM|Connection|at .*\.ts/i);
      expect(logs.text()).toMatch(/"context":"GraphQL"/);
    });

    it('answers a request whose credentials cannot be checked with a bare 500, no stack trace', async () => {
      const response = await fetch(`${broken.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toMatch(/stack|TypeORM|Connection|at .*\.ts/i);
      expect(text).not.toContain(token);
    });

    it('reports not ready, naming the database, while staying live', async () => {
      const ready = await fetch(`${broken.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(JSON.stringify(await ready.json())).toMatch(/"database":"down"/);
      expect((await fetch(`${broken.url}/health/live`)).status).toBe(200);
    });
  });
});
