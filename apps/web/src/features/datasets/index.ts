export { DatasetListPage } from './dataset-list.page';
export { DatasetPage } from './dataset.page';
export { NewDatasetPage } from './metadata/new-dataset.page';
export { ProjectDatasets } from './project-datasets';
export { datasetPath } from './dataset-path';
