export const BASE_URL_VARIABLE = 'KETENLAB_E2E_BASE_URL';

export function baseUrl(): string {
  const url = process.env[BASE_URL_VARIABLE];
  if (!url)
    throw new Error(
      'The API was not started: run the browser tests through test/e2e/jest.config.js.',
    );
  return url;
}
