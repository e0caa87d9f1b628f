import type { DatasetProfile } from '@ketenlab/datasets';
import { randomUUID } from 'node:crypto';
import type { User } from '../accounts/user.entity';
import { anonymousPrincipal } from '../auth/principal';
import { DomainEvents } from '../common/events/domain-events';
import { UnitOfWork } from '../database/unit-of-work';
import { DatasetVersion } from '../datasets/dataset-version.entity';
import { DatasetsRepository } from '../datasets/datasets.repository';
import type { TestApp } from './test-app';

/**
 * A new version of a dataset with these columns, stored and announced the way an upload does
 * (one transaction, `dataset.versionAdded`), for tests about what follows a new version rather
 * than about reading files. Returns the version id.
 */
export async function addVersion(
  test: TestApp,
  uploader: User,
  datasetId: string,
  columns: readonly string[],
): Promise<string> {
  const datasets = test.app.get(DatasetsRepository);
  const dataset = (await datasets.findById(datasetId))!;
  const profile = {
    format: 'csv',
    bytes: 100,
    rowCount: 1,
    columns: columns.map((name) => ({ name, type: 'text' })),
    firstRows: [],
    sampleRows: [],
    completeness: 1,
  } as unknown as DatasetProfile;
  return test.app.get(UnitOfWork).run(async (m) => {
    const number = (await datasets.latestVersionNumber(m, datasetId)) + 1;
    const version = await datasets.insertVersion(
      m,
      Object.assign(new DatasetVersion(), {
        id: randomUUID(),
        datasetId,
        number,
        fileName: `versie-${number}.csv`,
        storageKey: `test/${randomUUID()}`,
        format: 'csv',
        byteSize: 100,
        sha256: '0'.repeat(64),
        rowCount: 1,
        profile,
        uploadedById: uploader.id,
        createdAt: new Date(),
      }),
    );
    await test.app
      .get(DomainEvents)
      .publish(m, { ...anonymousPrincipal('test'), user: uploader }, 'dataset.versionAdded', {
        datasetId,
        versionId: version.id,
        projectId: dataset.projectId,
      });
    return version.id;
  });
}
