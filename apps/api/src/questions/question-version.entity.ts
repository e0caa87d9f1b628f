import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Question } from './question.entity';

/** A named, frozen state of a question body. Restoring one adds a change; history stays. */
@ObjectType('QuestionVersion')
@Entity('question_versions')
export class QuestionVersion {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Index()
  @ForeignKey(() => Question, { onDelete: 'CASCADE' })
  @Column('uuid')
  questionId!: string;

  @Field()
  @Column({ type: 'varchar' })
  name!: string;

  /** The Yjs state (base64): text keeps the column portable, and versions are few. */
  @Column({ type: 'text' })
  state!: string;

  @Field()
  @Column({ type: 'text' })
  bodyText!: string;

  @Field()
  @Column({ type: 'text' })
  bodyHtml!: string;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column('uuid')
  createdById!: string;

  @Field()
  @CreateDateColumn()
  createdAt!: Date;
}
