import { Injectable } from '@nestjs/common';
import {
  handlesQualityReports,
  isUnresolvedQualityReport,
  stateAfterReply,
  type QualityReportActor,
  type ProjectActivityAction,
} from '@ketenlab/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ActivityService } from '../activity/activity.service';
import { signedInUser, type Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { badInput } from '../common/errors/app-error';
import { DataChangesService } from '../data-changes/data-changes.service';
import { UnitOfWork } from '../database/unit-of-work';
import { ProjectAccess } from '../projects/project-access.service';
import { DatasetFacts } from './dataset-facts';
import { QualityReportMessage } from './quality-report-message.entity';
import { QualityReportNotices } from './quality-report-notices';
import { QualityReport } from './quality-report.entity';
import { changedMeanwhile, resolvedReport } from './quality-report.errors';
import type {
  ConfirmQualityReportInput,
  FileQualityReportInput,
  RejectQualityReportInput,
  ReplyToQualityReportInput,
} from './quality-reports.inputs';
import { QualityReportsRepository } from './quality-reports.repository';

/**
 * Filing, answering and resolving quality reports (libs/domain quality-report.ts). The guard has
 * already checked the caller's role in the dataset's project; the owner-organisation condition
 * and the lifecycle are checked here.
 */
@Injectable()
export class QualityReportsService {
  constructor(
    private readonly reports: QualityReportsRepository,
    private readonly datasets: DatasetFacts,
    private readonly access: ProjectAccess,
    private readonly dataChanges: DataChangesService,
    private readonly notices: QualityReportNotices,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Only called behind a guard that found the report, so it exists. */
  async get(id: string): Promise<QualityReport> {
    return (await this.reports.findById(id))!;
  }

  async actor(principal: Principal, report: Pick<QualityReport, 'projectId' | 'datasetId'>) {
    const dataset = (await this.datasets.find(report.datasetId))!;
    return {
      relation: await this.access.relationOf(principal, report.projectId),
      inOwnerOrganisation: signedInUser(principal).organisationId === dataset.ownerOrganisationId,
    } satisfies QualityReportActor;
  }

  async file(input: FileQualityReportInput, principal: Principal): Promise<QualityReport> {
    const user = signedInUser(principal);
    const dataset = (await this.datasets.find(input.datasetId))!;
    const column = input.column?.trim() || null;
    if (column !== null) {
      const columns = await this.datasets.currentColumns(dataset.id);
      if (!columns.includes(column)) {
        throw badInput(
          'column',
          columns.length
            ? `The current version of this dataset has no column “${column}”. Its columns: ${columns.join(', ')}.`
            : 'This dataset has no version with columns yet; report about the dataset as a whole.',
        );
      }
    }
    const description = input.description.trim();
    if (!description) throw badInput('description', 'Say what seems wrong.');
    const now = this.clock.now();
    const report = Object.assign(new QualityReport(), {
      id: randomUUID(),
      datasetId: dataset.id,
      projectId: dataset.projectId,
      dimension: input.dimension,
      column,
      description,
      state: 'open',
      reporterId: user.id,
      reporterOrganisationId: user.organisationId,
      createdAt: now,
      updatedAt: now,
      resolvedAt: null,
      resolvedById: null,
      resolutionNote: null,
      fixedInVersionId: null,
    } satisfies QualityReport);
    const ownerSide = await this.notices.ownerSide(dataset);
    return this.unitOfWork.run(async (m) => {
      const saved = await this.reports.insert(m, report);
      await this.notices.send(m, 'quality_report_filed', saved, dataset, ownerSide, user.id);
      await this.record(m, principal, saved, 'qualityReport.filed', {
        datasetId: saved.datasetId,
        dimension: saved.dimension,
        column: saved.column,
        ownerOrganisationId: dataset.ownerOrganisationId,
      });
      return saved;
    });
  }

  async reply(input: ReplyToQualityReportInput, principal: Principal): Promise<QualityReport> {
    const report = await this.get(input.reportId);
    if (!isUnresolvedQualityReport(report.state)) throw resolvedReport(report.state);
    const actor = await this.actor(principal, report);
    const body = input.message.trim();
    if (!body) throw badInput('message', 'Write a message.');
    const to = stateAfterReply(actor);
    const fromOwnerSide = handlesQualityReports(actor);
    const dataset = (await this.datasets.find(report.datasetId))!;
    const told = fromOwnerSide ? [report.reporterId] : await this.notices.ownerSide(dataset);
    const userId = signedInUser(principal).id;
    return this.unitOfWork.run(async (m) => {
      if (!(await this.reports.compareAndSet(m, report.id, report.state, { state: to }))) {
        throw changedMeanwhile();
      }
      await this.reports.addMessage(
        m,
        Object.assign(new QualityReportMessage(), {
          id: randomUUID(),
          reportId: report.id,
          authorId: userId,
          body,
          ownerSide: fromOwnerSide,
          createdAt: this.clock.now(),
        }),
      );
      const kind = fromOwnerSide ? 'quality_report_answered' : 'quality_report_replied';
      await this.notices.send(m, kind, report, dataset, told, userId);
      await this.record(m, principal, report, 'qualityReport.replied', {
        from: report.state,
        to,
        ownerSide: fromOwnerSide,
      });
      return (await this.reports.findById(report.id, m))!;
    });
  }

  async confirm(input: ConfirmQualityReportInput, principal: Principal): Promise<QualityReport> {
    const report = await this.resolvable(input.reportId);
    const note = input.note.trim();
    const fixedInVersionId = input.fixedInVersionId ?? null;
    if (!note && !fixedInVersionId) {
      throw badInput('note', 'Say what was done: choose the version that fixes it, or add a note.');
    }
    if (fixedInVersionId && !(await this.datasets.hasVersion(report.datasetId, fixedInVersionId))) {
      throw badInput('fixedInVersionId', 'The fixing version must be a version of this dataset.');
    }
    return this.resolve(report, principal, {
      state: 'confirmed',
      resolutionNote: note || null,
      fixedInVersionId,
    });
  }

  async reject(input: RejectQualityReportInput, principal: Principal): Promise<QualityReport> {
    const report = await this.resolvable(input.reportId);
    const reason = input.reason.trim();
    if (!reason) throw badInput('reason', 'Say why the report is rejected.');
    return this.resolve(report, principal, { state: 'rejected', resolutionNote: reason });
  }

  private async resolvable(id: string): Promise<QualityReport> {
    // The guard has applied qualityReport.handle with its owner-organisation rule.
    const report = await this.get(id);
    if (!isUnresolvedQualityReport(report.state)) throw resolvedReport(report.state);
    return report;
  }

  private async resolve(
    report: QualityReport,
    principal: Principal,
    resolution: Pick<QualityReport, 'resolutionNote'> &
      Partial<Pick<QualityReport, 'fixedInVersionId'>> & { state: 'confirmed' | 'rejected' },
  ): Promise<QualityReport> {
    const dataset = (await this.datasets.find(report.datasetId))!;
    const userId = signedInUser(principal).id;
    return this.unitOfWork.run(async (m) => {
      const changed = await this.reports.compareAndSet(m, report.id, report.state, {
        ...resolution,
        resolvedAt: this.clock.now(),
        resolvedById: userId,
      });
      if (!changed) throw changedMeanwhile();
      const kind =
        resolution.state === 'confirmed' ? 'quality_report_confirmed' : 'quality_report_rejected';
      await this.notices.send(m, kind, report, dataset, [report.reporterId], userId);
      let flagged = 0;
      if (resolution.state === 'confirmed') {
        const flags = await this.dataChanges.raise(m, principal, {
          datasetId: report.datasetId,
          reason: 'report_confirmed',
          qualityReportId: report.id,
          datasetVersionId: resolution.fixedInVersionId ?? null,
        });
        flagged = flags.length;
      }
      await this.record(m, principal, report, `qualityReport.${resolution.state}`, {
        from: report.state,
        fixedInVersionId: resolution.fixedInVersionId ?? null,
        flagged,
      });
      return (await this.reports.findById(report.id, m))!;
    });
  }

  private record(
    m: EntityManager,
    principal: Principal,
    report: QualityReport,
    action: ProjectActivityAction,
    detail: Record<string, unknown>,
  ) {
    return this.activity.record(m, principal, {
      action,
      objectType: 'qualityReport',
      objectId: report.id,
      projectId: report.projectId,
      detail,
    });
  }
}
