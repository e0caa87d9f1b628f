/** What quality reports need to know about a dataset. */
export interface DatasetFact {
  id: string;
  projectId: string;
  ownerOrganisationId: string;
  title: string;
}

/**
 * The little that quality reports ask of the datasets module, behind one port, so that this
 * module depends on three questions rather than on how datasets are stored.
 */
export abstract class DatasetFacts {
  abstract find(datasetId: string): Promise<DatasetFact | null>;
  /** The column names of the dataset's current version; empty before its first version. */
  abstract currentColumns(datasetId: string): Promise<string[]>;
  abstract hasVersion(datasetId: string, versionId: string): Promise<boolean>;
}
