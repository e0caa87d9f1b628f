import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { createDataset } from './support/datasets';
import { DEMO, DEMO_PROJECT_TITLE } from './support/demo-users';
import { projectIdByTitle } from './support/graphql';
import { openPage, waitForPage } from './support/page-ready';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describeInBrowser('Datasets', (suite) => {
  it('a lead describes a new dataset; missing fields are named beside each field', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    const projectId = await projectIdByTitle(page.context().request, DEMO_PROJECT_TITLE);
    await openPage(page, `/projecten/${projectId}`);
    await page.getByRole('link', { name: 'Naar de datasets' }).click();
    await waitForPage(page);
    await page.getByRole('link', { name: 'Nieuwe dataset beschrijven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe dataset' }).waitFor();
    await expectAxeClean(page);

    await page.getByRole('button', { name: 'Dataset aanmaken' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    const summaryText = await summary.textContent();
    for (const message of [
      'Geef de dataset een titel van 3 tot 200 tekens.',
      'Kies een thema.',
      'Kies een toegangsniveau.',
      'Kies een licentie.',
      'Kies hoe vaak de dataset wordt bijgewerkt.',
      'Noem een contactpersoon',
    ])
      expect(summaryText).toContain(message);
    // Each message also sits at its field, tied to it for screen readers.
    const theme = page.getByLabel('Thema');
    expect(await theme.getAttribute('aria-invalid')).toBe('true');
    expect(await theme.getAttribute('aria-describedby')).toMatch(/-error/);
    await expectAxeClean(page);
    await screenshot(page, 'dataset-new-errors');

    // Personal data needs a legal basis: the rule that spans two fields.
    const title = `Buurtcijfers ${unique()}`;
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Beschrijving').fill('Kerncijfers per buurt.');
    await theme.selectOption({ label: 'Bevolking en samenleving' });
    await page.getByLabel('Toegangsniveau').selectOption({ label: 'Persoonsgegevens' });
    await page.getByLabel('Licentie').selectOption({ label: 'CC BY 4.0 (naamsvermelding)' });
    await page.getByLabel('Hoe vaak bijgewerkt').selectOption({ label: 'Jaarlijks' });
    await page.getByLabel('Contactpersoon', { exact: true }).fill('Team Onderzoek');
    await page.getByLabel('E-mailadres contactpersoon').fill('onderzoek@voorbeeldstad.nl');
    await page.getByRole('button', { name: 'Dataset aanmaken' }).click();
    await page.getByText('Bij persoonsgegevens is de grondslag verplicht').first().waitFor();

    await page.getByLabel('Grondslag').fill('AVG art. 6 lid 1 sub e; Participatiewet');
    await page.getByLabel('Periode vanaf').fill('2024-01-01');
    await page.getByLabel('Periode tot en met').fill('2024-12-31');
    await page.getByLabel('Trefwoorden').fill('armoede, wijken');
    await page.getByRole('button', { name: 'Dataset aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitForPage(page);
    const details = await page.locator('main').textContent();
    expect(details).toContain('Persoonsgegevens');
    expect(details).toContain('armoede en wijken');
    expect(details).toContain('1 januari 2024 tot en met 31 december 2024');
    await expectAxeClean(page);
    await screenshot(page, 'dataset-page-new');

    await page.getByRole('link', { name: /^Terug naar de datasets/ }).click();
    await waitForPage(page);
    const row = page.getByRole('row').filter({ hasText: title });
    expect(await row.textContent()).toContain('Gemeente Voorbeeldstad');
    await expectAxeClean(page);
    await screenshot(page, 'dataset-list');
  });

  it('the owner decides which partner organisations see the rows', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    const request = page.context().request;
    const projectId = await projectIdByTitle(request, DEMO_PROJECT_TITLE);
    const datasetId = await createDataset(request, projectId, `Schulden ${unique()}`);
    await openPage(page, `/projecten/${projectId}/datasets/${datasetId}`);
    const access = page.getByRole('group', { name: 'Organisaties die de rijen mogen zien' });
    await access.getByLabel('CBS').check();
    await page.getByRole('button', { name: 'Toegang opslaan' }).click();
    await page.getByText('De toegang tot de rijen is opgeslagen.').waitFor();
    await expectAxeClean(page);

    // A partner reads the setting but cannot change it.
    const cbs = await suite.newPage({ as: DEMO.contributor });
    await openPage(cbs, `/projecten/${projectId}/datasets/${datasetId}`);
    await cbs
      .getByText('De rijen zijn te zien voor leden van: Gemeente Voorbeeldstad en CBS.')
      .waitFor();
    expect(await cbs.getByRole('button', { name: 'Toegang opslaan' }).count()).toBe(0);
    await expectAxeClean(cbs);
  });
});
