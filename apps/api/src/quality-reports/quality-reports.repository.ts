import { Injectable } from '@nestjs/common';
import { UNRESOLVED_QUALITY_REPORT_STATES, type QualityReportState } from '@ketenlab/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { QualityReportMessage } from './quality-report-message.entity';
import { QualityReport } from './quality-report.entity';

@Injectable()
export class QualityReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findById(id: string, manager: EntityManager = this.manager): Promise<QualityReport | null> {
    return manager.findOneBy(QualityReport, { id });
  }

  async projectIdOf(id: string): Promise<string | null> {
    const row = await this.manager.findOne(QualityReport, {
      where: { id },
      select: { projectId: true },
    });
    return row?.projectId ?? null;
  }

  /** Which dataset each of these reports is about. */
  async datasetIdsOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.manager.find(QualityReport, {
      where: { id: In([...ids]) },
      select: { id: true, datasetId: true },
    });
    return new Map(rows.map((row) => [row.id, row.datasetId]));
  }

  insert(manager: EntityManager, report: QualityReport): Promise<QualityReport> {
    return manager.save(QualityReport, report);
  }

  /**
   * Moves the state only if it is still `from`: of an answer and a rejection racing, the second
   * finds nothing to update and is told so.
   */
  async compareAndSet(
    manager: EntityManager,
    id: string,
    from: QualityReportState,
    changes: Partial<QualityReport> & { state: QualityReportState },
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(QualityReport)
      .set(changes)
      .where('id = :id AND state = :from', { id, from })
      .execute();
    return result.affected === 1;
  }

  addMessage(manager: EntityManager, message: QualityReportMessage): Promise<void> {
    return manager.insert(QualityReportMessage, message).then(() => undefined);
  }

  /** The reports about these datasets, newest first, optionally only in some states. */
  ofDatasets(
    datasetIds: readonly string[],
    states?: readonly QualityReportState[],
  ): Promise<QualityReport[]> {
    return this.manager.find(QualityReport, {
      where: {
        datasetId: In([...datasetIds]),
        ...(states?.length ? { state: In([...states]) } : {}),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** How many unresolved reports each of these datasets has (absent when none). */
  async unresolvedCounts(datasetIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ datasetId: string; count: string | number }> = await this.manager
      .createQueryBuilder(QualityReport, 'r')
      .select('r.datasetId', 'datasetId')
      .addSelect('COUNT(*)', 'count')
      .where('r.datasetId IN (:...datasetIds)', { datasetIds })
      .andWhere('r.state IN (:...states)', { states: UNRESOLVED_QUALITY_REPORT_STATES })
      .groupBy('r.datasetId')
      .getRawMany();
    return new Map(rows.map((row) => [row.datasetId, Number(row.count)]));
  }

  messagesOf(reportIds: readonly string[]): Promise<QualityReportMessage[]> {
    return this.manager.find(QualityReportMessage, {
      where: { reportId: In([...reportIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
