import { describeInBrowser } from './support/browser-suite';
import { DEMO, DEMO_PASSWORD } from './support/demo-users';
import { expectFocused, focusIndicatorOf, tabTo } from './support/keyboard';
import { waitForPage } from './support/page-ready';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

function expectVisibleFocus(indicator: { outline: string; boxShadow: string }): void {
  expect(indicator.outline.startsWith('none') && indicator.boxShadow === 'none').toBe(false);
}

describeInBrowser('Keyboard only (WCAG 2.1.1 Keyboard, 2.4.7 Focus Visible)', (suite) => {
  it('signs in and creates a project without a mouse', async () => {
    const page = await suite.newPage();
    const title = `Schoolverzuim ${unique()}`;
    await page.goto('/projecten', { waitUntil: 'domcontentloaded' });
    await page.waitForURL('**/inloggen?terug=%2Fprojecten');
    await waitForPage(page);

    const email = page.getByLabel('E-mailadres');
    await tabTo(page, email);
    expectVisibleFocus(await focusIndicatorOf(page));
    await page.keyboard.type(DEMO.lead.email);
    await page.keyboard.press('Tab');
    await expectFocused(page.getByLabel('Wachtwoord'));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { level: 1, name: 'Projecten' });
    await heading.waitFor();
    await waitForPage(page);
    const open = page.getByRole('button', { name: 'Nieuw project starten' });
    await tabTo(page, open);
    expectVisibleFocus(await focusIndicatorOf(page));
    await screenshot(page, 'keyboard-focus-on-new-project');
    await page.keyboard.press('Enter');

    // Opening the form puts focus in its first field.
    await expectFocused(page.getByLabel('Titel'));
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await expectFocused(page.getByLabel('Doel', { exact: true }));
    await page.keyboard.type('Weten welke scholen en wijken het meeste verzuim kennen.');

    const cbs = page.getByRole('checkbox', { name: 'CBS' });
    await tabTo(page, cbs);
    expectVisibleFocus(await focusIndicatorOf(page));
    await page.keyboard.press('Space');
    expect(await cbs.isChecked()).toBe(true);
    await screenshot(page, 'keyboard-new-project-form');

    await tabTo(page, page.getByRole('button', { name: 'Project aanmaken' }));
    await page.keyboard.press('Enter');

    const projectHeading = page.getByRole('heading', { level: 1, name: title });
    await projectHeading.waitFor();
    await waitForPage(page);
    // After the page changed, focus starts at its heading, not somewhere in the old page.
    await expectFocused(projectHeading);
    expect(await page.getByText('CBS', { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(page, 'keyboard-project-created');
  });
});
