import { join } from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { graphql } from './graphql';

/** Complete metadata, as a person would fill it in. */
export const DATASET_METADATA = {
  description: 'Kerncijfers per buurt: inwoners, ouderen, inkomen en schuldhulp.',
  contactName: 'Team Onderzoek',
  contactEmail: 'onderzoek@voorbeeldstad.nl',
  theme: 'SOCI',
  licence: 'cc_by_4_0',
  accessClass: 'internal',
  updateFrequency: 'annual',
} as const;

/** Creates a dataset as the context's user (who must be a contributor or more in the project). */
export async function createDataset(
  request: APIRequestContext,
  projectId: string,
  title: string,
  rowOrganisationIds: string[] = [],
): Promise<string> {
  const data = await graphql<{ createDataset: { id: string } }>(
    request,
    'mutation Create($input: CreateDatasetInput!) { createDataset(input: $input) { id } }',
    { input: { projectId, title, ...DATASET_METADATA, rowOrganisationIds } },
  );
  return data.createDataset.id;
}

/**
 * Slows the page's uploads to `bytesPerSecond` (Chromium's network emulation), so a progress
 * bar on a local connection shows more than its start and its end.
 */
export async function throttleUploads(
  page: Page,
  bytesPerSecond: number,
): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
  return async () => {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  };
}

export const FIXTURE_CSV = join(__dirname, '..', 'fixtures', 'buurtcijfers-2024.csv');
