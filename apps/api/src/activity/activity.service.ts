import { Inject, Injectable } from '@nestjs/common';
import type { ActivityAction } from '@ketenlab/domain';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { CHANNELS, PUB_SUB } from '../common/pubsub/pubsub.tokens';
import { UnitOfWork } from '../database/unit-of-work';
import { ActivityRepository, type ActivityPage } from './activity.repository';
import type { ActivityResult } from './activity.entity';

export interface ActivityEntry {
  /** Only actions listed in libs/domain activity.ts: the web has words for those. */
  action: ActivityAction;
  objectType: string;
  objectId: string;
  projectId?: string | null;
  result?: ActivityResult;
  detail?: Record<string, unknown>;
}

/**
 * Writes the append-only activity record. Callers pass the transaction's manager so the record
 * commits or rolls back with the change it describes; the live feed hears of it after commit.
 */
@Injectable()
export class ActivityService {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  async record(manager: EntityManager, principal: Principal, entry: ActivityEntry): Promise<void> {
    const activity = await this.activities.append(manager, {
      projectId: entry.projectId ?? null,
      actorId: principal.user?.id ?? null,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      result: entry.result ?? 'succeeded',
      origin: principal.origin,
      detail: entry.detail ?? null,
      createdAt: this.clock.now(),
    });
    const projectId = activity.projectId;
    if (projectId) {
      this.unitOfWork.afterCommit(manager, () => {
        void this.pubSub.publish(CHANNELS.projectActivity(projectId), { activity });
      });
    }
  }

  forProject(projectId: string, first: number, before?: Date): Promise<ActivityPage> {
    return this.activities.pageByProject(projectId, first, before);
  }
}
