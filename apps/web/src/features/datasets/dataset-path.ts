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

/** The API's DCAT-AP-NL exports (JSON-LD, served as attachments). */
export function datasetDcatUrl(datasetId: string): string {
  return `/api/datasets/${encodeURIComponent(datasetId)}/dcat.jsonld`;
}

export function catalogueDcatUrl(projectId: string): string {
  return `/api/projects/${encodeURIComponent(projectId)}/datasets/catalogue.jsonld`;
}
