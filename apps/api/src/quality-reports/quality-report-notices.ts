import { Injectable } from '@nestjs/common';
import { allowsProject, type NotificationKind } from '@ketenlab/domain';
import type { EntityManager } from 'typeorm';
import { UsersRepository } from '../accounts/users.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { ProjectsRepository } from '../projects/projects.repository';
import type { DatasetFact } from './dataset-facts';
import type { QualityReport } from './quality-report.entity';

/**
 * Who hears about a quality report. The owner side (project members of the dataset's owner
 * organisation whose role handles reports) hears of new reports and of replies; the reporter
 * hears of answers and of the resolution. Nobody hears of what they did themselves.
 * Recipients are found before the transaction; the notifications are written inside it.
 */
@Injectable()
export class QualityReportNotices {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly projects: ProjectsRepository,
    private readonly users: UsersRepository,
  ) {}

  async ownerSide(dataset: DatasetFact): Promise<string[]> {
    const handlers = (await this.projects.members(dataset.projectId)).filter((member) =>
      allowsProject('qualityReport.handle', member.role),
    );
    if (!handlers.length) return [];
    return (await this.users.findByIds(handlers.map((member) => member.userId)))
      .filter((user) => user.organisationId === dataset.ownerOrganisationId)
      .map((user) => user.id);
  }

  async send(
    manager: EntityManager,
    kind: NotificationKind,
    report: QualityReport,
    dataset: DatasetFact,
    recipientIds: readonly string[],
    actorId: string,
  ): Promise<void> {
    await this.notifications.notify(manager, {
      kind,
      recipientIds,
      actorId,
      projectId: report.projectId,
      readAction: 'qualityReport.read',
      // The dataset page is where reports are read and handled, so that is what to open.
      objectType: 'dataset',
      objectId: report.datasetId,
      detail: { title: dataset.title },
    });
  }
}
