import { Injectable } from '@nestjs/common';
import type { DatasetDependantKind } from '@ketenlab/domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { DataChangeFlag } from './data-change-flag.entity';

@Injectable()
export class DataChangeFlagsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneBy(DataChangeFlag, { id });
  }

  async projectIdOf(id: string): Promise<string | null> {
    const row = await this.dataSource.manager.findOne(DataChangeFlag, {
      where: { id },
      select: { projectId: true },
    });
    return row?.projectId ?? null;
  }

  async insert(manager: EntityManager, flags: readonly DataChangeFlag[]): Promise<void> {
    if (flags.length) await manager.insert(DataChangeFlag, [...flags]);
  }

  /**
   * Sets the acknowledgement only if nobody did yet: of two people acknowledging at once, the
   * second finds nothing to update.
   */
  async acknowledge(manager: EntityManager, id: string, userId: string, at: Date) {
    const result = await manager
      .createQueryBuilder()
      .update(DataChangeFlag)
      .set({ acknowledgedById: userId, acknowledgedAt: at })
      .where('id = :id AND "acknowledgedAt" IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  /** The flags of these dependants, newest first; only the open ones unless asked. */
  of(
    kind: DatasetDependantKind,
    dependantIds: readonly string[],
    includeAcknowledged: boolean,
  ): Promise<DataChangeFlag[]> {
    return this.dataSource.manager.find(DataChangeFlag, {
      where: {
        dependantKind: kind,
        dependantId: In([...dependantIds]),
        ...(includeAcknowledged ? {} : { acknowledgedAt: IsNull() }),
      },
      order: { raisedAt: 'DESC', id: 'ASC' },
    });
  }
}
