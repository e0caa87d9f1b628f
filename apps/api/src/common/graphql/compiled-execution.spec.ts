import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { getIntrospectionQuery, graphql } from 'graphql';
import * as jit from 'graphql-jit';
import { compiledExecution } from './compiled-execution';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});

const board = [
  { id: '1', statement: 'Eerder hulp', tags: ['schulden'], history: [{ to: 'proposed', at: '1' }] },
  { id: '2', statement: 'Minder uitval', tags: [], history: [] },
];
const schema = makeExecutableSchema({
  typeDefs: `
    type Transition { to: String!, at: String! }
    type Hypothesis {
      id: ID!, statement: String!, tags: [String!]!, history: [Transition!]!, secret: String
    }
    input ProposeInput { statement: String!, tags: [String!]! = [] }
    type Query { board(status: String): [Hypothesis!]! }
    type Mutation { propose(input: ProposeInput!): Hypothesis! }
  `,
  resolvers: {
    Query: {
      board: (_: unknown, { status }: { status?: string }) => (status === 'none' ? [] : board),
    },
    Mutation: {
      propose: (_: unknown, { input }: { input: { statement: string; tags: string[] } }) => ({
        id: '3',
        ...input,
        history: [],
      }),
    },
    Hypothesis: { secret: () => Promise.reject(new Error('no access')) },
  },
});

const formatted: unknown[] = [];

async function serve() {
  const server = new ApolloServer({
    gateway: compiledExecution(schema),
    formatError: (formattedError, error) => {
      formatted.push(unwrapResolverError(error));
      return formattedError;
    },
  });
  await server.start();
  return server;
}

describe('compiled execution', () => {
  let server: ApolloServer;
  beforeAll(async () => (server = await serve()));
  afterAll(() => server.stop());
  beforeEach(() => {
    jest.mocked(jit.compileQuery).mockClear();
    formatted.length = 0;
  });

  const run = (query: string, variables?: Record<string, unknown>) =>
    server.executeOperation({ query, variables }, { contextValue: {} });

  it('answers a query as graphql-js does, errors and their paths included', async () => {
    const query = '{ board { id statement tags history { to at } secret } }';
    await run(query);
    formatted.length = 0;
    const response = await run(query);
    expect(jit.compileQuery).toHaveBeenCalledTimes(1);
    const expected = await graphql({ schema, source: query });
    expect(response.body.kind).toBe('single');
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.errors?.map((e) => [e.message, e.path, e.locations])).toEqual(
      expected.errors?.map((e) => [e.message, e.path, e.locations]),
    );
    expect(result?.data).toEqual(expected.data);
    expect(result?.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    // The error formatter sees what the resolver threw, as it does under graphql-js.
    expect(formatted).toEqual([new Error('no access'), new Error('no access')]);
  });

  it('answers introspection (development tools) as graphql-js does', async () => {
    const query = getIntrospectionQuery();
    await run(query);
    const response = await run(query);
    expect(jit.compileQuery).toHaveBeenCalledTimes(1);
    const expected = await graphql({ schema, source: query });
    expect(response.body).toMatchObject({ singleResult: { data: expected.data } });
  });

  it('interprets a query the first time, compiles it the second and reuses that', async () => {
    const query = 'query Board($status: String) { board(status: $status) { id } }';
    const first = await run(query, { status: 'none' });
    expect(jit.compileQuery).not.toHaveBeenCalled();
    const second = await run(query, { status: 'open' });
    const third = await run(query, { status: 'none' });
    expect(jit.compileQuery).toHaveBeenCalledTimes(1);
    expect(first.body).toMatchObject({ singleResult: { data: { board: [] } } });
    expect(second.body).toMatchObject({
      singleResult: { data: { board: [{ id: '1' }, { id: '2' }] } },
    });
    expect(third.body).toEqual(first.body);
  });

  it('runs mutations on graphql-js, which fills a required input field from its default', async () => {
    const response = await run(
      'mutation($input: ProposeInput!) { propose(input: $input) { id statement tags } }',
      { input: { statement: 'Eerder hulp' } },
    );
    expect(response.body).toMatchObject({
      singleResult: { data: { propose: { id: '3', statement: 'Eerder hulp', tags: [] } } },
    });
    expect(jit.compileQuery).not.toHaveBeenCalled();
  });

  it("refuses a bad variable with graphql-js' error, as user input, with status 400", async () => {
    const response = await run('query($status: String) { board(status: $status) { id } }', {
      status: 7,
    });
    expect(response.http.status).toBe(400);
    expect(response.body).toMatchObject({
      singleResult: {
        errors: [
          {
            message: expect.stringContaining('Variable "$status" got invalid value 7'),
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      },
    });
  });
});
