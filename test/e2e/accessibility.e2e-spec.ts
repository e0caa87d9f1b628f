import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { describeInBrowser, type BrowserSuite } from './support/browser-suite';
import { DEMO, DEMO_PROJECT_TITLE, type DemoUser } from './support/demo-users';
import { DEMO_DATASET_TITLE, datasetIdByTitle } from './support/datasets';
import { projectIdByTitle } from './support/graphql';
import { openPage } from './support/page-ready';
import { screenshot } from './support/screenshots';

interface PageVisit {
  name: string;
  as?: DemoUser;
  /** The path to open; a function when it depends on data (a project id). */
  path: string | ((page: Page) => Promise<string>);
  /** What to do on the page first, to bring a state into view (an open form, an error). */
  then?: (page: Page) => Promise<void>;
  title: string;
}

const demoProject = async (page: Page) =>
  `/projecten/${await projectIdByTitle(page.context().request, DEMO_PROJECT_TITLE)}`;

/** The demo project's dataset, with its uploaded version (apps/api/src/seed/demo-dataset.ts). */
const demoDataset = async (page: Page) => {
  const projectId = await projectIdByTitle(page.context().request, DEMO_PROJECT_TITLE);
  const datasetId = await datasetIdByTitle(page.context().request, projectId, DEMO_DATASET_TITLE);
  return `/projecten/${projectId}/datasets/${datasetId}`;
};

/**
 * Every page, signed in with the role that sees the most of it. Where a page has a richer state
 * (a form showing its errors), that state is checked: it contains the plain page as well.
 */
const VISITS: PageVisit[] = [
  {
    name: 'sign-in-with-errors',
    path: '/inloggen',
    then: async (page) => {
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('alert').waitFor();
    },
    title: 'Inloggen — Ketenlab',
  },
  {
    name: 'accept-invitation',
    path: '/uitnodiging/een-verlopen-link',
    title: 'Uitnodiging accepteren — Ketenlab',
  },
  { name: 'not-found', path: '/bestaat-niet', title: 'Pagina niet gevonden — Ketenlab' },
  {
    name: 'projects-new-form',
    as: DEMO.lead,
    path: '/projecten',
    then: async (page) => {
      await page.getByRole('button', { name: 'Nieuw project starten' }).click();
      await page.getByRole('button', { name: 'Project aanmaken' }).click();
      await page.getByRole('alert').waitFor();
    },
    title: 'Projecten — Ketenlab',
  },
  {
    name: 'project-overview',
    as: DEMO.lead,
    path: demoProject,
    title: `${DEMO_PROJECT_TITLE} — Ketenlab`,
  },

  {
    name: 'hypothesis-board-observer',
    as: DEMO.observer,
    path: async (page) => `${await demoProject(page)}/hypothesen`,
    title: `Hypothesen: ${DEMO_PROJECT_TITLE} — Ketenlab`,
  },
  {
    name: 'hypothesis-proposal-with-errors',
    as: DEMO.contributor,
    path: async (page) => `${await demoProject(page)}/hypothesen/nieuw`,
    then: async (page) => {
      await page.getByRole('button', { name: 'Hypothese voorstellen' }).click();
      await page.getByRole('alert').waitFor();
    },
    title: 'Hypothese voorstellen — Ketenlab',
  },
  {
    name: 'project-settings',
    as: DEMO.lead,
    path: async (page) => `${await demoProject(page)}/instellingen`,
    title: `Instellingen van ${DEMO_PROJECT_TITLE} — Ketenlab`,
  },
  {
    name: 'project-settings-forbidden',
    as: DEMO.observer,
    path: async (page) => `${await demoProject(page)}/instellingen`,
    title: 'Geen toegang — Ketenlab',
  },
  {
    name: 'datasets',
    as: DEMO.lead,
    path: async (page) => `${await demoProject(page)}/datasets`,
    title: `Datasets van ${DEMO_PROJECT_TITLE} — Ketenlab`,
  },
  {
    name: 'dataset',
    as: DEMO.lead,
    path: demoDataset,
    then: async (page) => {
      await page.getByRole('heading', { name: 'Voorbeeld van de rijen' }).waitFor();
    },
    title: `${DEMO_DATASET_TITLE} — Ketenlab`,
  },
  {
    name: 'dataset-rows-shielded',
    as: DEMO.housing,
    path: demoDataset,
    then: async (page) => {
      await page.getByRole('heading', { name: 'De rijen zijn afgeschermd' }).waitFor();
    },
    title: `${DEMO_DATASET_TITLE} — Ketenlab`,
  },
  {
    name: 'search',
    as: DEMO.contributor,
    path: '/zoeken?q=wijk',
    title: 'Zoeken naar “wijk” — Ketenlab',
  },
  {
    name: 'tokens-with-new-secret',
    as: DEMO.moderator,
    path: '/tokens',
    then: async (page) => {
      await page.getByLabel('Naam').fill('Toegankelijkheidstest');
      await page.getByRole('button', { name: 'Token aanmaken' }).click();
      await page.getByLabel('Token', { exact: true }).waitFor();
    },
    title: 'Toegangstokens — Ketenlab',
  },
  {
    name: 'organisations',
    as: DEMO.admin,
    path: '/beheer/organisaties',
    title: 'Organisaties — Ketenlab',
  },
  {
    name: 'organisations-editing',
    as: DEMO.admin,
    path: '/beheer/organisaties',
    then: async (page) => {
      await page.getByRole('button', { name: 'Bewerken CBS' }).click();
      await page.getByRole('heading', { name: 'CBS bewerken' }).waitFor();
    },
    title: 'Organisaties — Ketenlab',
  },
  { name: 'accounts', as: DEMO.admin, path: '/beheer/accounts', title: 'Accounts — Ketenlab' },
];

