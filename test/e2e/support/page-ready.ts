import type { Page } from 'playwright-core';

/** Opens a path and waits until the page shows its heading and has finished loading data. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  await waitForPage(page);
}

export async function waitForPage(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.kl-loading'));
}
