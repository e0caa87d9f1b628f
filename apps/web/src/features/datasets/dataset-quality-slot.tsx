/**
 * Where the dataset's quality reports go (the quality-reports feature, issue #6). The page
 * renders this between the description and the profile, and passes what a report needs to
 * point at: the dataset, its project, and the columns of the latest version. Until that
 * feature plugs its section in here, there is nothing to show.
 */
export interface DatasetQualitySlotProps {
  projectId: string;
  datasetId: string;
  /** Column names of the latest version, for reports about one column; empty before a file. */
  columns: readonly string[];
}

export function DatasetQualitySlot(_props: DatasetQualitySlotProps) {
  return null;
}
