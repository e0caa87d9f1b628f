import { describeInBrowser } from './support/browser-suite';
import { DEMO, DEMO_PROJECT_TITLE } from './support/demo-users';
import { projectIdByTitle } from './support/graphql';
import { openPage } from './support/page-ready';
import { screenshot } from './support/screenshots';

describeInBrowser('What each role is offered', (suite) => {
  it('an observer sees the project and its members, but not its settings', async () => {
    const page = await suite.newPage({ as: DEMO.observer });
    const projectId = await projectIdByTitle(page.context().request, DEMO_PROJECT_TITLE);
    await openPage(page, `/projecten/${projectId}`);
    expect(await page.locator('h1').textContent()).toBe(DEMO_PROJECT_TITLE);
    expect(
      await page.getByRole('table', { name: 'Leden van dit project en hun rol' }).textContent(),
    ).toContain(DEMO.observer.name);
    expect(await page.getByRole('link', { name: 'Instellingen en leden' }).count()).toBe(0);
    await screenshot(page, 'project-overview-as-observer');

    await openPage(page, `/projecten/${projectId}/instellingen`);
    expect(await page.locator('h1').textContent()).toBe('Geen toegang');
    expect(await page.getByLabel('Titel').count()).toBe(0);
  });

  it('only administrators are offered administration', async () => {
    const page = await suite.newPage({ as: DEMO.contributor });
    await openPage(page, '/projecten');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Projecten',
      'Zoeken',
      'Toegangstokens',
    ]);
    await openPage(page, '/beheer/accounts');
    expect(await page.locator('h1').textContent()).toBe('Geen toegang');

    const admin = await suite.newPage({ as: DEMO.admin });
    await openPage(admin, '/projecten');
    expect(
      await admin
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link')
        .allTextContents(),
    ).toEqual(['Projecten', 'Zoeken', 'Toegangstokens', 'Organisaties', 'Accounts']);
  });
});
