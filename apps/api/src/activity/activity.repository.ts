import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { Activity } from './activity.entity';

export interface ActivityCount {
  action: string;
  count: number;
}

/** What others changed in a project after a moment: the newest entries and a count per action. */
export interface ActivitySince {
  projectId: string;
  since: Date;
  /** Left out: your own changes are not news to you. */
  viewerId: string;
  first: number;
}

export interface ActivityPage {
  items: Activity[];
  hasMore: boolean;
}

@Injectable()
export class ActivityRepository {
  constructor(private readonly dataSource: DataSource) {}

  append(manager: EntityManager, values: Omit<Activity, 'id'>): Promise<Activity> {
    const repo = manager.getRepository(Activity);
    return repo.save(repo.create({ id: randomUUID(), ...values }));
  }

  async pageByProject(projectId: string, first: number, before?: Date): Promise<ActivityPage> {
    const rows = await this.dataSource.getRepository(Activity).find({
      where: { projectId, ...(before ? { createdAt: LessThan(before) } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: first + 1,
    });
    return { items: rows.slice(0, first), hasMore: rows.length > first };
  }

  private since(query: ActivitySince) {
    return this.dataSource
      .getRepository(Activity)
      .createQueryBuilder('a')
      .where('a.projectId = :projectId', { projectId: query.projectId })
      .andWhere('a.createdAt > :since', { since: query.since })
      .andWhere("a.result = 'succeeded'")
      .andWhere('(a.actorId IS NULL OR a.actorId <> :viewerId)', { viewerId: query.viewerId });
  }

  async pageSince(query: ActivitySince): Promise<ActivityPage> {
    if (query.first === 0) return { items: [], hasMore: false };
    const rows = await this.since(query)
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(query.first + 1)
      .getMany();
    return { items: rows.slice(0, query.first), hasMore: rows.length > query.first };
  }

  async countsSince(query: ActivitySince): Promise<ActivityCount[]> {
    const rows: Array<{ action: string; count: string | number }> = await this.since(query)
      .select('a.action', 'action')
      .addSelect('COUNT(*)', 'count')
      .groupBy('a.action')
      .orderBy('a.action')
      .getRawMany();
    return rows.map((row) => ({ action: row.action, count: Number(row.count) }));
  }
}
