import { axeViolations } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { DEMO } from './support/demo-users';
import { createProject } from './support/graphql';
import { expectFocused, tabTo } from './support/keyboard';
import {
  arrangeSharedQuestion,
  connectionOf,
  editorOf,
  openQuestion,
  typeAtEnd,
  waitForServerText,
  waitForText,
} from './support/live-editor';
import { openPage, waitForPage } from './support/page-ready';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

/** Long enough for an edit to cross the server several times over; used to show absence. */
const QUIET_MS = 1500;

describeInBrowser('Research questions', (suite) => {
  it('a lead adds a research question on the project page and opens its editor', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    const projectId = await createProject(page.context().request, `Jeugdzorg ${unique()}`);
    await openPage(page, `/projecten/${projectId}`);
    await page.getByText('Er zijn nog geen onderzoeksvragen.').waitFor();

    await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Vul titel van de vraag in.');

    const title = `Welke jongeren vallen tussen wal en schip? ${unique()}`;
    await page.getByLabel('Titel van de vraag').fill(title);
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await connectionOf(page).filter({ hasText: 'Verbonden' }).waitFor();
    expect(await page.locator('.kl-presence').textContent()).toContain(`${DEMO.lead.name} (u)`);
    await screenshot(page, 'question-new');

    await page.getByRole('link', { name: /^Terug naar/ }).click();
    await waitForPage(page);
    // The progress section lists the question too; the questions table is the one with its status.
    const questions = page.getByRole('region', { name: 'Onderzoeksvragen', exact: true });
    const row = questions.getByRole('row').filter({ hasText: title });
    expect(await row.textContent()).toContain('Concept');
    await screenshot(page, 'project-overview-with-question');
  });

  it('partners of two organisations see each other’s text, presence and caret live', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const question = await arrangeSharedQuestion(lead.context().request);
    const cbs = await suite.newPage({ as: DEMO.contributor });
    await openQuestion(lead, question);
    await openQuestion(cbs, question);

    await typeAtEnd(
      lead,
      'Hoofdvraag: hoeveel huishoudens per wijk hebben problematische schulden?',
    );
    await waitForText(cbs, 'hoeveel huishoudens per wijk');
    await typeAtEnd(cbs, ' Deelvraag: welke bronnen heeft CBS daarvoor?');
    await waitForText(lead, 'welke bronnen heeft CBS');

    // Formatting travels too: a heading for the sub-questions, made with the toolbar.
    await editorOf(lead).press('Control+End');
    await editorOf(lead).press('Enter');
    const heading = lead.getByRole('button', { name: 'Kop' });
    await heading.click();
    await lead.keyboard.type('Deelvragen');
    expect(await heading.getAttribute('aria-pressed')).toBe('true');
    await editorOf(cbs).locator('h2', { hasText: 'Deelvragen' }).waitFor();

    // Who is here: each sees the other, with the organisation.
    const leadPresence = lead.locator('.kl-presence');
    await leadPresence.getByText(DEMO.contributor.name).waitFor();
    expect(await leadPresence.textContent()).toContain('CBS');
    const cbsPresence = cbs.locator('.kl-presence');
    await cbsPresence.getByText(DEMO.lead.name).waitFor();
    expect(await cbsPresence.textContent()).toContain('Gemeente Voorbeeldstad');

    // Each sees the other's caret, labelled with the name, in the organisation's colour.
    const cbsCaret = lead.locator('.collaboration-carets__label', {
      hasText: DEMO.contributor.name,
    });
    await cbsCaret.waitFor();
    expect(await cbsCaret.evaluate((label) => getComputedStyle(label).backgroundColor)).toBe(
      'rgb(0, 161, 205)',
    );
    await cbs.locator('.collaboration-carets__label', { hasText: DEMO.lead.name }).waitFor();
    await screenshot(lead, 'question-live-lead');
    await screenshot(cbs, 'question-live-cbs');

    // The server's mirror (search, register, versions) reads the same field the editor writes.
    await waitForServerText(lead.context().request, question.questionId, 'welke bronnen heeft CBS');
  });

  it('an observer reads along but cannot change the text', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const question = await arrangeSharedQuestion(lead.context().request);
    const observer = await suite.newPage({ as: DEMO.observer });
    await openQuestion(lead, question);
    await typeAtEnd(lead, 'Tekst van de projectleider.');
    await openQuestion(observer, question);
    await waitForText(observer, 'Tekst van de projectleider.');

    const editor = editorOf(observer);
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    expect(await editor.getAttribute('aria-readonly')).toBe('true');
    await observer.getByText('als meelezer kunt u deze tekst niet wijzigen').waitFor();
    expect(await observer.getByRole('button', { name: 'Versie bewaren' }).count()).toBe(0);
    expect(await observer.getByRole('button', { name: 'Titel wijzigen' }).count()).toBe(0);

    await editor.click();
    await observer.keyboard.type('Meelezer probeert te schrijven');
    await lead.waitForTimeout(QUIET_MS);
    expect(await editor.textContent()).not.toContain('Meelezer');
    expect(await editorOf(lead).textContent()).not.toContain('Meelezer');
    await lead.locator('.kl-presence').getByText(DEMO.observer.name).waitFor();
    await screenshot(observer, 'question-observer');

    // Nor can an observer add questions: the project page offers no form for it.
    await openPage(observer, `/projecten/${question.projectId}`);
    await observer
      .getByRole('region', { name: 'Onderzoeksvragen', exact: true })
      .getByRole('link', { name: question.title })
      .waitFor();
    expect(await observer.getByRole('button', { name: 'Vraag toevoegen' }).count()).toBe(0);
  });

  it('text written offline reaches the other partner after reconnecting', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const question = await arrangeSharedQuestion(lead.context().request);
    const cbs = await suite.newPage({ as: DEMO.contributor });
    await openQuestion(lead, question);
    await openQuestion(cbs, question);
    await typeAtEnd(lead, 'Begin van de vraag.');
    await waitForText(cbs, 'Begin van de vraag.');

    await cbs.context().setOffline(true);
    await connectionOf(cbs).filter({ hasText: 'Offline' }).waitFor();
    // Offline, the others' presence is unknown: the list shows only yourself. (The others see
    // you leave once the server notices the lost socket, which a real network drop delays.)
    await cbs.locator('.kl-presence').getByText(DEMO.lead.name).waitFor({ state: 'detached' });
    await typeAtEnd(cbs, ' Geschreven zonder verbinding.');
    await screenshot(cbs, 'question-offline');
    await lead.waitForTimeout(QUIET_MS);
    expect(await editorOf(lead).textContent()).not.toContain('zonder verbinding');

    await cbs.context().setOffline(false);
    await connectionOf(cbs).filter({ hasText: 'Verbonden' }).waitFor();
    await waitForText(lead, 'Begin van de vraag. Geschreven zonder verbinding.');
    await lead.locator('.kl-presence').getByText(DEMO.contributor.name).waitFor();

    // The copy kept for offline editing does not outlive the session on this device.
    const offlineCopies = () =>
      cbs.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
    expect(await offlineCopies()).toContain(`question.${question.questionId}`);
    await cbs.getByRole('button', { name: 'Uitloggen' }).click();
    await cbs.waitForURL(/\/inloggen$/);
    await cbs.waitForFunction(
      async (name) => !(await indexedDB.databases()).some((database) => database.name === name),
      `question.${question.questionId}`,
    );
  });

  it('a version is saved, viewed read-only and restored for everyone', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const question = await arrangeSharedQuestion(lead.context().request);
    const cbs = await suite.newPage({ as: DEMO.contributor });
    await openQuestion(lead, question);
    await openQuestion(cbs, question);

    await typeAtEnd(cbs, 'Eerste opzet van de hoofdvraag.');
    await waitForText(lead, 'Eerste opzet van de hoofdvraag.');
    await cbs.getByLabel('Naam van de versie').fill('Voor het overleg');
    await cbs.getByRole('button', { name: 'Versie bewaren' }).click();
    await cbs.getByText('Versie “Voor het overleg” is bewaard.').waitFor();

    await typeAtEnd(cbs, ' Een zin die we later schrappen.');
    await waitForText(lead, 'later schrappen');

    // The lead, who did not save it, finds it listed with who saved it, and reads it as it was.
    const row = lead.getByRole('row', { name: /Voor het overleg/ });
    await row.getByRole('cell', { name: 'Pieter Jansen (CBS)' }).waitFor();
    const view = lead.getByRole('button', { name: 'Bekijken versie Voor het overleg' });
    await view.click();
    const viewer = lead.getByRole('region', { name: 'Voor het overleg' });
    expect(await viewer.textContent()).toContain('Eerste opzet van de hoofdvraag.');
    expect(await viewer.textContent()).not.toContain('later schrappen');
    expect(await viewer.textContent()).toContain('door Pieter Jansen (CBS)');
    await screenshot(lead, 'question-version-view');

    await lead.getByRole('button', { name: 'Terugzetten versie Voor het overleg' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Versie terugzetten?' });
    await dialog.waitFor();
    await screenshot(lead, 'question-version-restore-confirm');
    await dialog.getByRole('button', { name: 'Ja, terugzetten' }).click();
    await lead.getByText('Versie “Voor het overleg” is teruggezet.').waitFor();

    // The restore arrives in both open editors as a live change.
    await waitForText(lead, 'later schrappen', false);
    await waitForText(cbs, 'later schrappen', false);
    expect(await editorOf(cbs).textContent()).toContain('Eerste opzet van de hoofdvraag.');
  });

  it('a lead renames, sets the status and deletes a question, after confirming', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const question = await arrangeSharedQuestion(lead.context().request);
    await openQuestion(lead, question);

    const renamed = `${question.title} (herzien)`;
    await lead.getByLabel('Titel', { exact: true }).fill(renamed);
    await lead.getByRole('button', { name: 'Titel wijzigen' }).click();
    await lead.getByRole('heading', { level: 1, name: renamed }).waitFor();

    await lead.getByLabel('Status', { exact: true }).selectOption({ label: 'Ter beoordeling' });
    await lead.getByRole('button', { name: 'Status wijzigen' }).click();
    await lead.getByText('De status is nu: Ter beoordeling.').waitFor();

    await lead.getByRole('button', { name: 'Vraag verwijderen' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Onderzoeksvraag verwijderen?' });
    await dialog.waitFor();
    // Escape cancels; focus returns to the button that asked.
    await lead.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expectFocused(lead.getByRole('button', { name: 'Vraag verwijderen' }));

    await lead.getByRole('button', { name: 'Vraag verwijderen' }).click();
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await lead.waitForURL(new RegExp(`/projecten/${question.projectId}$`));
    await waitForPage(lead);
    expect(await lead.getByRole('link', { name: renamed }).count()).toBe(0);
  });

  it('WCAG 2.1 AA: the question page passes axe and its editor is reached by keyboard', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const question = await arrangeSharedQuestion(lead.context().request);
    const cbs = await suite.newPage({ as: DEMO.contributor });
    const observer = await suite.newPage({ as: DEMO.observer });
    await openQuestion(lead, question);
    await openQuestion(cbs, question);
    await typeAtEnd(cbs, 'Tekst met een caret van CBS erin.');
    await lead.locator('.collaboration-carets__label').first().waitFor();

    expect(await axeViolations(lead)).toEqual([]);
    await openQuestion(observer, question);
    expect(await axeViolations(observer)).toEqual([]);

    // Keyboard: from the heading, Tab reaches the editor and typing there works.
    await lead.getByRole('heading', { level: 1 }).focus();
    await tabTo(lead, editorOf(lead));
    await lead.keyboard.press('Control+End');
    await lead.keyboard.type(' Met het toetsenbord.');
    await waitForText(cbs, 'Met het toetsenbord.');
  });
});
