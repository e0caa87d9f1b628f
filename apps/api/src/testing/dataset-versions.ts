import { Readable } from 'node:stream';
import type { User } from '../accounts/user.entity';
import { anonymousPrincipal } from '../auth/principal';
import { DatasetUploadService } from '../datasets/dataset-upload.service';
import { DatasetsRepository } from '../datasets/datasets.repository';
import type { TestApp } from './test-app';

/**
 * A new version of a dataset with these columns and one row, through the upload pipeline
 * (file store, profile, `dataset.versionAdded` in the same transaction) without the HTTP
 * request, for tests about what follows a new version. Returns the version id.
 */
export async function addVersion(
  test: TestApp,
  uploader: User,
  datasetId: string,
  columns: readonly string[],
): Promise<string> {
  const dataset = (await test.app.get(DatasetsRepository).findById(datasetId))!;
  const csv = `${columns.join(';')}\n${columns.map((_, i) => `waarde ${i + 1}`).join(';')}\n`;
  const version = await test.app
    .get(DatasetUploadService)
    .storeVersion(dataset, 'versie.csv', Readable.from([Buffer.from(csv, 'utf8')]), {
      ...anonymousPrincipal('test'),
      user: uploader,
      origin: 'api',
    });
  return version.id;
}
