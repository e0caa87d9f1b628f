import { Injectable } from '@nestjs/common';
import type { DataChangeReason } from '@ketenlab/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ActivityService } from '../activity/activity.service';
import { signedInUser, type Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { conflict } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { DataChangeFlag } from './data-change-flag.entity';
import { DataChangeFlagsRepository } from './data-change-flags.repository';
import { DatasetDependants } from './dataset-dependants';

export interface DataChange {
  datasetId: string;
  reason: DataChangeReason;
  datasetVersionId?: string | null;
  qualityReportId?: string | null;
}

/** Raises "data changed since" flags on everything relying on a dataset, and acknowledges them. */
@Injectable()
export class DataChangesService {
  constructor(
    private readonly flags: DataChangeFlagsRepository,
    private readonly dependants: DatasetDependants,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Called inside the transaction that made the change, so flags commit with it. */
  async raise(
    manager: EntityManager,
    principal: Principal,
    change: DataChange,
  ): Promise<DataChangeFlag[]> {
    const raisedAt = this.clock.now();
    const flags = (await this.dependants.of(manager, change.datasetId)).map((dependant) =>
      Object.assign(new DataChangeFlag(), {
        id: randomUUID(),
        dependantKind: dependant.kind,
        dependantId: dependant.id,
        projectId: dependant.projectId,
        datasetId: change.datasetId,
        reason: change.reason,
        datasetVersionId: change.datasetVersionId ?? null,
        qualityReportId: change.qualityReportId ?? null,
        raisedById: principal.user?.id ?? null,
        raisedAt,
        acknowledgedById: null,
        acknowledgedAt: null,
      }),
    );
    await this.flags.insert(manager, flags);
    for (const flag of flags) {
      await this.activity.record(manager, principal, {
        action: 'dataChange.flagged',
        objectType: flag.dependantKind,
        objectId: flag.dependantId,
        projectId: flag.projectId,
        detail: { flagId: flag.id, datasetId: flag.datasetId, reason: flag.reason },
      });
    }
    return flags;
  }

  /** Only called behind a guard that found the flag, so it exists. */
  async acknowledge(id: string, principal: Principal): Promise<DataChangeFlag> {
    const user = signedInUser(principal);
    return this.unitOfWork.run(async (m) => {
      if (!(await this.flags.acknowledge(m, id, user.id, this.clock.now()))) {
        throw conflict('Someone has already acknowledged this change.');
      }
      const flag = (await this.flags.findById(id, m))!;
      await this.activity.record(m, principal, {
        action: 'dataChange.acknowledged',
        objectType: flag.dependantKind,
        objectId: flag.dependantId,
        projectId: flag.projectId,
        detail: { flagId: flag.id, datasetId: flag.datasetId, reason: flag.reason },
      });
      return flag;
    });
  }
}
