import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { createDataset, FIXTURE_CSV, throttleUploads, workbook } from './support/datasets';
import { DEMO, DEMO_PROJECT_TITLE } from './support/demo-users';
import { projectIdByTitle } from './support/graphql';
import { expectFocused } from './support/keyboard';
import { openPage, waitForPage } from './support/page-ready';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * A full-page picture from the top: scrolled down, a full-page capture also draws the layout's
 * skip link, which sits just above the viewport until it is focused.
 */
async function picture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
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
    await picture(page, 'dataset-new-errors');

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
    await picture(page, 'dataset-page-new');

    // The description leaves as DCAT-AP-NL for data portals.
    const [dcat] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Beschrijving als DCAT-AP-NL (JSON-LD)' }).click(),
    ]);
    expect(dcat.suggestedFilename()).toMatch(/\.jsonld$/);
    const exported = readFileSync(await dcat.path(), 'utf8');
    expect(exported).toContain(title);
    expect(exported).toContain('@context');

    await page.getByRole('link', { name: /^Terug naar de datasets/ }).click();
    await waitForPage(page);
    const row = page.getByRole('row').filter({ hasText: title });
    expect(await row.textContent()).toContain('Gemeente Voorbeeldstad');
    await expectAxeClean(page);
    await picture(page, 'dataset-list');
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
    await page.getByRole('button', { name: 'Beschrijving wijzigen' }).waitFor();
    await expectAxeClean(page);

    // A partner reads the setting but cannot change it, nor the description (the owner's).
    const cbs = await suite.newPage({ as: DEMO.contributor });
    await openPage(cbs, `/projecten/${projectId}/datasets/${datasetId}`);
    await cbs
      .getByText('De rijen zijn te zien voor leden van: Gemeente Voorbeeldstad en CBS.')
      .waitFor();
    expect(await cbs.getByRole('button', { name: 'Toegang opslaan' }).count()).toBe(0);
    expect(await cbs.getByRole('button', { name: 'Beschrijving wijzigen' }).count()).toBe(0);
    await expectAxeClean(cbs);
  });
});

describeInBrowser('Dataset upload and profile', (suite) => {
  it('a lead uploads a CSV with a progress bar and sees the profile and the rows', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    const request = page.context().request;
    const projectId = await projectIdByTitle(request, DEMO_PROJECT_TITLE);
    const datasetId = await createDataset(request, projectId, `Buurtcijfers ${unique()}`);
    await openPage(page, `/projecten/${projectId}/datasets/${datasetId}`);
    await expectAxeClean(page);

    await page.getByLabel('Bestand').setInputFiles(FIXTURE_CSV);
    const unthrottle = await throttleUploads(page, 40 * 1024);
    await page.getByRole('button', { name: 'Uploaden' }).click();
    const bar = page.getByRole('progressbar', { name: 'Voortgang van de upload' });
    await bar.waitFor();
    // Part of the way: the bar reports real progress, not just "busy".
    await page.waitForFunction(() => {
      const progress = document.querySelector('progress');
      return progress !== null && progress.value > 0 && progress.value < progress.max;
    });
    expect(await page.getByText(/% verstuurd \(/).textContent()).toMatch(/van 11\d(,\d)? kB/);
    await page.getByRole('button', { name: 'Upload stoppen' }).waitFor();
    await picture(page, 'dataset-upload-progress');
    await expectAxeClean(page);
    await unthrottle();

    await page.getByText('Versie 1 is opgeslagen: 1.800 rijen, 8 kolommen.').waitFor();
    await waitForPage(page);

    // The profile: key figures, then a card per column with type, range and a chart.
    const profile = page.getByRole('region', { name: 'Profiel' });
    await profile.getByRole('heading', { name: 'inwoners' }).waitFor();
    const figures = await profile.locator('.kl-figures').textContent();
    expect(figures).toContain('1.800');
    expect(figures).toContain('Op tijd');
    const inwoners = profile.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'inwoners' }),
    });
    const card = await inwoners.textContent();
    expect(card).toContain('Geheel getal');
    expect(card).toContain('Kleinste');
    expect(card).toContain('Gemiddelde');
    const chart = inwoners.getByRole('img');
    expect(await chart.getAttribute('aria-label')).toMatch(/^Verdeling van inwoners, van \d/);
    await inwoners.getByText('Verdeling als tabel').click();
    expect(await inwoners.getByRole('table').getByRole('row').count()).toBe(11);
    const schuldhulp = await profile
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'schuldhulp' }) })
      .textContent();
    expect(schuldhulp).toContain('Ja/nee');
    expect(schuldhulp).toContain('Meest voorkomend');

    // The rows, a page at a time.
    const preview = page.getByRole('region', { name: 'Voorbeeld van de rijen' });
    await preview.getByText('Rijen 1 tot en met 25 van 1.800').waitFor();
    expect(await preview.getByRole('row').nth(1).textContent()).toContain('BU09990000');
    await preview.getByRole('button', { name: 'Volgende rijen' }).click();
    await preview.getByText('Rijen 26 tot en met 50 van 1.800').waitFor();
    expect(await preview.getByRole('row').nth(1).textContent()).toContain('BU09990025');
    // A sample drawn from the whole file, beyond the first pages.
    await preview.getByText('Steekproef uit het hele bestand').click();
    const sample = preview.getByRole('table', {
      name: '20 rijen, gelijkmatig gekozen uit alle 1.800 rijen',
    });
    await sample.waitFor();
    expect(await sample.getByRole('row').count()).toBe(21);

    const versions = await page.getByRole('region', { name: 'Versies' }).textContent();
    expect(versions).toContain('Versie 1');
    expect(versions).toContain('Eerste versie');
    await expectAxeClean(page);
    await picture(page, 'dataset-profile');
  });
});

