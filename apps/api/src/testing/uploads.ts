import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from './test-app';

export interface UploadResult {
  status: number;
  body: any;
}

/** Uploads `content` as a dataset version the way the web does: multipart, field `file`. */
export async function uploadVersion(
  test: TestApp,
  auth: { token?: string; cookie?: string; csrf?: boolean },
  projectId: string,
  datasetId: string,
  content: Buffer | string,
  fileName: string,
  options: { sheet?: string } = {},
): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', new Blob([content]), fileName);
  const query = options.sheet ? `?sheet=${encodeURIComponent(options.sheet)}` : '';
  const response = await fetch(
    `${test.url}/api/projects/${projectId}/datasets/${datasetId}/versions${query}`,
    {
      method: 'POST',
      headers: {
        ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
        ...(auth.csrf ? { 'x-ketenlab-csrf': '1' } : {}),
      },
      body: form,
    },
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Every file under the app's file store, relative paths: what a failed upload must not leave. */
export function storedFiles(test: TestApp): string[] {
  const root = join(String(test.env['DATA_DIR']), 'files');
  const walk = (dir: string): string[] => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path.slice(root.length + 1)];
    });
  };
  return walk(root);
}
