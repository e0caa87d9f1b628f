import { Injectable } from '@nestjs/common';
import type { QualityReportState } from '@ketenlab/domain';
import type { Request } from 'express';
import { requestLoader } from '../common/context/request-loaders';
import type { QualityReportMessage } from './quality-report-message.entity';
import type { QualityReport } from './quality-report.entity';
import { QualityReportsRepository } from './quality-reports.repository';

function grouped<T>(ids: readonly string[], rows: T[], keyOf: (row: T) => string) {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return [...groups].map(([id, items]) => ({ id, items }));
}

/**
 * Per-request loaders, so a list of datasets asks for all its badges in one statement, and a
 * list of reports for all their threads in one more.
 */
@Injectable()
export class QualityReportLoaders {
  constructor(private readonly reports: QualityReportsRepository) {}

  async unresolvedCount(req: Request, datasetId: string): Promise<number> {
    const entry = await requestLoader(
      req,
      'qualityReportCounts',
      async (ids) => {
        const counts = await this.reports.unresolvedCounts(ids);
        return ids.map((id) => ({ id, count: counts.get(id) ?? 0 }));
      },
      (e) => e.id,
    ).load(datasetId);
    return entry?.count ?? 0;
  }

  async ofDataset(
    req: Request,
    datasetId: string,
    states: readonly QualityReportState[] = [],
  ): Promise<QualityReport[]> {
    const key = [...states].sort().join(',');
    const entry = await requestLoader(
      req,
      `qualityReports.${key}`,
      async (ids) => grouped(ids, await this.reports.ofDatasets(ids, states), (r) => r.datasetId),
      (e) => e.id,
    ).load(datasetId);
    return entry?.items ?? [];
  }

  async messages(req: Request, report: QualityReport): Promise<QualityReportMessage[]> {
    const entry = await requestLoader(
      req,
      'qualityReportMessages',
      async (ids) => grouped(ids, await this.reports.messagesOf(ids), (m) => m.reportId),
      (e) => e.id,
    ).load(report.id);
    return (entry?.items ?? []).map((message) => ({ ...message, projectId: report.projectId }));
  }
}
