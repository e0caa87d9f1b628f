import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Notification } from './notification.entity';

export interface NotificationPageQuery {
  recipientId: string;
  unreadOnly: boolean;
  first: number;
  /** Strictly older than this (createdAt, id): the last item of the previous page. */
  after?: { createdAt: Date; id: string };
}

/** Every read is bounded to one recipient: nobody's notifications reach anyone else. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, rows: Notification[]): Promise<Notification[]> {
    return manager.getRepository(Notification).save(rows);
  }

  findForRecipient(id: string, recipientId: string): Promise<Notification | null> {
    return this.dataSource.getRepository(Notification).findOneBy({ id, recipientId });
  }

  /** Newest first; one row more than asked, so the caller knows whether there are more. */
  page(query: NotificationPageQuery): Promise<Notification[]> {
    const builder = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.recipientId = :recipientId', { recipientId: query.recipientId });
    if (query.unreadOnly) builder.andWhere('n.readAt IS NULL');
    const after = query.after;
    if (after) {
      builder.andWhere(
        new Brackets((older) =>
          older
            .where('n.createdAt < :createdAt', { createdAt: after.createdAt })
            .orWhere('n.createdAt = :createdAt AND n.id < :id', { id: after.id }),
        ),
      );
    }
    return builder
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(query.first + 1)
      .getMany();
  }

  countUnread(recipientId: string): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ recipientId, readAt: IsNull() });
  }

  /** How many of `ids` belong to `recipientId`: all of them, or the request is refused. */
  countOwned(recipientId: string, ids: readonly string[]): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ recipientId, id: In([...ids]) });
  }

  async markRead(
    manager: EntityManager,
    recipientId: string,
    ids: readonly string[] | 'all',
    at: Date,
  ): Promise<void> {
    await manager
      .getRepository(Notification)
      .update(
        { recipientId, readAt: IsNull(), ...(ids === 'all' ? {} : { id: In([...ids]) }) },
        { readAt: at },
      );
  }
}
