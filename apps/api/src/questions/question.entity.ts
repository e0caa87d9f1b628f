import type { QuestionStatus } from '@ketenlab/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { QuestionStatusEnum } from '../common/graphql/domain-enums';
import { Project } from '../projects/project.entity';

/**
 * A research question. Its body is a live Yjs document (`question.<id>` on /collab); the row
 * keeps the structured facts and a mirror of the body for search, the register and exports.
 */
@ObjectType('Question')
@Entity('questions')
export class Question {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Index()
  @ForeignKey(() => Project, { onDelete: 'CASCADE' })
  @Column('uuid')
  projectId!: string;

  @Field()
  @Column({ type: 'varchar' })
  title!: string;

  @Field(() => QuestionStatusEnum)
  @Column({ type: 'varchar' })
  status!: QuestionStatus;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column('uuid')
  createdById!: string;

  @Field({ description: 'Plain-text mirror of the body, updated shortly after edits.' })
  @Column({ type: 'text', default: '' })
  bodyText!: string;

  @Field({
    description: 'HTML mirror of the body (allow-listed markup), updated shortly after edits.',
  })
  @Column({ type: 'text', default: '' })
  bodyHtml!: string;

  @Field()
  @CreateDateColumn()
  createdAt!: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt!: Date;
}
