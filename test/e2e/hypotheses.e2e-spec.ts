import { join } from 'node:path';
import { axeViolations } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { DEMO, DEMO_PROJECT_TITLE } from './support/demo-users';
import { DEMO_DATASET_TITLE } from './support/datasets';
import { graphql, projectIdByTitle } from './support/graphql';
import {
  arrangeHypothesis,
  cardOf,
  columnOf,
  drag,
  moveButtonOf,
  type SharedHypothesis,
} from './support/hypotheses';
import { expectFocused, tabTo } from './support/keyboard';
import { openPage, waitForPage } from './support/page-ready';
import { SCREENSHOT_DIR } from './support/paths';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

const SOURCE = {
  url: 'https://www.cbs.nl/nl-nl/maatwerk',
  title: 'CBS maatwerk schulden per wijk',
};

/** The hypothesis as the API has it now: status and the last move of its history. */
async function stored(request: Parameters<typeof graphql>[0], hypothesis: SharedHypothesis) {
  const { hypothesis: found } = await graphql<{
    hypothesis: {
      status: string;
      history: Array<{ to: string; rationale: string; evidence: Array<{ url: string }> }>;
    };
  }>(
    request,
    'query H($id: ID!) { hypothesis(id: $id) { status history { to rationale evidence { url } } } }',
    { id: hypothesis.hypothesisId },
  );
  return { status: found.status, last: found.history.at(-1) };
}

