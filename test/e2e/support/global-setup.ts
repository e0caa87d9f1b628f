import { browserAvailable, SKIP_MESSAGE } from './browser-executable';
import { startApi } from './api-server';
import { BASE_URL_VARIABLE } from './base-url';

/** One API for the whole run; the specs reach it through an environment variable. */
export default async function globalSetup(): Promise<void> {
  if (!browserAvailable()) {
    process.stdout.write(`\n${SKIP_MESSAGE}\n`);
    return;
  }
  const api = await startApi();
  process.env[BASE_URL_VARIABLE] = api.baseUrl;
  // Global setup and teardown share this realm; the specs do not need the handle.
  (globalThis as { __ketenlabApi?: typeof api }).__ketenlabApi = api;
}
