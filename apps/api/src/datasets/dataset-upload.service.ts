import { Inject, Injectable } from '@nestjs/common';
import { ingestDataset, schemaDiff, type DatasetProfile } from '@ketenlab/datasets';
import { LIMITS } from '@ketenlab/domain';
import type { Request } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { ActivityService } from '../activity/activity.service';
import { signedInUser, type Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainEvents } from '../common/events/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { FileStore } from '../files/file-store';
import { DatasetVersion } from './dataset-version.entity';
import type { Dataset } from './dataset.entity';
import { DatasetsRepository } from './datasets.repository';
import { multipartFile } from './multipart-file';
import { HttpRefusal, tooLarge } from './upload-error';

/** What a multipart envelope may add to the file's own bytes before Content-Length says "too large". */
const MULTIPART_SLACK = 64 * 1024;

/**
 * Streams an upload into a new version: the bytes are teed into the file store (under a
 * temporary key) and through `ingestDataset` (the profile) in one pass, with backpressure from
 * the slower of the two. Only when both have finished is the file moved to its final key and
 * the version written, with its activity record, in one transaction. Any failure before that
 * removes the temporary file: a refused upload leaves no version and no file.
 */
@Injectable()
export class DatasetUploadService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly datasets: DatasetsRepository,
    private readonly store: FileStore,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
  ) {}

  async upload(
    req: Request,
    projectId: string,
    datasetId: string,
    principal: Principal,
  ): Promise<DatasetVersion> {
    const dataset = await this.datasets.findById(datasetId);
    if (!dataset || dataset.projectId !== projectId) {
      throw new HttpRefusal(404, 'NOT_FOUND', 'This project has no such dataset.');
    }
    const maxBytes = this.config.datasetMaxBytes;
    if (Number(req.headers['content-length']) > maxBytes + MULTIPART_SLACK)
      throw tooLarge(maxBytes);
    const sheet = sheetOf(req.query['sheet']);

    const file = await multipartFile(req, maxBytes);
    if (!file.fileName || file.fileName.length > LIMITS.datasetFileNameMax) {
      file.stream.destroy();
      throw new HttpRefusal(400, 'BAD_FILE_NAME', 'The file needs a name such as cijfers.csv.');
    }
    return this.storeVersion(dataset, file.fileName, file.stream, principal, {
      sheet,
      finished: file.finished,
    });
  }

  /**
   * The pipeline behind an upload, for any stream of file bytes (the seed uses it too).
   * `finished` is what else must succeed before the version counts (the whole request read).
   */
  async storeVersion(
    dataset: Dataset,
    fileName: string,
    input: Readable,
    principal: Principal,
    options: { sheet?: string; finished?: Promise<void> } = {},
  ): Promise<DatasetVersion> {
    const user = signedInUser(principal);
    const maxBytes = this.config.datasetMaxBytes;
    const datasetId = dataset.id;
    const versionId = randomUUID();
    const temporaryKey = `uploads/${versionId}`;
    const finalKey = `datasets/${datasetId}/${versionId}`;
    const hash = createHash('sha256');
    const toStore = new PassThrough();
    const toIngest = new PassThrough();
    input.on('data', (chunk: Buffer) => hash.update(chunk));
    input.on('error', (error) => {
      toStore.destroy(error);
      toIngest.destroy(error);
    });
    input.pipe(toStore);
    input.pipe(toIngest);
    const stored = this.store.write(temporaryKey, toStore);
    stored.catch(() => undefined);

    let profile: DatasetProfile;
    let bytes: number;
    try {
      [profile, bytes] = await Promise.all([
        ingestDataset(toIngest, {
          fileName,
          maxBytes,
          maxUncompressedBytes: this.config.datasetMaxUncompressedBytes,
          sheet: options.sheet,
        }),
        stored,
      ]);
      await options.finished;
    } catch (error) {
      // With an error: a PassThrough destroyed without one, its input already ended but not
      // yet drained, can leave the store's pipeline waiting for an end that never comes.
      input.destroy();
      toStore.destroy(new Error('The upload was refused.'));
      await stored.catch(() => undefined);
      await this.store.remove(temporaryKey);
      throw error;
    }

    const sha256 = hash.digest('hex');
    try {
      await this.store.promote(temporaryKey, finalKey);
      return await this.unitOfWork.run(async (m) => {
        const number = await this.datasets.nextVersionNumber(m, datasetId);
        const previous =
          number > 1 ? await this.datasets.versionByNumber(m, datasetId, number - 1) : null;
        const version = await this.datasets.insertVersion(
          m,
          Object.assign(new DatasetVersion(), {
            id: versionId,
            datasetId,
            number,
            fileName,
            storageKey: finalKey,
            format: profile.format,
            byteSize: bytes,
            sha256,
            rowCount: profile.rowCount,
            profile,
            uploadedById: user.id,
            createdAt: this.clock.now(),
          }),
        );
        const diff = previous ? schemaDiff(previous.profile, profile) : null;
        await this.activity.record(m, principal, {
          action: 'dataset.version.uploaded',
          objectType: 'dataset',
          objectId: datasetId,
          projectId: dataset.projectId,
          detail: {
            versionId,
            number,
            fileName,
            bytes,
            rows: profile.rowCount,
            columns: profile.columns.length,
            ...(diff && {
              added: diff.added.length,
              removed: diff.removed.length,
              retyped: diff.retyped.length,
            }),
          },
        });
        // What relies on the dataset is flagged in this same transaction (data-changes module).
        await this.events.publish(m, principal, 'dataset.versionAdded', {
          datasetId,
          versionId,
          projectId: dataset.projectId,
        });
        return version;
      });
    } catch (error) {
      await this.store.remove(temporaryKey);
      await this.store.remove(finalKey);
      throw error;
    }
  }
}

function sheetOf(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > LIMITS.datasetSheetNameMax) {
    throw new HttpRefusal(
      400,
      'BAD_SHEET',
      'Name the worksheet in ?sheet= (at most 31 characters).',
    );
  }
  return value;
}
