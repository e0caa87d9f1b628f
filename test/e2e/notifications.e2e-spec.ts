import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { DEMO } from './support/demo-users';
import { addMember, createProject, graphql } from './support/graphql';
import { openPage, waitForPage } from './support/page-ready';
import { screenshot } from './support/screenshots';
import { unique } from './support/unique';

const bell = (page: Page) => page.getByRole('link', { name: /^Meldingen, / });

/** The unread count the bell's accessible name states. */
async function unreadCount(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute('aria-label')) ?? '';
  return /geen ongelezen/.test(name) ? 0 : Number(/(\d+) ongelezen/.exec(name)?.[1]);
}

/** A project led by the demo lead, with the CBS contributor in it and a question to work under. */
async function projectWithContributor(lead: Page) {
  const request = lead.context().request;
  const title = `Live meldingen ${unique()}`;
  const projectId = await createProject(request, title, ['CBS']);
  await addMember(request, projectId, DEMO.contributor.name, 'contributor');
  const { createQuestion } = await graphql<{ createQuestion: { id: string } }>(
    request,
    'mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }',
    { input: { projectId, title: 'Waar groeien schulden het snelst?' } },
  );
  return { projectId, title, questionId: createQuestion.id };
}

async function propose(page: Page, questionId: string, statement: string, ownerId?: string) {
  const data = await graphql<{ proposeHypothesis: { id: string } }>(
    page.context().request,
    'mutation($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) { id } }',
    { input: { questionId, statement, ...(ownerId ? { ownerId } : {}) } },
  );
  return data.proposeHypothesis.id;
}

describeInBrowser('Notifications and since your last visit', (suite) => {
  it('the bell counts a new notification live; the page marks it read and links to it', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const contributor = await suite.newPage({ as: DEMO.contributor });
    const { projectId, questionId } = await projectWithContributor(lead);
    const statement = `Schulden stijgen na baanverlies ${unique()}`;
    const hypothesisId = await propose(contributor, questionId, statement);

    await openPage(contributor, '/projecten');
    const before = await unreadCount(contributor);
    await graphql(
      lead.context().request,
      'mutation($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { id } }',
      { input: { hypothesisId, to: 'under_investigation' } },
    );
    // No reload: the subscription brings it.
    await contributor.waitForFunction(
      (expected) =>
        document
          .querySelector('a.kl-bell')
          ?.getAttribute('aria-label')
          ?.includes(`${expected} ongelezen`),
      before + 1,
    );
    await contributor
      .getByRole('status')
      .filter({ hasText: `Nieuwe melding: ${DEMO.lead.name} heeft uw hypothese` })
      .waitFor({ state: 'attached' });
    await screenshot(contributor, 'notification-bell-live');

    await bell(contributor).click();
    await contributor.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await waitForPage(contributor);
    const sentence = `${DEMO.lead.name} heeft uw hypothese “${statement}” verplaatst van Voorgesteld naar In onderzoek.`;
    const item = contributor.getByRole('listitem').filter({ hasText: sentence });
    await item.waitFor();
    expect(await item.textContent()).toContain('Ongelezen');
    expect(await axeViolations(contributor)).toEqual([]);
    await screenshot(contributor, 'notifications-page');

    await item.getByRole('button', { name: `Markeer als gelezen: ${sentence}` }).click();
    await item.getByRole('button', { name: /Markeer als gelezen/ }).waitFor({ state: 'detached' });
    expect(await unreadCount(contributor)).toBe(before);
    expect(await item.getAttribute('class')).not.toContain('kl-notification--unread');

    expect(await item.getByRole('link', { name: `Bekijk ${statement}` }).getAttribute('href')).toBe(
      `/projecten/${projectId}/hypothesen/${hypothesisId}`,
    );
  });

  it('the overview says what others changed since your last visit', async () => {
    const lead = await suite.newPage({ as: DEMO.lead });
    const contributor = await suite.newPage({ as: DEMO.contributor });
    const { projectId, title, questionId } = await projectWithContributor(lead);

    await openPage(contributor, `/projecten/${projectId}`);
    const since = contributor.getByRole('region', { name: 'Sinds uw vorige bezoek' });
    await since.getByText(/Dit is uw eerste bezoek aan dit project/).waitFor();
    // Leaving marks it seen (it was marked when shown, too).
    await openPage(contributor, '/projecten');

    await propose(lead, questionId, `Huurachterstand voorspelt schulden ${unique()}`);
    // The project list says where something is new, per project.
    await openPage(contributor, '/projecten');
    const card = contributor.getByRole('listitem').filter({
      has: contributor.getByRole('link', { name: title }),
    });
    await card.getByText('1 wijziging door anderen').waitFor();
    await screenshot(contributor, 'project-list-unseen-changes');
    await card.getByRole('link', { name: title }).click();
    await contributor.getByRole('heading', { level: 1, name: title }).waitFor();
    await since.getByText(/Sinds uw vorige bezoek op .* is er 1 wijziging door anderen:/).waitFor();
    expect(await since.getByRole('list', { name: 'Wijzigingen per soort' }).textContent()).toBe(
      '1 hypothese voorgesteld',
    );
    expect(await since.textContent()).toContain(
      `${DEMO.lead.name} heeft een hypothese voorgesteld.`,
    );
    expect(await axeViolations(contributor)).toEqual([]);
    await screenshot(contributor, 'project-since-last-visit');

    // Seen now: the next visit starts from here.
    await openPage(contributor, '/projecten');
    await openPage(contributor, `/projecten/${projectId}`);
    await since.getByText(/Niets veranderd sinds uw vorige bezoek op/).waitFor();
  });
});
