import { DATASET_METADATA } from '../fixtures';
import type { Cases } from '../permission-walk';
import { next } from '../permission-world';

/** Datasets of a project and which organisations may read their rows. */
export const DATASET_CASES: Cases = {
  dataset: {
    action: 'dataset.read',
    call: async (w) => ({
      query: 'query($id: ID!) { dataset(id: $id) { id title } }',
      variables: { id: (await w.f.dataset(w.lead.token, w.projectId)).id },
    }),
  },
  createDataset: {
    action: 'dataset.create',
    call: (w) => ({
      query: 'mutation($input: CreateDatasetInput!) { createDataset(input: $input) { id } }',
      variables: { input: { ...DATASET_METADATA, projectId: w.projectId, title: `Set ${next()}` } },
    }),
  },
  updateDataset: {
    action: 'dataset.update',
    call: async (w) => ({
      query: 'mutation($input: UpdateDatasetInput!) { updateDataset(input: $input) { id } }',
      variables: {
        input: { id: (await w.f.dataset(w.lead.token, w.projectId)).id, title: `Ander ${next()}` },
      },
    }),
  },
  setDatasetRowAccess: {
    action: 'dataset.access.manage',
    call: async (w) => ({
      query:
        'mutation($input: SetDatasetRowAccessInput!) { setDatasetRowAccess(input: $input) { id } }',
      variables: {
        input: {
          datasetId: (await w.f.dataset(w.lead.token, w.projectId)).id,
          organisationIds: [],
        },
      },
    }),
  },
};
