import { DataSource } from 'typeorm';
import type { User } from '../accounts/user.entity';
import { Activity } from '../activity/activity.entity';
import type { Organisation } from '../organisations/organisation.entity';
import { captureLogs, type CapturedLogs } from '../testing/capture-logs';
import { fixtures, invitationToken, TEST_PASSWORD } from '../testing/fixtures';
import { outcome, startTestApp, type GraphqlResult, type TestApp } from '../testing/test-app';
import { AuthService } from './auth.service';
import { SIGN_IN_LIMITS } from './sign-in-limiter';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { id email organisation { id } } } }`;
const ME = `{ me { id email } }`;
const WRONG_PASSWORD = 'verkeerd-wachtwoord-7361';
const NEW_PASSWORD = 'een nieuw wachtwoord voor Ketenlab';

describe(AuthService.name, () => {
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;
  let organisation: Organisation;
  let admin: { user: User; token: string };
  let logs: CapturedLogs;
  /** Every response body this file receives, to check that no password ever comes back. */
  const responses: string[] = [];

  const call = async (
    query: string,
    variables: Record<string, unknown> = {},
    auth: { token?: string; cookie?: string } = {},
  ) => {
    const response = await test.gqlResponse(query, variables, auth);
    responses.push(JSON.stringify(response.result));
    return response;
  };
  const gql = async (
    query: string,
    variables: Record<string, unknown> = {},
    auth: { token?: string; cookie?: string } = {},
  ) => (await call(query, variables, auth)).result;
  const signIn = (email: string, password: string) => call(SIGN_IN, { input: { email, password } });
  const activityOf = (objectId: string) =>
    test.app
      .get(DataSource)
      .getRepository(Activity)
      .find({ where: { objectId }, order: { createdAt: 'ASC' } });

  beforeAll(async () => {
    // Logs at trace level, captured, so the last test can look for secrets in them.
    test = await startTestApp({ LOG_LEVEL: 'trace', PUBLIC_URL: 'http://ketenlab.test' });
    logs = captureLogs();
    f = fixtures(test);
    organisation = await f.organisation('Gemeente Aanmelden', 'municipality');
    admin = await f.user(organisation, { isAdmin: true });
  });
  afterAll(async () => {
    logs?.stop();
    await test?.close();
  });

  describe('signing in', () => {
    it('returns a token and the user, readable as that user, and sets an HttpOnly SameSite=Lax cookie', async () => {
      const { user } = await f.user(organisation);
      const response = await signIn(user.email.toUpperCase(), TEST_PASSWORD);
      expect(response.result.errors).toBeUndefined();
      const { token, user: returned } = response.result.data.signIn;
      expect(token).toMatch(/^kls_[\w-]{40,}$/);
      expect(returned).toEqual({
        id: user.id,
        email: user.email,
        organisation: { id: organisation.id },
      });
      const cookies = response.headers.getSetCookie();
      expect(cookies).toHaveLength(1);
      const [pair, ...attributes] = cookies[0].split('; ');
      expect(pair).toBe(`ketenlab_session=${token}`);
      expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
      expect(attributes).not.toContain('Secure'); // PUBLIC_URL is http here; https turns it on
    });

    it('gives a session that works as the cookie and as a Bearer token, and records the sign-in', async () => {
      const { user } = await f.user(organisation);
      const { token } = (await signIn(user.email, TEST_PASSWORD)).result.data.signIn;
      expect((await gql(ME, {}, { cookie: `ketenlab_session=${token}` })).data.me.id).toBe(user.id);
      expect((await gql(ME, {}, { token })).data.me.id).toBe(user.id);
      const sessions = await test.app
        .get(DataSource)
        .query(
          test.app.get(DataSource).options.type === 'postgres'
            ? `SELECT id FROM auth_tokens WHERE "userId" = $1 AND kind = 'session'`
            : `SELECT id FROM auth_tokens WHERE userId = ? AND kind = 'session'`,
          [user.id],
        );
      // The fixture's session and this one.
      expect(sessions).toHaveLength(2);
      const recorded = await Promise.all(sessions.map((s: { id: string }) => activityOf(s.id)));
      expect(recorded.flat().map((a) => [a.action, a.actorId, a.result])).toContainEqual([
        'auth.signIn',
        user.id,
        'succeeded',
      ]);
    });

    it('refuses a wrong password with the same message as an unknown address, and records the refusal', async () => {
      const { user } = await f.user(organisation);
      const wrong = (await signIn(user.email, WRONG_PASSWORD)).result;
      const unknown = (await signIn('niemand@example.nl', WRONG_PASSWORD)).result;
      expect(outcome(wrong)).toBe('UNAUTHENTICATED');
      expect(outcome(unknown)).toBe('UNAUTHENTICATED');
      expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
      expect(wrong.data).toBeNull();
      expect((await activityOf(user.id)).map((a) => [a.action, a.result])).toEqual([
        ['auth.signIn', 'refused'],
      ]);
    });

    it(`limits an account to ${SIGN_IN_LIMITS.perAccount} failures, even with the right password after, without touching others`, async () => {
      const { user } = await f.user(organisation);
      const other = await f.user(organisation);
      for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
        expect(outcome((await signIn(user.email, WRONG_PASSWORD)).result)).toBe('UNAUTHENTICATED');
      }
      const blocked = await signIn(user.email, TEST_PASSWORD);
      expect(outcome(blocked.result)).toBe('RATE_LIMITED');
      expect(blocked.result.errors![0].message).toMatch(/Try again in \d+ seconds/);
      expect(blocked.headers.getSetCookie()).toEqual([]);
      expect(outcome((await signIn(user.email.toUpperCase(), TEST_PASSWORD)).result)).toBe(
        'RATE_LIMITED',
      );
      expect(outcome((await signIn(other.user.email, TEST_PASSWORD)).result)).toBe('OK');
    });

    it('forgets earlier failures after a successful sign-in', async () => {
      const { user } = await f.user(organisation);
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++)
          await signIn(user.email, WRONG_PASSWORD);
        expect(outcome((await signIn(user.email, TEST_PASSWORD)).result)).toBe('OK');
      }
    });
  });

  describe('signing out', () => {
    it('revokes that session only, clears the cookie and records it', async () => {
      const { user } = await f.user(organisation);
      const first = (await signIn(user.email, TEST_PASSWORD)).result.data.signIn.token;
      const second = (await signIn(user.email, TEST_PASSWORD)).result.data.signIn.token;
      const cookie = `ketenlab_session=${first}`;
      const out = await call('mutation { signOut }', {}, { cookie });
      expect(out.result.data).toEqual({ signOut: true });
      expect(out.headers.getSetCookie()[0]).toMatch(
        /^ketenlab_session=; .*Expires=Thu, 01 Jan 1970/,
      );
      expect(outcome(await gql(ME, {}, { cookie }))).toBe('UNAUTHENTICATED');
      expect(outcome(await gql(ME, {}, { token: first }))).toBe('UNAUTHENTICATED');
      expect((await gql(ME, {}, { token: second })).data.me.id).toBe(user.id);
      const activity = await test.app
        .get(DataSource)
        .getRepository(Activity)
        .findBy({ action: 'auth.signOut', actorId: user.id });
      expect(activity).toHaveLength(1);
    });
  });

  describe('deactivated accounts', () => {
    it('cannot sign in, and their sessions and tokens stop working at once', async () => {
      const { user, token } = await f.user(organisation);
      const pat = await f.personalToken(user);
      expect(outcome(await gql(ME, {}, { token: pat.token }))).toBe('OK');
      const deactivate = await gql(
        `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { deactivatedAt } }`,
        {
          input: { id: user.id, active: false },
        },
        { token: admin.token },
      );
      expect(deactivate.data.updateAccount.deactivatedAt).toEqual(expect.any(String));
      expect(outcome(await gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
      expect(outcome(await gql(ME, {}, { token: pat.token }))).toBe('UNAUTHENTICATED');
      const refused = (await signIn(user.email, TEST_PASSWORD)).result;
      const unknown = (await signIn('nog-steeds-niemand@example.nl', TEST_PASSWORD)).result;
      expect(outcome(refused)).toBe('UNAUTHENTICATED');
      expect(refused.errors![0].message).toBe(unknown.errors![0].message);
      expect((await activityOf(user.id)).map((a) => a.action)).toEqual(
        expect.arrayContaining(['account.updated', 'auth.signIn']),
      );
    });

    it('may sign in again once reactivated, but old sessions stay ended', async () => {
      const { user, token } = await f.user(organisation);
      const setActive = (active: boolean) =>
        gql(
          `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }`,
          { input: { id: user.id, active } },
          { token: admin.token },
        );
      await setActive(false);
      await setActive(true);
      expect(outcome((await signIn(user.email, TEST_PASSWORD)).result)).toBe('OK');
      expect(outcome(await gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('personal access tokens', () => {
    const CREATE = `mutation($input: CreatePersonalAccessTokenInput!) {
      createPersonalAccessToken(input: $input) { token personalAccessToken { id name expiresAt lastUsedAt } } }`;
    const LIST = `{ personalAccessTokens { id name expiresAt lastUsedAt createdAt } }`;
    const REVOKE = `mutation($id: ID!) { revokePersonalAccessToken(id: $id) }`;

    it('are shown once, listed without their secret, work as Bearer and stop working when revoked', async () => {
      const { user, token } = await f.user(organisation);
      const created = await gql(
        CREATE,
        { input: { name: '  export-script ', expiresInDays: 30 } },
        { token },
      );
      const { token: secret, personalAccessToken } = created.data.createPersonalAccessToken;
      expect(secret).toMatch(/^klp_[\w-]{40,}$/);
      expect(personalAccessToken.name).toBe('export-script');
      const days = (Date.parse(personalAccessToken.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29.9);
      expect(days).toBeLessThanOrEqual(30);

      const listed = await gql(LIST, {}, { token });
      expect(listed.data.personalAccessTokens).toEqual([
        expect.objectContaining({ id: personalAccessToken.id, name: 'export-script' }),
      ]);
      expect(JSON.stringify(listed)).not.toContain(secret);
      expect(JSON.stringify(listed)).not.toContain(secret.slice(4, 20));

      expect((await gql(ME, {}, { token: secret })).data.me.id).toBe(user.id);
      const used = await gql(LIST, {}, { token: secret });
      expect(used.data.personalAccessTokens[0].lastUsedAt).toEqual(expect.any(String));

      expect((await gql(REVOKE, { id: personalAccessToken.id }, { token })).data).toEqual({
        revokePersonalAccessToken: true,
      });
      expect(outcome(await gql(ME, {}, { token: secret }))).toBe('UNAUTHENTICATED');
      expect((await gql(LIST, {}, { token })).data.personalAccessTokens).toEqual([]);
      expect(outcome(await gql(REVOKE, { id: personalAccessToken.id }, { token }))).toBe(
        'NOT_FOUND',
      );

      expect((await activityOf(personalAccessToken.id)).map((a) => [a.action, a.actorId])).toEqual([
        ['token.created', user.id],
        ['token.revoked', user.id],
      ]);
    });

    it("cannot revoke someone else's token, nor a session through this mutation", async () => {
      const owner = await f.user(organisation);
      const other = await f.user(organisation);
      const theirs = await f.personalToken(owner.user);
      const refused = await gql(REVOKE, { id: theirs.id }, { token: other.token });
      expect(outcome(refused)).toBe('NOT_FOUND');
      expect((await gql(ME, {}, { token: theirs.token })).data.me.id).toBe(owner.user.id);

      const session = await test.app
        .get(DataSource)
        .getRepository(Activity)
        .findOneByOrFail({ actorId: other.user.id, action: 'auth.signIn' });
      expect(outcome(await gql(REVOKE, { id: session.objectId }, { token: other.token }))).toBe(
        'NOT_FOUND',
      );
      expect(outcome(await gql(ME, {}, { token: other.token }))).toBe('OK');
    });

    it('refuse a bad name or lifetime, naming the field', async () => {
      const { token } = await f.user(organisation);
      for (const [input, field] of [
        [{ name: '' }, 'name'],
        [{ name: 'x'.repeat(81) }, 'name'],
        [{ name: 'ok', expiresInDays: 0 }, 'expiresInDays'],
        [{ name: 'ok', expiresInDays: 367 }, 'expiresInDays'],
      ] as const) {
        const result = await gql(CREATE, { input }, { token });
        expect([outcome(result), result.errors?.[0].extensions?.field]).toEqual([
          'BAD_USER_INPUT',
          field,
        ]);
      }
    });
  });

  describe('invitations', () => {
    const INVITE = `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { url expiresAt user { id email activated } } }`;
    const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id email } } }`;
    const REISSUE = `mutation($id: ID!) { reissueInvitation(id: $id) { url } }`;
    const accept = (token: string, password = NEW_PASSWORD) =>
      call(ACCEPT, { input: { token, password } });

    it('give a single-use link that sets the password and signs the person in', async () => {
      const invited = await gql(
        INVITE,
        {
          input: {
            email: 'Nieuwe.Collega@Example.nl',
            name: 'Nieuwe Collega',
            organisationId: organisation.id,
          },
        },
        {
          token: admin.token,
        },
      );
      expect(invited.errors).toBeUndefined();
      const { url, user } = invited.data.inviteAccount;
      expect(url).toMatch(/^http:\/\/ketenlab\.test\/uitnodiging\/kli_[\w-]{40,}$/);
      expect(user).toEqual({
        id: expect.any(String),
        email: 'nieuwe.collega@example.nl',
        activated: false,
      });
      const token = invitationToken(url);

      const short = await accept(token, 'kort');
      expect([outcome(short.result), short.result.errors![0].extensions!.field]).toEqual([
        'BAD_USER_INPUT',
        'password',
      ]);

      const accepted = await accept(token);
      expect(accepted.result.errors).toBeUndefined();
      expect(accepted.result.data.acceptInvitation.user).toEqual({
        id: user.id,
        email: 'nieuwe.collega@example.nl',
      });
      const session = accepted.result.data.acceptInvitation.token;
      expect(accepted.headers.getSetCookie()[0]).toMatch(
        new RegExp(`^ketenlab_session=${session};.*HttpOnly`),
      );
      expect((await gql(ME, {}, { cookie: `ketenlab_session=${session}` })).data.me.id).toBe(
        user.id,
      );
      expect(outcome((await signIn('nieuwe.collega@example.nl', NEW_PASSWORD)).result)).toBe('OK');

      const again = await accept(token, 'nog een ander lang wachtwoord');
      expect([outcome(again.result), again.result.errors![0].extensions!.field]).toEqual([
        'BAD_USER_INPUT',
        'token',
      ]);
      expect(outcome((await signIn('nieuwe.collega@example.nl', NEW_PASSWORD)).result)).toBe('OK');

      expect(outcome(await gql(REISSUE, { id: user.id }, { token: admin.token }))).toBe('CONFLICT');
      expect((await activityOf(user.id)).map((a) => [a.action, a.actorId])).toEqual(
        expect.arrayContaining([
          ['account.invited', admin.user.id],
          ['account.invitationAccepted', user.id],
        ]),
      );
    });

    it('make older links invalid when reissued', async () => {
      const first = await f.invitation(admin.token, organisation.id);
      const reissued = await gql(REISSUE, { id: first.userId }, { token: admin.token });
      const second = invitationToken(reissued.data.reissueInvitation.url);
      expect(second).not.toBe(first.token);
      expect(outcome((await accept(first.token)).result)).toBe('BAD_USER_INPUT');
      expect(outcome((await accept(second)).result)).toBe('OK');
      expect((await activityOf(first.userId)).map((a) => a.action)).toContain(
        'account.invitationReissued',
      );
    });

    it('refuse an address that already has an account, whatever its case', async () => {
      const existing = await f.user(organisation);
      const result = await gql(
        INVITE,
        {
          input: {
            email: existing.user.email.toUpperCase(),
            name: 'Dubbel',
            organisationId: organisation.id,
          },
        },
        {
          token: admin.token,
        },
      );
      expect([outcome(result), result.errors![0].extensions!.field]).toEqual(['CONFLICT', 'email']);
    });

    it('refuse a made-up or malformed token the same way', async () => {
      for (const token of ['kli_' + 'x'.repeat(43), 'kli_short', "kli_' OR 1=1 --"]) {
        const result = (await accept(token)).result;
        expect([token, outcome(result)]).toEqual([token, 'BAD_USER_INPUT']);
      }
    });
  });

  it('never sends a password back or writes one (or a bearer secret) to the log', async () => {
    const { user, token } = await f.user(organisation);
    // One more round that puts passwords in front of every validation path.
    await signIn(user.email, WRONG_PASSWORD);
    await call(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: user.email, password: WRONG_PASSWORD, rememberMe: true },
    });
    await call(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: 'geen-adres', password: WRONG_PASSWORD },
    });
    const logged = logs.text();
    expect(logged).toContain('"url":"/graphql"'); // the capture does see the request log
    const all: GraphqlResult[] = responses.map((r) => JSON.parse(r));
    expect(all.length).toBeGreaterThan(40);
    for (const secret of [
      TEST_PASSWORD,
      WRONG_PASSWORD,
      NEW_PASSWORD,
      'nog een ander lang wachtwoord',
    ]) {
      expect(responses.filter((r) => r.includes(secret))).toEqual([]);
      expect(logged.includes(secret)).toBe(false);
    }
    expect(logged.includes(token)).toBe(false);
    expect(logged.includes(admin.token)).toBe(false);
  });
});
