import { Injectable } from '@nestjs/common';
import type { ProjectRole } from '@ketenlab/domain';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectMember } from '../projects/project-member.entity';
import { Activity } from './activity.entity';
import { ProjectVisit } from './project-visit.entity';

export interface UnseenChanges {
  projectId: string;
  lastSeenAt: Date;
  total: number;
}

@Injectable()
export class ProjectVisitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lastSeen(userId: string, projectId: string): Promise<Date | null> {
    const visit = await this.dataSource
      .getRepository(ProjectVisit)
      .findOneBy({ userId, projectId });
    return visit?.seenAt ?? null;
  }

  /**
   * For every project `userId` has marked seen and is still a member of in one of `roles`: how
   * many changes others made since. One grouped statement, whatever the number of projects.
   */
  async unseenChanges(userId: string, roles: readonly ProjectRole[]): Promise<UnseenChanges[]> {
    if (!roles.length) return [];
    const rows: Array<{ projectId: string; total: string | number }> = await this.dataSource
      .getRepository(ProjectVisit)
      .createQueryBuilder('v')
      .innerJoin(ProjectMember, 'm', 'm.projectId = v.projectId AND m.userId = v.userId')
      .leftJoin(
        Activity,
        'a',
        "a.projectId = v.projectId AND a.createdAt > v.seenAt AND a.result = 'succeeded' " +
          'AND (a.actorId IS NULL OR a.actorId <> v.userId)',
      )
      .where('v.userId = :userId', { userId })
      .andWhere('m.role IN (:...roles)', { roles: [...roles] })
      .select('v.projectId', 'projectId')
      .addSelect('COUNT(a.id)', 'total')
      .groupBy('v.projectId')
      .getRawMany();
    const visits = new Map(
      (await this.dataSource.getRepository(ProjectVisit).findBy({ userId })).map((v) => [
        v.projectId,
        v.seenAt,
      ]),
    );
    return rows.flatMap((row) => {
      const lastSeenAt = visits.get(row.projectId);
      return lastSeenAt ? [{ projectId: row.projectId, lastSeenAt, total: Number(row.total) }] : [];
    });
  }

  /** Moves the mark forward only: a late request from an older tab cannot move it back. */
  async markSeen(manager: EntityManager, userId: string, projectId: string, at: Date) {
    const repo = manager.getRepository(ProjectVisit);
    const visit = await repo.findOneBy({ userId, projectId });
    if (visit && visit.seenAt >= at) return visit.seenAt;
    await repo.upsert({ userId, projectId, seenAt: at }, ['userId', 'projectId']);
    return at;
  }
}
