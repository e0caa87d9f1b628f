import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { requestLoader } from '../common/context/request-loaders';
import type { DatasetVersion } from './dataset-version.entity';
import { DatasetVersionType } from './dataset-version.types';
import { DatasetsRepository } from './datasets.repository';

/** The versions of every dataset a request touches, newest first, in one query. */
@Injectable()
export class DatasetVersionsLoader {
  constructor(private readonly datasets: DatasetsRepository) {}

  async of(
    req: Request,
    dataset: { id: string; projectId: string },
  ): Promise<DatasetVersionType[]> {
    const entry = await requestLoader(
      req,
      'datasetVersions',
      async (ids) => {
        const versions = await this.datasets.versionsOf(ids);
        return ids.map((id) => ({ id, items: versions.filter((v) => v.datasetId === id) }));
      },
      (e) => e.id,
    ).load(dataset.id);
    return (entry?.items ?? []).map((v) => toVersionType(v, dataset.projectId));
  }
}

export function toVersionType(version: DatasetVersion, projectId: string): DatasetVersionType {
  return Object.assign(new DatasetVersionType(), {
    id: version.id,
    datasetId: version.datasetId,
    number: version.number,
    fileName: version.fileName,
    format: version.format,
    byteSize: version.byteSize,
    sha256: version.sha256,
    rowCount: version.rowCount,
    createdAt: version.createdAt,
    uploadedById: version.uploadedById,
    projectId,
    entity: version,
  });
}
