import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { ActivityService } from '../activity/activity.service';
import { signedInUser, type Principal } from '../auth/principal';
import { UnitOfWork } from '../database/unit-of-work';
import { FileStore } from '../files/file-store';
import { DatasetsRepository } from './datasets.repository';
import { DownloadLinks } from './download-links';
import { HttpRefusal } from './upload-error';

const CONTENT_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * Sends a version's file, as it was uploaded, to a caller the guard let through with a link
 * made for them that has not expired. The download is in the activity record before the first
 * byte leaves, so a download is never unrecorded.
 */
@Injectable()
export class DatasetDownloadService {
  constructor(
    private readonly datasets: DatasetsRepository,
    private readonly links: DownloadLinks,
    private readonly store: FileStore,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async send(
    res: Response,
    principal: Principal,
    datasetId: string,
    versionId: string,
    expires: unknown,
    signature: unknown,
  ): Promise<void> {
    const user = signedInUser(principal);
    const version = await this.datasets.versionById(versionId);
    if (!version || version.datasetId !== datasetId) {
      throw new HttpRefusal(404, 'NOT_FOUND', 'This dataset has no such version.');
    }
    const problem = this.links.problem(versionId, user.id, expires, signature);
    if (problem) throw new HttpRefusal(403, 'BAD_LINK', problem);
    const dataset = (await this.datasets.findById(datasetId))!;
    const file = await this.store.read(version.storageKey);
    await this.unitOfWork.run((m) =>
      this.activity.record(m, principal, {
        action: 'dataset.version.downloaded',
        objectType: 'dataset',
        objectId: datasetId,
        projectId: dataset.projectId,
        detail: { versionId, number: version.number },
      }),
    );
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[version.format]);
    res.setHeader('Content-Length', String(version.byteSize));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.attachment(version.fileName);
    await pipeline(file, res);
  }
}
