import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { createDataset, FIXTURE_CSV } from './support/datasets';
import { DEMO, DEMO_PROJECT_TITLE } from './support/demo-users';
import { graphql, projectIdByTitle } from './support/graphql';
import { openPage, waitForPage } from './support/page-ready';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Uploads a CSV as the next version of a dataset, as the context's user. */
async function uploadCsv(page: Page, projectId: string, datasetId: string, csv: string) {
  const response = await page
    .context()
    .request.post(`/api/projects/${projectId}/datasets/${datasetId}/versions`, {
      headers: { 'x-ketenlab-csrf': '1' },
      multipart: { file: { name: 'cijfers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) } },
    });
  expect(response.status()).toBe(201);
}

const reports = (page: Page): Locator => page.getByRole('region', { name: 'Terugmeldingen' });

describeInBrowser('Quality reports', (suite) => {
  it('a partner reports doubt about a column; the owner answers and confirms it', async () => {
    // Arrange: the lead (municipality, the owner) describes a dataset and uploads its file.
    const owner = await suite.newPage({ as: DEMO.lead });
    const request = owner.context().request;
    const projectId = await projectIdByTitle(request, DEMO_PROJECT_TITLE);
    const title = `Buurtcijfers terugmelding ${unique()}`;
    const datasetId = await createDataset(request, projectId, title);
    const upload = await request.post(`/api/projects/${projectId}/datasets/${datasetId}/versions`, {
      headers: { 'x-ketenlab-csrf': '1' },
      multipart: {
        file: {
          name: 'buurtcijfers-2024.csv',
          mimeType: 'text/csv',
          buffer: readFileSync(FIXTURE_CSV),
        },
      },
    });
    expect(upload.status()).toBe(201);
    const datasetUrl = `/projecten/${projectId}/datasets/${datasetId}`;

    // A partner (CBS contributor) reports doubt about one column.
    const partner = await suite.newPage({ as: DEMO.contributor });
    await openPage(partner, datasetUrl);
    const section = reports(partner);
    await section.getByText('Er zijn geen terugmeldingen over deze dataset.').waitFor();
    await section.getByRole('button', { name: 'Melding versturen' }).click();
    const summary = section.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Kies waar uw twijfel over gaat.');
    await expectAxeClean(partner);
    await screenshot(partner, 'quality-report-form-errors');

    await section.getByLabel('Waar twijfelt u aan?').selectOption({ label: 'Juistheid' });
    await section.getByLabel('Kolom').selectOption('gemiddeld_inkomen');
    await section
      .getByLabel('Wat klopt er niet?')
      .fill('In Centrum buurt 1 staat een punt in plaats van een inkomen.');
    await section.getByRole('button', { name: 'Melding versturen' }).click();
    await section.getByText('Uw melding is verstuurd naar de eigenaar van de dataset.').waitFor();
    const filed = section.getByRole('article', { name: 'Juistheid, kolom “gemiddeld_inkomen”' });
    await filed.waitFor();
    expect(await filed.textContent()).toContain('Gemeld door Pieter Jansen (CBS)');
    expect(await section.getByText('1 open terugmelding').count()).toBe(1);
    // A partner may reply, but confirming and rejecting are the owner's.
    expect(await filed.getByRole('button', { name: 'Reageren' }).count()).toBe(1);
    expect(await filed.getByRole('button', { name: 'Bevestigen' }).count()).toBe(0);
    await expectAxeClean(partner);
    await screenshot(partner, 'quality-report-filed');

    // The owner sees the badge in the list of datasets.
    await openPage(owner, `/projecten/${projectId}/datasets`);
    const row = owner.getByRole('row').filter({ hasText: title });
    expect(await row.textContent()).toContain('1 open terugmelding');
    await expectAxeClean(owner);
    await screenshot(owner, 'dataset-list-open-report-badge');

    // The owner answers, by keyboard: the form takes focus as it opens.
    await row.getByRole('link', { name: title }).click();
    await waitForPage(owner);
    const ownerReport = reports(owner).getByRole('article', {
      name: 'Juistheid, kolom “gemiddeld_inkomen”',
    });
    await ownerReport.getByRole('button', { name: 'Beantwoorden' }).focus();
    await owner.keyboard.press('Enter');
    const message = ownerReport.getByLabel('Bericht');
    await message.waitFor();
    expect(await message.evaluate((element) => element === document.activeElement)).toBe(true);
    await owner.keyboard.type('Klopt: de waarde ontbrak in de bron. Er komt een nieuwe versie.');
    await ownerReport.getByRole('button', { name: 'Versturen' }).click();
    await ownerReport.getByText('Uw bericht is toegevoegd.').waitFor();
    await ownerReport.getByText('Beantwoord', { exact: true }).waitFor();
    expect(await ownerReport.textContent()).toContain('Sanne de Vries (namens de eigenaar)');
    await expectAxeClean(owner);
    await screenshot(owner, 'quality-report-answered');

    // And confirms it with a note: the badge goes.
    await ownerReport.getByRole('button', { name: 'Bevestigen' }).click();
    const confirm = ownerReport.getByRole('form', { name: 'Melding bevestigen' });
    await confirm.getByLabel('Toelichting').fill('Gecorrigeerd in de bron; versie 2 volgt.');
    await expectAxeClean(owner);
    await confirm.getByRole('button', { name: 'Bevestigen' }).click();
    await ownerReport.getByText('De melding is bevestigd.').waitFor();
    await ownerReport.getByText('Bevestigd', { exact: true }).waitFor();
    expect(await reports(owner).getByText('open terugmelding').count()).toBe(0);
    await expectAxeClean(owner);
    await screenshot(owner, 'quality-report-confirmed');

    // The partner sees the outcome.
    await openPage(partner, datasetUrl);
    const outcome = reports(partner).getByRole('article', {
      name: 'Juistheid, kolom “gemiddeld_inkomen”',
    });
    await outcome.getByText('Gecorrigeerd in de bron; versie 2 volgt.').waitFor();
    expect(await outcome.getByRole('button').count()).toBe(0);
    // Axe over the whole dataset page (profile, preview) takes a while on a shared machine.
  }, 240_000);

  it('flags a hypothesis citing a dataset when it gets a new version, until acknowledged', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const request = lead.context().request;
    const projectId = await projectIdByTitle(request, DEMO_PROJECT_TITLE);
    const title = `Schuldhulp per wijk ${unique()}`;
    const datasetId = await createDataset(request, projectId, title);
    await uploadCsv(lead, projectId, datasetId, 'wijk;aanvragen\nNoord;12\nZuid;7\n');
    const { project } = await graphql<{ project: { questions: Array<{ id: string }> } }>(
      request,
      'query($id: ID!) { project(id: $id) { questions { id } } }',
      { id: projectId },
    );
    const { proposeHypothesis } = await graphql<{ proposeHypothesis: { id: string } }>(
      request,
      'mutation($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) { id } }',
      {
        input: {
          questionId: project.questions[0].id,
          statement: `Schuldhulp groeit het snelst in Noord ${unique()}`,
        },
      },
    );
    const hypothesisId = proposeHypothesis.id;
    await graphql(
      request,
      'mutation($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { id } }',
      {
        input: {
          hypothesisId,
          to: 'under_investigation',
          evidence: [{ kind: 'dataset', targetId: datasetId }],
        },
      },
    );
    await uploadCsv(lead, projectId, datasetId, 'wijk;aanvragen\nNoord;15\nZuid;7\n');
    const hypothesisUrl = `/projecten/${projectId}/hypothesen/${hypothesisId}`;

    // An observer sees the notice but may not acknowledge it.
    const observer = await suite.newPage({ as: DEMO.observer });
    await openPage(observer, hypothesisUrl);
    const seen = observer.getByRole('region', { name: 'Gegevens veranderd' });
    await seen.getByText(`Dataset “${title}” heeft een nieuwe versie.`).waitFor();
    expect(await seen.getByRole('button').count()).toBe(0);
    await expectAxeClean(observer);

    await openPage(lead, hypothesisUrl);
    const notice = lead.getByRole('region', { name: 'Gegevens veranderd' });
    await notice.getByText(`Dataset “${title}” heeft een nieuwe versie.`).waitFor();
    await expectAxeClean(lead);
    await screenshot(lead, 'hypothesis-data-changed');
    await notice
      .getByRole('button', { name: `Gezien: Dataset “${title}” heeft een nieuwe versie.` })
      .click();
    await lead.getByText('Gemarkeerd als gezien.').waitFor();
    await notice.waitFor({ state: 'detached' });
    await expectAxeClean(lead);
  }, 120_000);
});
