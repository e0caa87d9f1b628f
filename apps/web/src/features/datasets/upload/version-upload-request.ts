/** The header the upload endpoint wants from browsers: a cross-site form cannot send it. */
const CSRF_HEADER = 'X-Ketenlab-CSRF';

/**
 * Where and how a new version goes: `multipart/form-data` with the file in the field `file`
 * (the server streams that part through the reader as it arrives), the worksheet in the query.
 */
export function versionUploadRequest(
  projectId: string,
  datasetId: string,
  file: File,
  sheet: string,
): { url: string; body: FormData; headers: Record<string, string> } {
  const query = sheet.trim() ? `?${new URLSearchParams({ sheet: sheet.trim() })}` : '';
  const body = new FormData();
  body.append('file', file, file.name);
  return {
    url: `/api/projects/${encodeURIComponent(projectId)}/datasets/${encodeURIComponent(datasetId)}/versions${query}`,
    body,
    headers: { [CSRF_HEADER]: '1' },
  };
}
