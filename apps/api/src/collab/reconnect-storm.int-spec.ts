import { DEFAULT_LIMITS } from '@ketenlab/collab';
import { RawClient } from '@ketenlab/collab/testing/raw-client';
import { sleep } from '@ketenlab/collab/testing/wait';
import { AuthTokensRepository } from '../auth/auth-tokens.repository';
import { QuestionsRepository } from '../questions/questions.repository';
import { fixtures } from '../testing/fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { AuthenticationExtension } from './authentication.extension';

/**
 * Issue 3's reconnect storm in small: many sockets of one session open at once. The server must
 * admit a bounded number of authentications at a time and let sockets asking the same question
 * (same token, same document) share one database look-up, so the storm costs a handful of
 * queries instead of one round of them per socket.
 */
describe('reconnect storm on /collab', () => {
  const SOCKETS = 120;
  const LATENCY_MS = 30;
  let test: TestApp;
  const clients: RawClient[] = [];

  beforeAll(async () => {
    test = await startTestApp();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.socket.terminate();
    jest.restoreAllMocks();
  });
  afterAll(() => test.close());

  it('authenticates every socket with bounded concurrency and shared look-ups', async () => {
    const f = fixtures(test);
    const lead = await f.user(await f.organisation());
    const project = await f.project(lead.token);
    const questions = [
      await f.question(lead.token, project.id),
      await f.question(lead.token, project.id),
    ];

    // Pass-through spies: the real database answers, the spies count and add the latency of a
    // database across the network (on a local SQLite file a look-up finishes before the next
    // socket even arrives, and nothing would overlap).
    const tokens = test.app.get(AuthTokensRepository);
    const findToken = tokens.findActiveByHash.bind(tokens);
    const tokenLookUps = jest
      .spyOn(tokens, 'findActiveByHash')
      .mockImplementation(async (hash) => (await sleep(LATENCY_MS), findToken(hash)));
    const questionsRepository = test.app.get(QuestionsRepository);
    const findProject = questionsRepository.projectIdOf.bind(questionsRepository);
    const projectLookUps = jest
      .spyOn(questionsRepository, 'projectIdOf')
      .mockImplementation(async (id) => (await sleep(LATENCY_MS), findProject(id)));
    const extension = test.app.get(AuthenticationExtension);
    const authenticate = extension.onAuthenticate.bind(extension);
    let running = 0;
    let maxRunning = 0;
    jest.spyOn(extension, 'onAuthenticate').mockImplementation(async (payload) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      try {
        return await authenticate(payload);
      } finally {
        running--;
      }
    });

    const base = `${test.url.replace('http', 'ws')}/collab`;
    for (let i = 0; i < SOCKETS; i++) {
      clients.push(RawClient.connect(base, questions[i % 2].documentName, { token: lead.token }));
    }
    await Promise.all(clients.map((client) => client.waitFor('sync-step-1')));

    expect(clients.filter((client) => client.closeInfo)).toEqual([]);
    expect(maxRunning).toBeLessThanOrEqual(DEFAULT_LIMITS.maxConcurrentAuthentications);
    // One look-up per batch of admitted sockets at most, not one per socket.
    expect(tokenLookUps.mock.calls.length).toBeLessThanOrEqual(
      Math.ceil(SOCKETS / DEFAULT_LIMITS.maxConcurrentAuthentications) * 2,
    );
    expect(projectLookUps.mock.calls.length).toBeLessThan(SOCKETS / 2);
  });
});
