import { datasetMetadataProblems, type DatasetMetadataDraft } from '@ketenlab/domain';
import { badInput } from '../common/errors/app-error';

/** Refuses metadata that misses a mandatory field, naming the first such field. */
export function assertCompleteMetadata(draft: DatasetMetadataDraft): void {
  const [problem] = datasetMetadataProblems(draft);
  if (problem) throw badInput(problem.field, problem.message);
}

export const notInProject = (field: string) =>
  badInput(field, 'Only the organisations taking part in this project can read its rows.');

export const unknownOrganisation = (field: string) =>
  badInput(field, 'There is no organisation with that id.');