async function visit(suite: BrowserSuite, target: PageVisit): Promise<Page> {
  const page = await suite.sharedPage(target.as);
  await openPage(page, typeof target.path === 'string' ? target.path : await target.path(page));
  await target.then?.(page);
  return page;
}

describeInBrowser('Accessibility (WCAG 2.1 AA)', (suite) => {
  describe.each(VISITS)('$name', (target) => {
    it('has no axe violations and a descriptive title (WCAG 2.4.2 Page Titled)', async () => {
      const page = await visit(suite, target);
      await screenshot(page, `a11y-${target.name}`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.title()).toBe(target.title);
    });
  });

  it('has no axe violations in English either', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    await openPage(page, `${await demoProject(page)}/instellingen`);
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Settings of ${DEMO_PROJECT_TITLE}` })
      .waitFor();
    await screenshot(page, 'a11y-project-settings-english');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('WCAG 3.1.1 Language of Page: <html lang> follows the chosen language', async () => {
    const page = await suite.newPage();
    await openPage(page, '/inloggen');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('WCAG 3.1.2 Language of Parts: the language switch is marked in the language it offers', async () => {
    const page = await suite.sharedPage();
    await openPage(page, '/inloggen');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
  });

  it('WCAG 2.4.1 Bypass Blocks: the first Tab reaches a skip link that moves focus to the main content', async () => {
    const page = await suite.sharedPage(DEMO.lead);
    await openPage(page, '/projecten');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshot(page, 'a11y-skip-link-focused');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  });

  it('WCAG 2.4.3 Focus Order: after navigating, focus starts at the new page heading', async () => {
    const page = await suite.sharedPage(DEMO.lead);
    await openPage(page, '/projecten');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Toegangstokens' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Toegangstokens' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Toegangstokens');
  });

  it('WCAG 4.1.3 Status Messages: refusals are announced as alerts', async () => {
    const page = await suite.sharedPage();
    await openPage(page, '/inloggen');
    await page.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain(
      'Vul een e-mailadres in zoals naam@organisatie.nl.',
    );
    // The field itself points at its error, so it is read out when the field gets focus.
    const describedBy = await page.getByLabel('E-mailadres').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain(
      'Vul een e-mailadres in',
    );
  });

  it('WCAG 1.4.10 Reflow: pages fit a 320 px wide screen without scrolling sideways', async () => {
    const page = await suite.newPage({ as: DEMO.lead });
    await page.setViewportSize({ width: 320, height: 640 });
    const project = await demoProject(page);
    for (const path of [
      '/projecten',
      project,
      `${project}/hypothesen`,
      await demoDataset(page),
      '/zoeken?q=wijk',
      '/tokens',
    ]) {
      await openPage(page, path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    await screenshot(page, 'a11y-reflow-320');
  });
});
