import { Field, ObjectType } from '@nestjs/graphql';
import { Activity } from './activity.entity';
import type { ActivityPage } from './activity.repository';

@ObjectType('ActivityPage')
export class ActivityPageType implements ActivityPage {
  @Field(() => [Activity])
  items!: Activity[];

  @Field({ description: 'More, older entries exist: ask again with before = the last createdAt.' })
  hasMore!: boolean;
}
