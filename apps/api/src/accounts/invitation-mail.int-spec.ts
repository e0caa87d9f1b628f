import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { fixtures } from '../testing/fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';

const INVITE = `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { url mailed } }`;

/** A real SMTP server on a free port that keeps what it receives. */
async function startSmtp() {
  const received: Array<{ to: string[]; raw: string }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('invitation mail', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let test: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    smtp = await startSmtp();
    test = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Ketenlab <test@ketenlab.local>',
    });
    f = fixtures(test);
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  it('sends the single-use link to the invited address when SMTP is configured', async () => {
    const org = await f.organisation();
    const admin = await f.user(org, { isAdmin: true });
    const result = await test.gql(
      INVITE,
      { input: { email: 'Nieuw@Example.nl', name: 'Nieuwe Collega', organisationId: org.id } },
      { token: admin.token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.inviteAccount.mailed).toBe(true);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to).toEqual(['nieuw@example.nl']);
    // Quoted-printable may wrap long lines; unfold before looking for the link.
    const body = smtp.received[0].raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    expect(body).toContain(result.data.inviteAccount.url);
    expect(body).toContain('Beste Nieuwe Collega');
  });

  it('still returns the link when the mail server is unreachable', async () => {
    const down = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      const g = fixtures(down);
      const org = await g.organisation();
      const admin = await g.user(org, { isAdmin: true });
      const result = await down.gql(
        INVITE,
        { input: { email: 'later@example.nl', name: 'Later', organisationId: org.id } },
        { token: admin.token },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.inviteAccount).toEqual({
        url: expect.stringContaining('/uitnodiging/kli_'),
        mailed: false,
      });
    } finally {
      await down.close();
    }
  });
});
