import type { APIRequestContext } from 'playwright-core';
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
