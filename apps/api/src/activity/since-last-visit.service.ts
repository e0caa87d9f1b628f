import { Injectable } from '@nestjs/common';
import { PROJECT_ROLES, allowsProject } from '@ketenlab/domain';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { ActivityRepository } from './activity.repository';
import { ProjectVisitsRepository, type UnseenChanges } from './project-visits.repository';
import type { ProjectChangesType } from './since-last-visit.types';

/**
 * "Since your last visit": what others changed in a project after you last marked it seen.
 * Before the first mark there is no last visit, so nothing counts as new.
 */
@Injectable()
export class SinceLastVisitService {
  constructor(
    private readonly visits: ProjectVisitsRepository,
    private readonly activities: ActivityRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async changes(userId: string, projectId: string, first: number): Promise<ProjectChangesType> {
    const lastSeenAt = await this.visits.lastSeen(userId, projectId);
    if (!lastSeenAt) return { lastSeenAt, total: 0, counts: [], items: [], hasMore: false };
    const query = { projectId, since: lastSeenAt, viewerId: userId, first };
    const [counts, page] = await Promise.all([
      this.activities.countsSince(query),
      this.activities.pageSince(query),
    ]);
    const total = counts.reduce((sum, entry) => sum + entry.count, 0);
    return { lastSeenAt, total, counts, ...page };
  }

  /** Across your projects: how much others changed in each since your last visit there. */
  unseenChanges(userId: string): Promise<UnseenChanges[]> {
    const readers = PROJECT_ROLES.filter((role) => allowsProject('project.activity.read', role));
    return this.visits.unseenChanges(userId, readers);
  }

  /**
   * A personal read mark, not a change to the project: it leaves no activity record (it would
   * fill everyone's feed with visits) and nothing live is published.
   */
  markSeen(userId: string, projectId: string): Promise<Date> {
    const now = this.clock.now();
    return this.unitOfWork.run((m) => this.visits.markSeen(m, userId, projectId, now));
  }
}
