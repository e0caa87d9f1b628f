import { Inject, Injectable } from '@nestjs/common';
import {
  allowsProject,
  notificationRecipients,
  type HypothesisStatus,
  type NotificationKind,
  type ProjectAction,
} from '@ketenlab/domain';
import type { PubSubEngine } from 'graphql-subscriptions';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { UsersRepository } from '../accounts/users.repository';
import { anonymousPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { badInput, forbidden } from '../common/errors/app-error';
import { CHANNELS, PUB_SUB, type NotificationAdded } from '../common/pubsub/pubsub.tokens';
import { UnitOfWork } from '../database/unit-of-work';
import { ProjectAccess } from '../projects/project-access.service';
import { Project } from '../projects/project.entity';
import { Notification, type NotificationDetail } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';
import { notificationType, type NotificationPageType } from './notification.types';

export interface NewNotifications {
  kind: NotificationKind;
  /** Who may be told; the actor is left out, and nobody is told twice. */
  recipientIds: readonly string[];
  actorId: string | null;
  projectId: string | null;
  /** What a recipient must be allowed in the project to be told: the notification quotes it. */
  readAction: ProjectAction;
  objectType: string;
  objectId: string;
  detail: Omit<NotificationDetail, 'projectTitle'>;
}

/**
 * In-app notifications. Other modules call the intent-named methods inside their own
 * transaction (`UnitOfWork.run`), so a notification exists exactly when the change does; the
 * recipient hears of it live, on every instance, after the commit.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersRepository,
    private readonly access: ProjectAccess,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  /** The owner of a hypothesis hears that it moved, unless they moved it themselves. */
  hypothesisStatusChanged(
    manager: EntityManager,
    change: {
      hypothesis: { id: string; projectId: string; ownerId: string; statement: string };
      from: HypothesisStatus;
      to: HypothesisStatus;
      actorId: string;
    },
  ): Promise<Notification[]> {
    const { hypothesis } = change;
    return this.notify(manager, {
      kind: 'hypothesis_status_changed',
      recipientIds: [hypothesis.ownerId],
      actorId: change.actorId,
      projectId: hypothesis.projectId,
      readAction: 'hypothesis.read',
      objectType: 'hypothesis',
      objectId: hypothesis.id,
      detail: { title: hypothesis.statement, from: change.from, to: change.to },
    });
  }

  /**
   * Each person asked to sign something off (a pre-registration, a conclusion…) hears of it;
   * `title` is what it is called now, `objectType`/`objectId` what the web links to: it knows
   * `hypothesis` and `question` (a pre-registration lives on its question's page), and sends
   * anything else to the project page.
   */
  signOffRequested(
    manager: EntityManager,
    request: {
      projectId: string;
      objectType: string;
      objectId: string;
      title: string;
      recipientIds: readonly string[];
      requestedById: string;
      /** What the recipients must be allowed to be told; `question.read` by default. */
      readAction?: ProjectAction;
    },
  ): Promise<Notification[]> {
    return this.notify(manager, {
      kind: 'sign_off_requested',
      recipientIds: request.recipientIds,
      actorId: request.requestedById,
      projectId: request.projectId,
      readAction: request.readAction ?? 'question.read',
      objectType: request.objectType,
      objectId: request.objectId,
      detail: { title: request.title },
    });
  }

  async notify(manager: EntityManager, entry: NewNotifications): Promise<Notification[]> {
    const recipients = await this.entitled(
      notificationRecipients(entry.recipientIds, entry.actorId),
      entry,
    );
    if (!recipients.length) return [];
    const project = entry.projectId
      ? await manager.getRepository(Project).findOneBy({ id: entry.projectId })
      : null;
    const createdAt = this.clock.now();
    const rows = await this.notifications.insert(
      manager,
      recipients.map((recipientId) =>
        Object.assign(new Notification(), {
          id: randomUUID(),
          recipientId,
          kind: entry.kind,
          projectId: entry.projectId,
          objectType: entry.objectType,
          objectId: entry.objectId,
          actorId: entry.actorId,
          detail: { ...entry.detail, ...(project ? { projectTitle: project.title } : {}) },
          createdAt,
          readAt: null,
        }),
      ),
    );
    this.unitOfWork.afterCommit(manager, () => {
      for (const row of rows) {
        const event: NotificationAdded = { recipientId: row.recipientId, notificationId: row.id };
        void this.pubSub.publish(CHANNELS.notificationAdded(row.recipientId), event);
      }
    });
    return rows;
  }

  /**
   * Of `candidates`, those who may read what the notification quotes, as they stand now: an
   * owner removed from the project, or a deactivated account, is not told.
   */
  private async entitled(candidates: string[], entry: NewNotifications): Promise<string[]> {
    if (!candidates.length) return [];
    const users = await this.users.findByIds(candidates);
    const projectId = entry.projectId;
    const allowed = await Promise.all(
      users.map(async (user) => {
        if (user.deactivatedAt) return null;
        if (!projectId) return user.id;
        const relation = await this.access.relationOf(
          { ...anonymousPrincipal('notification'), user },
          projectId,
        );
        return allowsProject(entry.readAction, relation) ? user.id : null;
      }),
    );
    return allowed.filter((id): id is string => id !== null);
  }

  async page(
    recipientId: string,
    query: { unreadOnly: boolean; first: number; after?: string },
  ): Promise<NotificationPageType> {
    const rows = await this.notifications.page({
      recipientId,
      unreadOnly: query.unreadOnly,
      first: query.first,
      after: query.after ? decodeCursor(query.after) : undefined,
    });
    const items = rows.slice(0, query.first);
    const last = items.at(-1);
    return {
      items: items.map(notificationType),
      hasMore: rows.length > query.first,
      endCursor: last ? encodeCursor(last) : null,
    };
  }

  unreadCount(recipientId: string): Promise<number> {
    return this.notifications.countUnread(recipientId);
  }

  /** Only the recipient's own: one id that is not theirs refuses the whole request. */
  async markRead(recipientId: string, ids: readonly string[] | 'all'): Promise<number> {
    if (ids !== 'all') {
      const unique = [...new Set(ids)];
      if ((await this.notifications.countOwned(recipientId, unique)) !== unique.length) {
        throw forbidden('these notifications');
      }
    }
    await this.unitOfWork.run((m) =>
      this.notifications.markRead(m, recipientId, ids, this.clock.now()),
    );
    return this.unreadCount(recipientId);
  }

  async forRecipient(id: string, recipientId: string) {
    const row = await this.notifications.findForRecipient(id, recipientId);
    return row && notificationType(row);
  }
}

function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) {
    throw badCursor();
  }
  return { createdAt, id };
}

const badCursor = () => badInput('after', 'This cursor is not one the API gave out.');
