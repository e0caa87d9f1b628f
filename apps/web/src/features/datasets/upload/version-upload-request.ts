/**
 * Where and how a new version goes: the raw file as the body of a POST to the API's upload
 * endpoint, its name and worksheet in the query (the body is the file and nothing else, so the
 * server can stream it through the reader without parsing multipart).
 */
export function versionUploadRequest(
  projectId: string,
  datasetId: string,
  file: File,
  sheet: string,
): { url: string; headers: Record<string, string> } {
  const query = new URLSearchParams({ fileName: file.name });
  if (sheet.trim()) query.set('sheet', sheet.trim());
  return {
    url: `/api/projects/${encodeURIComponent(projectId)}/datasets/${encodeURIComponent(datasetId)}/versions?${query}`,
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
  };
}
