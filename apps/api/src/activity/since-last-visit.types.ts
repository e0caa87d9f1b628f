import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Activity } from './activity.entity';
import type { ActivityCount } from './activity.repository';
import type { UnseenChanges } from './project-visits.repository';

@ObjectType('ActivityCount')
export class ActivityCountType implements ActivityCount {
  @Field()
  action!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ProjectChangesSinceLastVisit')
export class ProjectChangesType {
  @Field(() => Date, {
    nullable: true,
    description: 'When you last marked this project seen; null on your first visit.',
  })
  lastSeenAt!: Date | null;

  @Field(() => Int, { description: 'How many changes others made since then.' })
  total!: number;

  @Field(() => [ActivityCountType], { description: 'Those changes counted per action.' })
  counts!: ActivityCountType[];

  @Field(() => [Activity], { description: 'The newest of them, newest first.' })
  items!: Activity[];

  @Field()
  hasMore!: boolean;
}

@ObjectType('UnseenProjectChanges')
export class UnseenChangesType implements UnseenChanges {
  @Field(() => ID)
  projectId!: string;

  @Field({ description: 'When you last marked the project seen.' })
  lastSeenAt!: Date;

  @Field(() => Int, { description: 'How many changes others made since then.' })
  total!: number;
}
