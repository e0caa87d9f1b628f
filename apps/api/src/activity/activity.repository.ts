import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { Activity } from './activity.entity';

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
}
