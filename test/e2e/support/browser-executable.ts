import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Without a browser they are skipped with a message on a
 * workstation, but in CI a missing browser is a broken pipeline and must fail.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env['CI'] === 'true') {
    throw new Error(
      `No browser at ${CHROMIUM_PATH}; set CHROMIUM_PATH. Browser tests cannot be skipped in CI.`,
    );
  }
  return false;
}

export const SKIP_MESSAGE = `Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH).`;
