import type { ExpectedDirection, HypothesisStatus } from '@ketenlab/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  BeforeInsert,
  Column,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { ExpectedDirectionEnum, HypothesisStatusEnum } from '../common/graphql/domain-enums';
import { Project } from '../projects/project.entity';
import { Question } from '../questions/question.entity';

/**
 * A testable statement under a research question. The status only changes through a recorded
 * transition (HypothesisTransition); the project id is kept beside the question's so that the
 * board and the permission check find the project without a join.
 */
@ObjectType('Hypothesis')
@Entity('hypotheses')
@Index(['projectId', 'lastActivityAt'])
export class Hypothesis {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Index()
  @ForeignKey(() => Project, { onDelete: 'CASCADE' })
  @Column('uuid')
  projectId!: string;

  @Field(() => ID)
  @Index()
  @ForeignKey(() => Question, { onDelete: 'CASCADE' })
  @Column('uuid')
  questionId!: string;

  @Field()
  @Column({ type: 'text' })
  statement!: string;

  @Field({ description: 'Why we expect this: the reasoning behind the statement.' })
  @Column({ type: 'text', default: '' })
  rationale!: string;

  @Field(() => ExpectedDirectionEnum, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  expectedDirection!: ExpectedDirection | null;

  @Field(() => HypothesisStatusEnum)
  @Column({ type: 'varchar' })
  status!: HypothesisStatus;

  @Index()
  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column('uuid')
  ownerId!: string;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column('uuid')
  createdById!: string;

  /** Set by the writer from the clock, with milliseconds: the board lists oldest first, exactly. */
  @Field()
  @Column()
  createdAt!: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt!: Date;

  /**
   * The last proposal, edit or move (with its evidence), from the writer's clock: what "stale"
   * is measured from. Nullable in the schema only for the migration's sake; always set.
   */
  @Field({ description: 'When the hypothesis was last proposed, edited or moved.' })
  @Column({ nullable: true })
  lastActivityAt!: Date;

  /** A writer that forgets the last activity still leaves one: the proposal. */
  @BeforeInsert()
  protected activityFromProposal(): void {
    this.lastActivityAt ??= this.createdAt;
  }
}
