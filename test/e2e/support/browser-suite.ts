import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl } from './base-url';
import { browserAvailable, CHROMIUM_PATH, SKIP_MESSAGE } from './browser-executable';
import type { DemoUser } from './demo-users';
import { signInThroughApi } from './sign-in';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSuite {
  /** A page in a context of its own (cookies, storage), optionally signed in already. */
  newPage(options?: { as?: DemoUser }): Promise<Page>;
  /**
   * One page per user for the whole block, kept between tests: for checks that only look, where
   * a warm cache saves seconds per page. Tests must not leave state behind in it.
   */
  sharedPage(as?: DemoUser): Promise<Page>;
}

/**
 * A describe block with a browser: launched once for the block, with a fresh context per page so
 * tests never share a session. Without a browser the block is skipped (or fails in CI).
 */
export function describeInBrowser(name: string, body: (suite: BrowserSuite) => void): void {
  if (!browserAvailable()) {
    // The tests are listed as skipped; global setup has said why.
    const unavailable = (): never => {
      throw new Error(SKIP_MESSAGE);
    };
    describe.skip(name, () => body({ newPage: unavailable, sharedPage: unavailable }));
    return;
  }
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const shared = new Map<string, Promise<Page>>();

  const createPage = async (as: DemoUser | undefined, owner: BrowserContext[]) => {
    if (!browser) throw new Error('The browser is not running');
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width: 1280, height: 900 },
    });
    owner.push(context);
    if (as) await signInThroughApi(context, as);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[${name}] page error: ${error.message}`));
    return page;
  };
  const sharedContexts: BrowserContext[] = [];

  const suite: BrowserSuite = {
    newPage: (options = {}) => createPage(options.as, contexts),
    sharedPage(as) {
      const key = as?.email ?? 'anonymous';
      const page = shared.get(key) ?? createPage(as, sharedContexts);
      shared.set(key, page);
      return page;
    },
  };

  describe(name, () => {
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        headless: true,
      });
    });
    afterEach(async () => {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
    });
    afterAll(async () => {
      await Promise.all(sharedContexts.splice(0).map((context) => context.close()));
      shared.clear();
      await browser?.close();
    });
    body(suite);
  });
}
