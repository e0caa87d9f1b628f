import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectVisit } from './project-visit.entity';

@Injectable()
export class ProjectVisitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lastSeen(userId: string, projectId: string): Promise<Date | null> {
    const visit = await this.dataSource
      .getRepository(ProjectVisit)
      .findOneBy({ userId, projectId });
    return visit?.seenAt ?? null;
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
