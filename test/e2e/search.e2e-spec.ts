import { describeInBrowser } from './support/browser-suite';
import { DEMO, DEMO_PROJECT_TITLE } from './support/demo-users';
import { openPage } from './support/page-ready';
import { screenshot } from './support/screenshots';

describeInBrowser('Search', (suite) => {
  it('finds the demo project by a word from its goal and opens it', async () => {
    const page = await suite.newPage({ as: DEMO.contributor });
    await openPage(page, '/zoeken');
    await page.getByLabel('Zoek in projecten die u kunt zien').fill('schuldhulp');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL('**/zoeken?q=schuldhulp');
    // The demo's goal and its hypotheses mention it: one result or more.
    await page.getByRole('heading', { name: /resultaten? voor “schuldhulp”/ }).waitFor();
    expect(await page.title()).toBe('Zoeken naar “schuldhulp” — Ketenlab');
    await screenshot(page, 'search-results');

    await page.getByRole('link', { name: DEMO_PROJECT_TITLE }).click();
    await page.waitForURL('**/projecten/*');
    await page.getByRole('heading', { level: 1, name: DEMO_PROJECT_TITLE }).waitFor();
  });

  it('says so when nothing matches', async () => {
    const page = await suite.newPage({ as: DEMO.contributor });
    await openPage(page, '/zoeken?q=zeppelinhaven');
    await page.getByRole('heading', { name: '0 resultaten voor “zeppelinhaven”' }).waitFor();
  });
});