describeInBrowser('Dataset versions, refusals and row access', (suite) => {
  it('says plainly why a file is refused, and stops an upload on request', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    const request = page.context().request;
    const projectId = await projectIdByTitle(request, DEMO_PROJECT_TITLE);
    const datasetId = await createDataset(request, projectId, `Meldingen ${unique()}`);
    await openPage(page, `/projecten/${projectId}/datasets/${datasetId}`);

    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByText('Kies een bestand om te uploaden.').waitFor();

    await page.getByLabel('Bestand').setInputFiles({
      name: 'meldingen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('wijk;aantal;jaar\nNoord;12;2024\nZuid;7\nOost;3;2024\n'),
    });
    await page.getByRole('button', { name: 'Uploaden' }).click();
    const refusal = page.locator('.utrecht-alert--error');
    await refusal.waitFor();
    const text = await refusal.textContent();
    expect(text).toContain('Niet elke regel heeft evenveel kolommen als de kopregel.');
    expect(text).toContain('regel 3');
    await expectAxeClean(page);
    await picture(page, 'dataset-upload-refused');

    // A slow upload can be stopped; nothing is stored.
    await page.getByLabel('Bestand').setInputFiles(FIXTURE_CSV);
    const unthrottle = await throttleUploads(page, 20 * 1024);
    await page.getByRole('button', { name: 'Uploaden' }).click();
    // Focus moves to the stop button as it replaces the upload button, so Enter stops it.
    const stop = page.getByRole('button', { name: 'Upload stoppen' });
    await stop.waitFor();
    await expectFocused(stop);
    await page.keyboard.press('Enter');
    await page.getByText('De upload is gestopt. Er is niets opgeslagen.').waitFor();
    await expectFocused(page.locator('.kl-upload-result'));
    await unthrottle();
    expect(await page.getByText('Er is nog geen bestand geüpload.').count()).toBe(1);
  });

  it('reads the chosen worksheet of an Excel file, and names the sheets when it is not there', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    const request = page.context().request;
    const projectId = await projectIdByTitle(request, DEMO_PROJECT_TITLE);
    const datasetId = await createDataset(request, projectId, `Werkmap ${unique()}`);
    await openPage(page, `/projecten/${projectId}/datasets/${datasetId}`);
    const buffer = await workbook([
      ['wijk', 'huishoudens', 'met_schuldhulp'],
      ...Array.from({ length: 12 }, (_, i) => [`Wijk ${i + 1}`, 400 + i * 10, i * 3]),
    ]);
    const file = {
      name: 'schuldhulp.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    };
    await page.getByLabel('Bestand').setInputFiles(file);
    // The worksheet field appears for workbooks only.
    await page.getByLabel('Werkblad').fill('Gegevens');
    await page.getByRole('button', { name: 'Uploaden' }).click();
    const refusal = page.locator('.utrecht-alert--error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      'Dit werkblad bestaat niet in het bestand. Wel aanwezig: Toelichting, Data.',
    );

    await page.getByLabel('Bestand').setInputFiles(file);
    await page.getByLabel('Werkblad').fill('Data');
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByText('Versie 1 is opgeslagen: 12 rijen, 3 kolommen.').waitFor();
    const profile = page.getByRole('region', { name: 'Profiel' });
    await profile.getByRole('heading', { name: 'huishoudens' }).waitFor();
    expect(await profile.locator('.kl-figures').textContent()).toContain('XLSX');
    await expectAxeClean(page);
  });

  it('shows the column changes between versions, and keeps the rows from a partner without access', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    const request = page.context().request;
    const projectId = await projectIdByTitle(request, DEMO_PROJECT_TITLE);
    const title = `Woningen ${unique()}`;
    const datasetId = await createDataset(request, projectId, title);
    await openPage(page, `/projecten/${projectId}/datasets/${datasetId}`);
    const upload = async (name: string, csv: string, number: number) => {
      await page.getByLabel('Bestand').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      await page.getByRole('button', { name: 'Uploaden' }).click();
      await page.getByText(`Versie ${number} is opgeslagen`).waitFor();
    };
    const rows = (make: (i: number) => string) =>
      Array.from({ length: 30 }, (_, i) => make(i)).join('\n');
    await upload(
      'woningen-2023.csv',
      `buurt;woningen;corporatie;peiljaar\n${rows((i) => `B${i};${100 + i};${i % 2 ? 'ja' : 'nee'};2023`)}\n`,
      1,
    );
    await upload(
      'woningen-2024.csv',
      `buurt;woningen;peiljaar;leegstand\n${rows((i) => `B${i};${100 + i},5;2024;${i % 4}`)}\n`,
      2,
    );
    const versions = page.getByRole('region', { name: 'Versies' });
    await versions.getByText('Versie 2').waitFor();
    const latest = await versions.getByRole('row').nth(1).textContent();
    expect(latest).toContain('Toegevoegd: leegstand');
    expect(latest).toContain('Verwijderd: corporatie (Ja/nee)');
    expect(latest).toContain('Ander soort: woningen (Geheel getal → Decimaal getal)');
    expect(await versions.getByRole('row').nth(2).textContent()).toContain('Eerste versie');
    await expectAxeClean(page);
    await picture(page, 'dataset-versions');

    // CBS takes part in the project but was not given the rows.
    const cbs = await suite.newPage({ as: DEMO.contributor });
    await openPage(cbs, `/projecten/${projectId}/datasets/${datasetId}`);
    await cbs.getByRole('heading', { name: 'De rijen zijn afgeschermd' }).waitFor();
    expect(await cbs.locator('main').textContent()).toContain(
      'Alleen leden van Gemeente Voorbeeldstad zien de rijen van deze dataset.',
    );
    const profile = cbs.getByRole('region', { name: 'Profiel' });
    await profile.getByRole('heading', { name: 'leegstand' }).waitFor();
    expect(await profile.textContent()).not.toContain('Kleinste');
    expect(await cbs.getByRole('button', { name: /^Download/ }).count()).toBe(0);
    expect(await cbs.getByRole('button', { name: 'Uploaden' }).count()).toBe(0);
    await expectAxeClean(cbs);
    await picture(cbs, 'dataset-rows-shielded');
  });

  it('downloads the latest file through a signed link', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    const request = page.context().request;
    const projectId = await projectIdByTitle(request, DEMO_PROJECT_TITLE);
    const datasetId = await createDataset(request, projectId, `Download ${unique()}`);
    await openPage(page, `/projecten/${projectId}/datasets/${datasetId}`);
    await page.getByLabel('Bestand').setInputFiles(FIXTURE_CSV);
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByText('Versie 1 is opgeslagen').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download buurtcijfers-2024.csv' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('buurtcijfers-2024.csv');
    expect(download.url()).toMatch(/signature=/);

    // The same page in English, just as accessible.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'About this dataset' }).waitFor();
    await page.getByRole('heading', { name: 'Upload a new version' }).waitFor();
    expect(await page.getByRole('region', { name: 'Profile' }).textContent()).toContain(
      'Whole number',
    );
    await page.getByText('Rows 1 to 25 of 1,800').waitFor();
    await expectAxeClean(page);
    await picture(page, 'dataset-page-english');
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });
});
