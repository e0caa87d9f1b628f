import { axeViolations } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { DEMO, DEMO_PROJECT_TITLE } from './support/demo-users';
import { graphql, projectIdByTitle } from './support/graphql';
import { arrangeHypothesis } from './support/hypotheses';
import { openPage } from './support/page-ready';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

const progressOf = (page: import('playwright-core').Page) =>
  page.getByRole('region', { name: 'Voortgang van de hypothesen' });

describeInBrowser('Hypothesis progress on the project overview', (suite) => {
  it('shows per question a table of statuses, the month’s verdicts and the stale list, accessibly', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const projectId = await projectIdByTitle(lead.context().request, DEMO_PROJECT_TITLE);
    await openPage(lead, `/projecten/${projectId}`);
    const progress = progressOf(lead);
    const table = progress.getByRole('table', {
      name: 'Aantal hypothesen per onderzoeksvraag en status',
    });
    await table.waitFor();
    // A real table: the statuses are column headers, each question a row header.
    for (const status of ['Voorgesteld', 'In onderzoek', 'Ondersteund', 'Ingetrokken', 'Totaal']) {
      await table.getByRole('columnheader', { name: status }).waitFor();
    }
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(0);
    await progress.getByText(/oordee?l(en)? in [a-z]+ \d{4}/).waitFor();
    await progress.getByRole('heading', { name: 'Stilgevallen hypothesen' }).waitFor();
    // Every stale hypothesis the API names is a link to its page.
    const { project } = await graphql<{
      project: { hypothesisProgress: { stale: Array<{ id: string; statement: string }> } };
    }>(
      lead.context().request,
      'query Q($id: ID!) { project(id: $id) { hypothesisProgress { stale { id statement } } } }',
      { id: projectId },
    );
    for (const stale of project.hypothesisProgress.stale) {
      const link = progress.getByRole('link', { name: stale.statement });
      expect(await link.getAttribute('href')).toBe(
        `/projecten/${projectId}/hypothesen/${stale.id}`,
      );
    }
    await progress.scrollIntoViewIfNeeded();
    await screenshot(lead, 'progress-overview');
    expect(await axeViolations(lead)).toEqual([]);
  });

  it('follows a change made elsewhere without a reload', async () => {
    const leadPage = await suite.newPage({ as: DEMO.lead });
    const hypothesis = await arrangeHypothesis(leadPage.context().request, 'proposed');
    const cbs = await suite.newPage({ as: DEMO.contributor });
    await openPage(cbs, `/projecten/${hypothesis.projectId}`);
    const row = progressOf(cbs).getByRole('row', { name: escaped(hypothesis.title) });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '1',
    ]);

    // The lead proposes another hypothesis through the API: the contributor's page follows.
    await graphql(
      leadPage.context().request,
      'mutation P($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) { id } }',
      { input: { questionId: hypothesis.questionId, statement: `Nog een ${unique()}` } },
    );
    await progressOf(cbs)
      .getByRole('row', { name: escaped(hypothesis.title) })
      .getByRole('cell')
      .last()
      .filter({ hasText: '2' })
      .waitFor();
    expect(
      await progressOf(cbs)
        .getByText('Geen: alle open hypothesen zijn recent nog aangeraakt.')
        .count(),
    ).toBe(1);
  });

  it('lets the lead set after how many days a hypothesis is stale, refusing what is out of range', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const hypothesis = await arrangeHypothesis(lead.context().request, 'proposed');
    await openPage(lead, `/projecten/${hypothesis.projectId}/instellingen`);
    const field = lead.getByLabel('Stilgevallen na (dagen)');
    await field.fill('0');
    const form = lead.getByRole('region', { name: 'Stilgevallen hypothesen' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByRole('alert').getByText('van 1 tot en met 365').waitFor();
    await screenshot(lead, 'progress-settings-error');
    expect(await axeViolations(lead)).toEqual([]);

    await field.fill('30');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByText('Opgeslagen: stilgevallen na 30 dagen.').waitFor();
    const { project } = await graphql<{ project: { staleAfterDays: number } }>(
      lead.context().request,
      'query Q($id: ID!) { project(id: $id) { staleAfterDays } }',
      { id: hypothesis.projectId },
    );
    expect(project.staleAfterDays).toBe(30);
    await openPage(lead, `/projecten/${hypothesis.projectId}`);
    await progressOf(lead)
      .getByText('Open hypothesen die al 30 dagen niet zijn bewerkt of verplaatst.')
      .waitFor();
  });
});
