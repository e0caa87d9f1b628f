import type { SearchDocument } from '../search/search-index';
import type { Dataset } from './dataset.entity';

/** What search finds a dataset by: its metadata only, never anything read from its rows. */
export function datasetSearchDocument(dataset: Dataset): SearchDocument {
  return {
    kind: 'dataset',
    objectId: dataset.id,
    projectId: dataset.projectId,
    title: dataset.title,
    body: [
      dataset.description,
      ...dataset.keywords,
      dataset.spatialCoverage,
      dataset.source,
      dataset.identifier,
    ]
      .filter(Boolean)
      .join('\n'),
  };
}
