import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const ACTIVITY_RESULTS = ['succeeded', 'refused'] as const;
export type ActivityResult = (typeof ACTIVITY_RESULTS)[number];

/** Append-only: rows are inserted, never updated or deleted. */
@ObjectType('Activity')
@Entity('activities')
@Index(['projectId', 'createdAt'])
export class Activity {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  projectId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field({ description: 'Dotted verb, e.g. project.member.added.' })
  @Column({ type: 'varchar' })
  action!: string;

  @Field()
  @Column({ type: 'varchar' })
  objectType!: string;

  @Field()
  @Column({ type: 'varchar' })
  objectId!: string;

  @Field(() => String, { description: 'succeeded or refused.' })
  @Column({ type: 'varchar' })
  result!: ActivityResult;

  @Field({ description: 'Where the change came from: web, api (bearer token), seed or system.' })
  @Column({ type: 'varchar' })
  origin!: string;

  @Column({ type: 'simple-json', nullable: true })
  detail!: Record<string, unknown> | null;

  @Field()
  /** Set by the writer, with milliseconds, so the feed orders and pages exactly. */
  @Column()
  createdAt!: Date;
}
