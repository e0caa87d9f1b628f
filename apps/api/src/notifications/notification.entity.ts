import type { HypothesisStatus, NotificationKind } from '@ketenlab/domain';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Project } from '../projects/project.entity';

/** What a notification remembers of the moment it was made, so it reads the same later. */
export interface NotificationDetail {
  /** The object's title or statement at the time. */
  title: string;
  projectTitle?: string;
  from?: HypothesisStatus | null;
  to?: HypothesisStatus;
}

/** Something one person is told in the app. Only its recipient ever reads it. */
@Entity('notifications')
@Index(['recipientId', 'createdAt'])
export class Notification {
  @PrimaryColumn('uuid')
  id!: string;

  @ForeignKey(() => User, { onDelete: 'CASCADE' })
  @Column('uuid')
  recipientId!: string;

  @Column({ type: 'varchar' })
  kind!: NotificationKind;

  @Index()
  @ForeignKey(() => Project, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid', nullable: true })
  projectId!: string | null;

  @Column({ type: 'varchar' })
  objectType!: string;

  @Column({ type: 'varchar' })
  objectId!: string;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'simple-json' })
  detail!: NotificationDetail;

  /** Set by the writer from the clock, with milliseconds: the list pages on (createdAt, id). */
  @Column()
  createdAt!: Date;

  @Column({ type: Date, nullable: true })
  readAt!: Date | null;
}
