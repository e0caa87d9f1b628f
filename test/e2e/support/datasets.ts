import { Workbook } from 'exceljs';
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

/** A workbook with a note sheet first and the data on the sheet "Data", as many publishers do. */
export async function workbook(rows: readonly (readonly (string | number)[])[]): Promise<Buffer> {
  const book = new Workbook();
  book.addWorksheet('Toelichting').addRow(['Bron: gemeente Voorbeeldstad']);
  const data = book.addWorksheet('Data');
  for (const row of rows) data.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The title of the dataset the demo data puts in the demo project. */
export const DEMO_DATASET_TITLE = 'Huishoudens met problematische schulden per wijk';

export async function datasetIdByTitle(
  request: APIRequestContext,
  projectId: string,
  title: string,
): Promise<string> {
  const data = await graphql<{ project: { datasets: Array<{ id: string; title: string }> } }>(
    request,
    'query Datasets($id: ID!) { project(id: $id) { datasets { id title } } }',
    { id: projectId },
  );
  const dataset = data.project.datasets.find((d) => d.title === title);
  if (!dataset) throw new Error(`No dataset titled "${title}" in project ${projectId}`);
  return dataset.id;
}
