import type { Locator, Page } from 'playwright-core';

const MAX_TABS = 40;

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never gets there. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

export async function expectFocused(target: Locator): Promise<void> {
  if (!(await isFocused(target))) {
    const actual = await target
      .page()
      .evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
    throw new Error(`Expected focus on ${target}, but it is on ${actual}`);
  }
}

/** Whether the focused element shows that it has focus (WCAG 2.4.7): an outline or a ring. */
export function focusIndicatorOf(page: Page): Promise<{ outline: string; boxShadow: string }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    return { outline: `${style.outlineStyle} ${style.outlineWidth}`, boxShadow: style.boxShadow };
  });
}
