import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { fixtures } from '../testing/fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';

const FEED = `subscription($projectId: ID!) { projectActivity(projectId: $projectId) { action objectId actor { id } } }`;

interface Feed {
  events: Array<{ action: string; objectId: string; actor: { id: string } | null }>;
  errors: Array<{ extensions?: { code?: string } }>;
  next(): Promise<void>;
}

describe('project activity feed (graphql-ws)', () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  const clients: Client[] = [];

  beforeAll(async () => {
    test = await startTestApp();
    f = fixtures(test);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await test.close();
  });

  /** Subscribes over a real socket; resolves once the server has accepted the subscription. */
  async function subscribe(
    projectId: string,
    auth: { token?: string; cookie?: string },
  ): Promise<Feed> {
    const client = createClient({
      url: test.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, auth.cookie ? { headers: { cookie: auth.cookie } } : {});
        }
      },
      connectionParams: auth.token ? { token: auth.token } : {},
      retryAttempts: 0,
    });
    clients.push(client);
    const feed: Feed = { events: [], errors: [], next: () => Promise.resolve() };
    let wake: () => void = () => undefined;
    feed.next = () => new Promise<void>((resolve) => (wake = resolve));
    client.subscribe(
      { query: FEED, variables: { projectId } },
      {
        next: (message) => {
          if (message.errors) feed.errors.push(...(message.errors as unknown as Feed['errors']));
          if (message.data)
            feed.events.push(
              (message.data as { projectActivity: Feed['events'][0] }).projectActivity,
            );
          wake();
        },
        error: (error) => {
          feed.errors.push(...((Array.isArray(error) ? error : [error]) as Feed['errors']));
          wake();
        },
        complete: () => wake(),
      },
    );
    // A round trip on the same socket guarantees the subscription above was registered first.
    await new Promise<void>((resolve) =>
      client.subscribe(
        { query: '{ __typename }' },
        { next: () => undefined, error: () => resolve(), complete: resolve },
      ),
    );
    return feed;
  }

  const rename = (token: string, id: string, title: string) =>
    test.gql(
      `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`,
      { input: { id, title } },
      { token },
    );

  it('delivers a change to a member, live, with its actor', async () => {
    const org = await f.organisation();
    const lead = await f.user(org);
    const project = await f.project(lead.token);
    const feed = await subscribe(project.id, { token: lead.token });
    const arrived = feed.next();
    await rename(lead.token, project.id, 'Live bijgewerkt');
    await arrived;
    expect(feed.events).toEqual([
      { action: 'project.updated', objectId: project.id, actor: { id: lead.user.id } },
    ]);
  });

  it('authenticates a socket by its session cookie too', async () => {
    const org = await f.organisation();
    const lead = await f.user(org);
    const project = await f.project(lead.token);
    const feed = await subscribe(project.id, { cookie: `ketenlab_session=${lead.token}` });
    const arrived = feed.next();
    await rename(lead.token, project.id, 'Via cookie');
    await arrived;
    expect(feed.events.map((e) => e.action)).toEqual(['project.updated']);
  });

  it('refuses anonymous callers and outsiders when they subscribe', async () => {
    const org = await f.organisation();
    const lead = await f.user(org);
    const outsider = await f.user(await f.organisation());
    const project = await f.project(lead.token, { visibility: 'private' });
    const anonymous = await subscribe(project.id, {});
    const stranger = await subscribe(project.id, { token: outsider.token });
    await rename(lead.token, project.id, 'Niet voor jou');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(anonymous.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(stranger.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect([...anonymous.events, ...stranger.events]).toEqual([]);
  });

  it('tells someone removed from the project FORBIDDEN and ends their feed', async () => {
    const org = await f.organisation();
    const lead = await f.user(org);
    const colleague = await f.user(org);
    const project = await f.project(lead.token);
    await f.member(lead.token, project.id, colleague.user.id, 'contributor');
    const theirs = await subscribe(project.id, { token: colleague.token });
    const mine = await subscribe(project.id, { token: lead.token });
    const removal = await test.gql(
      `mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) }`,
      { input: { projectId: project.id, userId: colleague.user.id } },
      { token: lead.token },
    );
    expect(removal.errors).toBeUndefined();
    const arrived = mine.next();
    await rename(lead.token, project.id, 'Na verwijdering');
    await arrived;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mine.events.map((e) => e.action)).toContain('project.updated');
    expect(theirs.events.map((e) => e.action)).not.toContain('project.updated');
    expect(theirs.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
