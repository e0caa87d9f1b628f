import { QualityReportsSection } from '../quality-reports';

/**
 * Where the dataset's quality reports go: the quality-reports feature's section. The page
 * renders this between the description and the profile, and passes what a report needs to
 * point at: the dataset, its project, and the columns of the latest version.
 */
export interface DatasetQualitySlotProps {
  projectId: string;
  datasetId: string;
  /** Column names of the latest version, for reports about one column; empty before a file. */
  columns: readonly string[];
}

export function DatasetQualitySlot({ datasetId, columns }: DatasetQualitySlotProps) {
  return <QualityReportsSection datasetId={datasetId} columns={columns} />;
}