describeInBrowser('Hypothesis board', (suite) => {
  it('a lead drags a card to supported, gives rationale and evidence, and a partner’s board follows live', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const hypothesis = await arrangeHypothesis(lead.context().request);
    const cbs = await suite.newPage({ as: DEMO.contributor });
    await openPage(lead, hypothesis.boardPath);
    await openPage(cbs, hypothesis.boardPath);
    await columnOf(cbs, 'In onderzoek')
      .locator('article', { hasText: hypothesis.statement })
      .waitFor();
    await screenshot(lead, 'hypotheses-board');

    await drag(lead, cardOf(lead, hypothesis.statement), columnOf(lead, 'Ondersteund'));
    const dialog = lead.getByRole('dialog', { name: 'Naar ‘Ondersteund’' });
    await dialog.waitFor();

    // Nothing filled in: the dialog says what a verdict needs, and nothing moves.
    await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
    const summary = dialog.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Vul een onderbouwing in.');
    expect(await summary.textContent()).toContain('Vul een webadres in');
    await screenshot(lead, 'hypotheses-dialog-errors');
    expect(await axeViolations(lead)).toEqual([]);

    await dialog
      .getByLabel('Onderbouwing')
      .fill('Twee jaar huurdata van de corporatie laten dit zien.');
    await dialog.getByLabel('Adres (URL) van de bron').fill(SOURCE.url);
    await dialog.getByLabel('Titel van de bron').fill(SOURCE.title);
    await screenshot(lead, 'hypotheses-dialog');
    await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await columnOf(lead, 'Ondersteund')
      .locator('article', { hasText: hypothesis.statement })
      .waitFor();
    await lead.getByRole('status').getByText(`staat nu in Ondersteund`).waitFor();
    // The other user's board follows without a reload.
    await columnOf(cbs, 'Ondersteund')
      .locator('article', { hasText: hypothesis.statement })
      .waitFor();
    expect(await columnOf(cbs, 'In onderzoek').textContent()).not.toContain(hypothesis.statement);
    expect(await cardOf(cbs, hypothesis.statement).textContent()).toContain('1 bewijsstuk');
    // Reopening a verdict is the lead's: the contributor gets no handle on this card.
    expect(await moveButtonOf(cbs, hypothesis.statement).count()).toBe(0);
    await screenshot(cbs, 'hypotheses-board-live');

    const { status, last } = await stored(lead.context().request, hypothesis);
    expect(status).toBe('supported');
    expect(last).toEqual({
      to: 'supported',
      rationale: 'Twee jaar huurdata van de corporatie laten dit zien.',
      evidence: [{ url: SOURCE.url }],
    });
    expect(await axeViolations(lead)).toEqual([]);
  });

  it('the same move by keyboard only, with the dialog, and focus back on the moved card', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const hypothesis = await arrangeHypothesis(lead.context().request);
    const observer = await suite.newPage({ as: DEMO.observer });
    await openPage(observer, hypothesis.boardPath);
    await openPage(lead, hypothesis.boardPath);

    const handle = moveButtonOf(lead, hypothesis.statement);
    await tabTo(lead, handle);
    // Screen readers hear, in Dutch, what happens (dnd-kit's live region, our texts).
    const announced = (text: string) =>
      lead.waitForFunction(
        (expected) =>
          document.querySelector('[id^="DndLiveRegion"]')?.textContent?.includes(expected),
        text,
      );
    expect(await handle.getAttribute('aria-roledescription')).toBe('verplaatsbare kaart');
    await lead.keyboard.press('Space');
    await lead.waitForFunction(() => document.querySelector('[aria-pressed="true"]') !== null);
    await announced(`Hypothese opgepakt: ${hypothesis.statement}`);
    await announced('Mogelijke kolommen: Ondersteund, Weerlegd, Onbeslist en Ingetrokken.');
    // Under investigation → the next column this lead may choose is Supported.
    await lead.keyboard.press('ArrowRight');
    await columnOf(lead, 'Ondersteund').and(lead.locator('.kl-board__column--over')).waitFor();
    await announced('Boven kolom Ondersteund.');
    // Only the viewport: a full-page picture resizes the window, which cancels a keyboard drag.
    await lead.screenshot({ path: join(SCREENSHOT_DIR, 'hypotheses-keyboard-dragging.png') });
    await lead.keyboard.press('Space');

    const dialog = lead.getByRole('dialog', { name: 'Naar ‘Ondersteund’' });
    await dialog.waitFor();
    await expectFocused(dialog.getByLabel('Onderbouwing'));
    await lead.keyboard.type('De cijfers van CBS ondersteunen dit.');
    await lead.keyboard.press('Tab'); // kind of evidence: an external source is the default
    await lead.keyboard.press('Tab');
    await lead.keyboard.type(SOURCE.url);
    await lead.keyboard.press('Tab');
    await lead.keyboard.type(SOURCE.title);
    await lead.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    const moved = columnOf(lead, 'Ondersteund').locator('article', {
      hasText: hypothesis.statement,
    });
    await moved.waitFor();
    // The lead may reopen the verdict, so the card keeps a Move button, and it has the focus.
    await lead.waitForFunction(
      (statement) =>
        document.activeElement?.getAttribute('aria-label') === `Verplaatsen: ${statement}`,
      hypothesis.statement,
    );
    await columnOf(observer, 'Ondersteund')
      .locator('article', { hasText: hypothesis.statement })
      .waitFor();
    expect(await observer.getByRole('button', { name: /^Verplaatsen:/ }).count()).toBe(0);
    expect((await stored(lead.context().request, hypothesis)).status).toBe('supported');
  });

  it('a contributor moves a proposal into investigation at once, and may not give verdicts', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const hypothesis = await arrangeHypothesis(lead.context().request, 'proposed');
    const cbs = await suite.newPage({ as: DEMO.contributor });
    await openPage(cbs, hypothesis.boardPath);

    const handle = moveButtonOf(cbs, hypothesis.statement);
    await handle.focus();
    await cbs.keyboard.press('Space');
    await cbs.waitForFunction(() => document.querySelector('[aria-pressed="true"]') !== null);
    // Only the moves the API allows this user are drop targets; the rest are marked closed.
    expect(await columnOf(cbs, 'Ondersteund').getAttribute('class')).toContain('--closed');
    expect(await columnOf(cbs, 'In onderzoek').getAttribute('class')).toContain('--open');
    await cbs.keyboard.press('ArrowRight');
    await columnOf(cbs, 'In onderzoek').and(cbs.locator('.kl-board__column--over')).waitFor();
    await cbs.keyboard.press('Space');

    // Starting the investigation needs no reason: no dialog, the card moves.
    await columnOf(cbs, 'In onderzoek')
      .locator('article', { hasText: hypothesis.statement })
      .waitFor();
    expect(await cbs.getByRole('dialog').count()).toBe(0);
    expect((await stored(cbs.context().request, hypothesis)).status).toBe('under_investigation');

    // Dragging it onto a verdict does nothing: that column does not take it.
    await drag(cbs, cardOf(cbs, hypothesis.statement), columnOf(cbs, 'Ondersteund'));
    await cbs.waitForTimeout(300);
    expect(await cbs.getByRole('dialog', { name: /Ondersteund/ }).isVisible()).toBe(false);
    expect((await stored(cbs.context().request, hypothesis)).status).toBe('under_investigation');
  });

  it('a contributor proposes a hypothesis; it shows on the board, filterable by tag in the address', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const hypothesis = await arrangeHypothesis(lead.context().request, 'proposed');
    const cbs = await suite.newPage({ as: DEMO.contributor });
    await openPage(cbs, `/projecten/${hypothesis.projectId}/vragen/${hypothesis.questionId}`);
    await cbs.getByRole('link', { name: 'Hypothese voorstellen' }).click();
    await waitForPage(cbs);

    await cbs.getByRole('button', { name: 'Hypothese voorstellen' }).click();
    expect(await cbs.getByRole('alert').textContent()).toContain('Vul bewering in.');
    const statement = `Flexwerk gaat samen met meer schulden ${unique()}`;
    await cbs.getByLabel('Bewering').fill(statement);
    await cbs.getByLabel('Onderbouwing').fill('Wisselend inkomen.');
    await cbs.getByLabel('Verwachte richting').selectOption({ label: 'Toename' });
    await cbs.getByRole('checkbox', { name: 'CBS' }).check();
    const tag = `flex${unique()}`;
    await cbs.getByLabel('Labels').fill(`werk, ${tag}`);
    await screenshot(cbs, 'hypotheses-propose');
    expect(await axeViolations(cbs)).toEqual([]);
    await cbs.getByRole('button', { name: 'Hypothese voorstellen' }).click();

    await cbs.getByRole('heading', { level: 1, name: statement }).waitFor();
    expect(await cbs.locator('main').textContent()).toContain(
      `Voorgesteld door ${DEMO.contributor.name}`,
    );
    await screenshot(cbs, 'hypotheses-detail');
    expect(await axeViolations(cbs)).toEqual([]);

    await cbs.getByRole('link', { name: 'Naar het hypothesebord' }).click();
    await waitForPage(cbs);
    await columnOf(cbs, 'Voorgesteld').locator('article', { hasText: statement }).waitFor();
    expect(
      await columnOf(cbs, 'Voorgesteld').getByRole('heading', { level: 2 }).textContent(),
    ).toContain('2');

    await cbs.getByLabel('Label').selectOption(tag.toLowerCase());
    await cbs.getByRole('button', { name: 'Filter toepassen' }).click();
    await cbs.waitForURL((url) => url.searchParams.get('label') === tag.toLowerCase());
    await cbs.getByText('1 hypothese getoond').waitFor();
    expect(await cardOf(cbs, hypothesis.statement).count()).toBe(0);
    expect(await cardOf(cbs, statement).count()).toBe(1);

    // The address alone gives the same board (a bookmark, a shared link).
    const filtered = cbs.url();
    const again = await suite.newPage({ as: DEMO.lead });
    await openPage(again, filtered.replace(/^https?:\/\/[^/]+/, ''));
    await again.getByText('1 hypothese getoond').waitFor();
    expect(await again.getByLabel('Label').inputValue()).toBe(tag.toLowerCase());
  });

  it('the demo project’s board shows its seeded hypotheses and its verdict’s history', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const projectId = await projectIdByTitle(lead.context().request, DEMO_PROJECT_TITLE);
    await openPage(lead, `/projecten/${projectId}`);
    await lead.getByRole('link', { name: 'Naar het hypothesebord' }).click();
    await waitForPage(lead);
    const supported = columnOf(lead, 'Ondersteund');
    await supported.locator('article').first().waitFor();
    await screenshot(lead, 'hypotheses-demo-board');
    expect(await axeViolations(lead)).toEqual([]);

    await supported.locator('article').first().getByRole('link').click();
    await waitForPage(lead);
    const history = lead.getByRole('region', { name: 'Geschiedenis' });
    expect(await history.textContent()).toContain(
      'Van In onderzoek naar Ondersteund door Sanne de Vries',
    );
    await history.getByRole('link', { name: 'Wet gemeentelijke schuldhulpverlening' }).waitFor();
    await screenshot(lead, 'hypotheses-demo-detail');
  });

  it('a refusal by the API shows in the dialog: the hypothesis was withdrawn meanwhile', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const hypothesis = await arrangeHypothesis(lead.context().request);
    await openPage(lead, hypothesis.boardPath);
    await drag(lead, cardOf(lead, hypothesis.statement), columnOf(lead, 'Ondersteund'));
    const dialog = lead.getByRole('dialog', { name: 'Naar ‘Ondersteund’' });
    await dialog.waitFor();
    await dialog.getByLabel('Onderbouwing').fill('Geen verband gevonden.');
    await dialog.getByLabel('Adres (URL) van de bron').fill(SOURCE.url);
    await dialog.getByLabel('Titel van de bron').fill(SOURCE.title);

    // Someone withdraws it while the dialog is open (here: the lead, from another tab).
    await graphql(
      lead.context().request,
      'mutation T($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { id } }',
      { input: { hypothesisId: hypothesis.hypothesisId, to: 'withdrawn' } },
    );
    await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
    const summary = dialog.getByRole('alert');
    await summary.getByText('Deze stap is niet (meer) mogelijk.', { exact: false }).waitFor();
    await screenshot(lead, 'hypotheses-dialog-refused');
    expect((await stored(lead.context().request, hypothesis)).status).toBe('withdrawn');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await columnOf(lead, 'Ingetrokken')
      .locator('article', { hasText: hypothesis.statement })
      .waitFor();
  });

  it('on its own page a hypothesis is withdrawn with the buttons, after confirming, and the history shows why', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const hypothesis = await arrangeHypothesis(lead.context().request, 'proposed');
    await openPage(lead, `${hypothesis.boardPath}/${hypothesis.hypothesisId}`);
    await lead.getByRole('button', { name: 'Naar ‘In onderzoek’' }).click();
    await lead.getByRole('status').getByText('staat nu in In onderzoek').waitFor();
    await lead.getByRole('button', { name: 'Naar ‘Ingetrokken’' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Naar ‘Ingetrokken’' });
    await dialog.getByText('Intrekken is definitief').waitFor();
    await dialog.getByLabel('Onderbouwing').fill('Dubbel met een andere hypothese.');
    await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const history = lead.getByRole('region', { name: 'Geschiedenis' });
    await history.getByText('Van In onderzoek naar Ingetrokken door Sanne de Vries').waitFor();
    expect(await history.textContent()).toContain('Dubbel met een andere hypothese.');
    expect(await history.textContent()).toContain('Van Voorgesteld naar In onderzoek');
    await lead.getByText('U kunt de status van deze hypothese nu niet wijzigen.').waitFor();
    await screenshot(lead, 'hypotheses-detail-withdrawn');
    expect(await axeViolations(lead)).toEqual([]);
  });

  it('a lead edits a hypothesis’s statement on its page and the board shows the new text', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const hypothesis = await arrangeHypothesis(lead.context().request);
    await openPage(lead, `${hypothesis.boardPath}/${hypothesis.hypothesisId}`);
    await lead.getByRole('button', { name: 'Bewerken' }).click();
    const form = lead.getByRole('region', { name: 'Hypothese bewerken' });
    await form.waitFor();
    // A lead may give the hypothesis to another member who edits hypotheses.
    expect(await form.getByLabel('Eigenaar').inputValue()).not.toBe('');
    await screenshot(lead, 'hypotheses-edit');
    expect(await axeViolations(lead)).toEqual([]);

    // Emptied: the form says so at the field before anything is sent.
    await form.getByLabel('Bewering').fill(' ');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    expect(await form.getByRole('alert').textContent()).toContain('Vul bewering in.');
    await screenshot(lead, 'hypotheses-edit-errors');
    expect(await axeViolations(lead)).toEqual([]);

    const statement = `Vroege huurachterstand voorspelt schulden ${unique()}`;
    await form.getByLabel('Bewering').fill(statement);
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await lead.getByRole('heading', { level: 1, name: statement }).waitFor();
    await form.waitFor({ state: 'hidden' });

    await lead.getByRole('link', { name: 'Naar het hypothesebord' }).click();
    await waitForPage(lead);
    await columnOf(lead, 'In onderzoek').locator('article', { hasText: statement }).waitFor();
    expect(await cardOf(lead, hypothesis.statement).count()).toBe(0);
  });

  it('an edit of a hypothesis closed meanwhile is refused, and the form says why', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const hypothesis = await arrangeHypothesis(lead.context().request);
    await openPage(lead, `${hypothesis.boardPath}/${hypothesis.hypothesisId}`);
    await lead.getByRole('button', { name: 'Bewerken' }).click();
    const form = lead.getByRole('region', { name: 'Hypothese bewerken' });
    await form.getByLabel('Bewering').fill(`Iets anders ${unique()}`);
    // Someone withdraws it while the form is open (here: the lead, from another tab).
    await graphql(
      lead.context().request,
      'mutation T($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { id } }',
      { input: { hypothesisId: hypothesis.hypothesisId, to: 'withdrawn' } },
    );
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await form
      .getByRole('alert')
      .getByText('Deze hypothese is inmiddels gesloten', { exact: false })
      .waitFor();
    await lead.getByRole('heading', { level: 1, name: hypothesis.statement }).waitFor();
  });

  it('a verdict cites the demo dataset and the history links to the dataset’s page', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const request = lead.context().request;
    const projectId = await projectIdByTitle(request, DEMO_PROJECT_TITLE);
    const { project } = await graphql<{ project: { questions: Array<{ id: string }> } }>(
      request,
      'query Q($id: ID!) { project(id: $id) { questions { id } } }',
      { id: projectId },
    );
    const statement = `Schulden concentreren zich in West ${unique()}`;
    const { proposeHypothesis } = await graphql<{ proposeHypothesis: { id: string } }>(
      request,
      'mutation P($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) { id } }',
      { input: { questionId: project.questions[0]?.id, statement } },
    );
    await graphql(
      request,
      'mutation T($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { id } }',
      { input: { hypothesisId: proposeHypothesis.id, to: 'under_investigation' } },
    );
    // Refuted, not supported: the demo board's first supported card stays the seeded one.
    await openPage(lead, `/projecten/${projectId}/hypothesen/${proposeHypothesis.id}`);
    await lead.getByRole('button', { name: 'Naar ‘Weerlegd’' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Naar ‘Weerlegd’' });
    await dialog.waitFor();
    await dialog.getByLabel('Onderbouwing').fill('West is niet de wijk met de meeste schulden.');
    await dialog.getByLabel('Soort bewijs').selectOption({ label: 'Dataset' });
    await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
    expect(await dialog.getByRole('alert').textContent()).toContain('Kies een dataset');
    await dialog.getByLabel('Dataset', { exact: true }).selectOption({ label: DEMO_DATASET_TITLE });
    await screenshot(lead, 'hypotheses-dialog-dataset');
    expect(await axeViolations(lead)).toEqual([]);
    await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const history = lead.getByRole('region', { name: 'Geschiedenis' });
    const link = history.getByRole('link', { name: `Dataset ‘${DEMO_DATASET_TITLE}’` });
    await link.waitFor();
    await screenshot(lead, 'hypotheses-detail-dataset');
    await link.click();
    await lead.waitForURL((url) => /^\/projecten\/[^/]+\/datasets\/[^/]+$/.test(url.pathname));
    await lead.getByRole('heading', { level: 1, name: DEMO_DATASET_TITLE }).waitFor();
  });

  it('has no axe violations in English, with the dialog open', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const hypothesis = await arrangeHypothesis(lead.context().request);
    await openPage(lead, hypothesis.boardPath);
    await lead.getByRole('button', { name: 'English' }).click();
    await lead.getByRole('heading', { level: 1, name: /^Hypotheses:/ }).waitFor();
    await lead.getByRole('button', { name: `Move: ${hypothesis.statement}` }).focus();
    await lead.keyboard.press('Enter');
    await lead.waitForFunction(() => document.querySelector('[aria-pressed="true"]') !== null);
    await lead.keyboard.press('ArrowRight');
    await columnOf(lead, 'Supported').and(lead.locator('.kl-board__column--over')).waitFor();
    await lead.keyboard.press('ArrowRight');
    await columnOf(lead, 'Refuted').and(lead.locator('.kl-board__column--over')).waitFor();
    await lead.keyboard.press('Enter');
    const dialog = lead.getByRole('dialog', { name: 'To ‘Refuted’' });
    await dialog.waitFor();
    await dialog
      .getByLabel('Kind of evidence')
      .selectOption({ label: 'Passage of the research question' });
    await dialog.getByRole('button', { name: 'Another piece of evidence' }).click();
    await screenshot(lead, 'hypotheses-dialog-english');
    expect(await axeViolations(lead)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
