import { describeInBrowser } from './support/browser-suite';
import { DEMO } from './support/demo-users';
import { addMember, createProject, graphql } from './support/graphql';
import { openPage, waitForPage } from './support/page-ready';
import { subscriptionSent } from './support/live-subscription';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

describeInBrowser('Projects', (suite) => {
  it('a lead starts a project with CBS as partner and adds a CBS member', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    const title = `Jeugdwerkloosheid per wijk ${unique()}`;
    await openPage(page, '/projecten');
    await page.getByRole('button', { name: 'Nieuw project starten' }).click();

    // Sending it empty first: the form says what is missing before anything reaches the API.
    await page.getByRole('button', { name: 'Project aanmaken' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Vul titel in.');
    expect(await summary.textContent()).toContain('Vul doel in.');
    await screenshot(page, 'new-project-errors');

    await page.getByLabel('Titel').fill(title);
    await page
      .getByLabel('Doel', { exact: true })
      .fill('Weten waar jongeren zonder werk wonen, om gerichter te helpen.');
    await page.getByLabel('Fase').selectOption({ label: 'Verkenning' });
    await page.getByRole('checkbox', { name: 'CBS' }).check();
    await page.getByRole('button', { name: 'Project aanmaken' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitForPage(page);
    const members = page.getByRole('table', { name: 'Leden van dit project en hun rol' });
    expect(await members.textContent()).toContain(DEMO.lead.name);

    await page.getByRole('link', { name: 'Instellingen en leden' }).click();
    await page.getByRole('heading', { level: 1, name: `Instellingen van ${title}` }).waitFor();
    await page.getByLabel('Zoek een persoon').fill('Pieter');
    await page.getByText('1 persoon gevonden die nog geen lid is.').waitFor();
    await page
      .getByLabel('Persoon', { exact: true })
      .selectOption({ label: `${DEMO.contributor.name} (CBS)` });
    await page.getByLabel('Rol in het project').selectOption({ label: 'Bijdrager' });
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.getByText(`${DEMO.contributor.name} is toegevoegd als bijdrager.`).waitFor();
    await screenshot(page, 'project-settings-member-added');

    await page.getByRole('link', { name: `Terug naar ${title}` }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitForPage(page);
    const row = page.getByRole('row', { name: new RegExp(DEMO.contributor.name) });
    expect(await row.textContent()).toContain('Bijdrager');
    await screenshot(page, 'project-overview-with-new-member');
  });

  it('refuses to leave a project without a lead, and says so', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    const title = `Laaggeletterdheid ${unique()}`;
    const projectId = await createProject(page.context().request, title);
    await openPage(page, `/projecten/${projectId}/instellingen`);

    await page.getByLabel(`Rol van ${DEMO.lead.name}`).selectOption({ label: 'Bijdrager' });
    await page.getByRole('button', { name: `Rol wijzigen van ${DEMO.lead.name}` }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Een project heeft minstens één projectleider nodig.',
    );
    await screenshot(page, 'project-settings-needs-a-lead');
  });

  it('an open project page follows changes others make, without reloading', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const title = `Energiearmoede ${unique()}`;
    const projectId = await createProject(lead.context().request, title);
    await addMember(lead.context().request, projectId, DEMO.observer.name, 'observer');

    const observer = await suite.newPage({ as: DEMO.observer });
    const listening = subscriptionSent(observer, 'ProjectActivityFeed');
    await openPage(observer, `/projecten/${projectId}`);
    await listening;
    expect(await observer.getByRole('definition').filter({ hasText: 'Idee' }).count()).toBe(1);

    await graphql(
      lead.context().request,
      'mutation Update($input: UpdateProjectInput!) { updateProject(input: $input) { id } }',
      {
        input: { id: projectId, phase: 'pilot' },
      },
    );
    await observer.getByText(`${DEMO.lead.name} heeft de projectgegevens gewijzigd.`).waitFor();
    expect(await observer.getByRole('definition').filter({ hasText: 'Pilot' }).count()).toBe(1);
    await screenshot(observer, 'project-overview-live-update');
  });

  it('a lead edits the details, after which people of a new partner can join', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    const title = `Mantelzorg ${unique()}`;
    const projectId = await createProject(page.context().request, title);
    await openPage(page, `/projecten/${projectId}/instellingen`);

    await page.getByLabel('Zoek een persoon').fill('Ahmed');
    await page.getByText('0 personen gevonden die nog geen lid zijn.').waitFor();

    await page.getByLabel('Titel').fill(`${title} in Zuid`);
    await page.getByRole('checkbox', { name: 'GGD regio Voorbeeldland' }).check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De projectgegevens zijn opgeslagen.').waitFor();
    await page.getByText('1 persoon gevonden die nog geen lid is.').waitFor();
    await screenshot(page, 'project-settings-saved');

    await page.getByRole('link', { name: `Terug naar ${title} in Zuid` }).click();
    await page.getByRole('heading', { level: 1, name: `${title} in Zuid` }).waitFor();
  });
});
