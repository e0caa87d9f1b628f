import type { HypothesisStatus, NotificationKind } from '@ketenlab/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { HypothesisStatusEnum, NotificationKindEnum } from '../common/graphql/domain-enums';
import type { Notification } from './notification.entity';

/** The API face of a notification: the stored detail spread into typed fields. */
@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => ID, { nullable: true })
  projectId!: string | null;

  @Field(() => String, { nullable: true, description: 'The project title when this was sent.' })
  projectTitle!: string | null;

  @Field({ description: 'What it is about: hypothesis, question, preregistration…' })
  objectType!: string;

  @Field(() => ID)
  objectId!: string;

  @Field({ description: 'The title or statement of the object when this was sent.' })
  title!: string;

  @Field(() => HypothesisStatusEnum, { nullable: true })
  fromStatus!: HypothesisStatus | null;

  @Field(() => HypothesisStatusEnum, { nullable: true })
  toStatus!: HypothesisStatus | null;

  /** Who did it; resolved by NotificationFieldsResolver. */
  actorId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

export function notificationType(row: Notification): NotificationType {
  return {
    id: row.id,
    kind: row.kind,
    projectId: row.projectId,
    projectTitle: row.detail.projectTitle ?? null,
    objectType: row.objectType,
    objectId: row.objectId,
    title: row.detail.title,
    fromStatus: row.detail.from ?? null,
    toStatus: row.detail.to ?? null,
    actorId: row.actorId,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

@ObjectType('NotificationPage')
export class NotificationPageType {
  @Field(() => [NotificationType], { description: 'Newest first.' })
  items!: NotificationType[];

  @Field({ description: 'More, older ones exist: ask again with after = endCursor.' })
  hasMore!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
