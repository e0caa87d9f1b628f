import { describeInBrowser } from './support/browser-suite';
import { DEMO, DEMO_PASSWORD } from './support/demo-users';
import { openPage, waitForPage } from './support/page-ready';
import { screenshot } from './support/screenshots';
import { signInThroughForm } from './support/sign-in';

describeInBrowser('Signing in and out', (suite) => {
  it('sends a visitor to sign in, and back to the page they asked for', async () => {
    const page = await suite.newPage();
    await page.goto('/tokens');
    await page.waitForURL('**/inloggen?terug=%2Ftokens');
    await waitForPage(page);
    expect(await page.title()).toBe('Inloggen — Ketenlab');
    await screenshot(page, 'sign-in');

    await signInThroughForm(page, DEMO.lead);
    await page.waitForURL('**/tokens');
    await page.getByRole('heading', { level: 1, name: 'Toegangstokens' }).waitFor();
    expect(await page.getByRole('region', { name: 'Uw account' }).textContent()).toContain(
      DEMO.lead.name,
    );
  });

  it('says why signing in failed, next to the form', async () => {
    const page = await suite.newPage();
    await openPage(page, '/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Vul e-mailadres in.');

    await page.getByLabel('E-mailadres').fill(DEMO.housing.email);
    await page.getByLabel('Wachtwoord').fill(`${DEMO_PASSWORD}-fout`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
    await screenshot(page, 'sign-in-refused');
    expect(page.url()).toContain('/inloggen');
  });

  it('signs out, after which the app asks to sign in again', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    await openPage(page, '/projecten');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/inloggen');
    await page.getByLabel('E-mailadres').waitFor();

    await page.goto('/projecten');
    await page.waitForURL('**/inloggen?terug=%2Fprojecten');
  });
});

describeInBrowser('Choosing the language', (suite) => {
  it('switches to English and back, and remembers the choice', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    await openPage(page, '/projecten');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Projects — Ketenlab');
    await screenshot(page, 'projects-in-english');

    await page.reload();
    await waitForPage(page);
    expect(await page.locator('h1').textContent()).toBe('Projects');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });
});
