/** Where the datasets pages live: under their project, as the route table says. */
export function datasetsPath(projectId: string): string {
  return `/projecten/${projectId}/datasets`;
}

export function newDatasetPath(projectId: string): string {
  return `${datasetsPath(projectId)}/nieuw`;
}

export function datasetPath(projectId: string, datasetId: string): string {
  return `${datasetsPath(projectId)}/${datasetId}`;
}
