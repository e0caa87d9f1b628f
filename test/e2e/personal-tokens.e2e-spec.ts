import { request } from 'playwright-core';
import { baseUrl } from './support/base-url';
import { describeInBrowser } from './support/browser-suite';
import { DEMO } from './support/demo-users';
import { graphql } from './support/graphql';
import { openPage } from './support/page-ready';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

describeInBrowser('Personal access tokens', (suite) => {
  it('creates a token that works as a bearer token, shown once, and revokes it', async () => {
    const page = await suite.newPage({ as: DEMO.contributor });
    const name = `Rapportagescript ${unique()}`;
    await openPage(page, '/tokens');
    await page.getByLabel('Naam').fill(name);
    await page.getByLabel('Geldig').selectOption({ label: '30 dagen' });
    await page.getByRole('button', { name: 'Token aanmaken' }).click();

    await page.getByRole('heading', { name: `Token “${name}” is aangemaakt` }).waitFor();
    const secret = await page.getByLabel('Token', { exact: true }).inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await page.getByRole('row', { name: new RegExp(name) }).waitFor();
    await screenshot(page, 'tokens-created');

    // A client without the browser's session cookie: only the bearer token speaks for it.
    const client = await request.newContext({ baseURL: baseUrl() });
    const bearer = { authorization: `Bearer ${secret}` };
    const asToken = await graphql<{ me: { name: string } }>(client, '{ me { name } }', {}, bearer);
    expect(asToken.me.name).toBe(DEMO.contributor.name);

    await page.getByRole('button', { name: `Intrekken ${name}` }).click();
    await page.getByText(`Token “${name}” is ingetrokken en werkt niet meer.`).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(name) }).count()).toBe(0);
    await expect(graphql(client, '{ me { name } }', {}, bearer)).rejects.toMatchObject({
      codes: ['UNAUTHENTICATED'],
    });
    await client.dispose();
  });
});
