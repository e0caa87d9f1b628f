import { axeViolations } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { DEMO } from './support/demo-users';
import { graphql } from './support/graphql';
import { arrangeSharedQuestion, openQuestion, typeAtEnd } from './support/live-editor';
import { screenshot } from './support/screenshots';

describeInBrowser('Preregistration', (suite) => {
  it('the partners sign off, the question is frozen, and later edits show as deviations', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const question = await arrangeSharedQuestion(lead.context().request);
    await graphql(
      lead.context().request,
      'mutation P($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) { id } }',
      {
        input: {
          questionId: question.questionId,
          statement: 'Schulden stijgen na ontslag',
          expectedDirection: 'increase',
        },
      },
    );
    await openQuestion(lead, question);
    await typeAtEnd(lead, 'Hoeveel huishoudens per wijk hebben problematische schulden?');
    const panel = lead.locator('section.kl-registration');
    await panel.getByText('Deze vraag is nog niet geregistreerd.').waitFor();

    await panel.getByRole('button', { name: 'Registratie aanvragen' }).click();
    await panel.getByRole('heading', { name: 'Ronde 1: wacht op ondertekening' }).waitFor();
    const table = panel.getByRole('table', { name: 'Ondertekening per organisatie' });
    expect(await table.getByRole('row').count()).toBe(3);
    // The lead signs for the municipality only.
    expect(await panel.getByText('Tekenen namens CBS').count()).toBe(0);
    await panel.getByText('Tekenen namens Gemeente Voorbeeldstad').waitFor();
    await panel.getByRole('button', { name: 'Goedkeuren' }).click();
    await table
      .getByRole('row')
      .filter({ hasText: 'Gemeente Voorbeeldstad' })
      .filter({ hasText: 'Goedgekeurd' })
      .waitFor();
    await screenshot(lead, 'registration-requested');

    // The observer reads along, without buttons.
    const observer = await suite.newPage({ as: DEMO.observer });
    await openQuestion(observer, question);
    const observed = observer.locator('section.kl-registration');
    await observed.getByRole('heading', { name: 'Ronde 1: wacht op ondertekening' }).waitFor();
    expect(await observed.getByRole('button').count()).toBe(0);

    // CBS first tries to ask for changes without saying which, then approves.
    const cbs = await suite.newPage({ as: DEMO.contributor });
    await openQuestion(cbs, question);
    const cbsPanel = cbs.locator('section.kl-registration');
    await cbsPanel.getByText('Tekenen namens CBS').waitFor();
    await cbsPanel.getByRole('button', { name: 'Wijzigingen vragen' }).click();
    expect(await cbs.getByRole('alert').textContent()).toContain('Vul toelichting in.');
    expect(await axeViolations(cbs)).toEqual([]);
    await cbsPanel.scrollIntoViewIfNeeded();
    await screenshot(cbs, 'registration-sign-off');
    await cbsPanel.getByRole('button', { name: 'Goedkeuren' }).click();
    await cbsPanel.getByText('Geregistreerd', { exact: true }).waitFor();
    const hash = await cbsPanel.locator('.kl-hash').textContent();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await cbsPanel.textContent()).toContain(`${DEMO.contributor.name} namens CBS`);
    expect(await cbsPanel.textContent()).toContain(
      `${DEMO.lead.name} namens Gemeente Voorbeeldstad`,
    );
    await cbsPanel.getByText('Geen afwijkingen').waitFor();

    // The lead's page hears of the registration; then the lead keeps writing.
    await panel.getByText('Geregistreerd', { exact: true }).waitFor();
    await typeAtEnd(lead, ' En in welke wijken het eerst?');
    await lead.waitForTimeout(300);
    await panel.getByRole('button', { name: 'Afwijkingen bijwerken' }).click();
    await panel.getByText(/Tekst van de vraag gewijzigd/).waitFor();
    expect(await panel.locator('.kl-line-changes ins').textContent()).toContain(
      'En in welke wijken het eerst?',
    );
    expect(await panel.locator('.kl-hash').textContent()).toBe(hash);
    expect(await axeViolations(lead)).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(lead, 'registration-deviations');
  });
});
