import type { RegistrationContent, RegistrationStatus } from '@ketenlab/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { RegistrationStatusEnum } from '../common/graphql/domain-enums';
import { Project } from '../projects/project.entity';
import { Question } from '../questions/question.entity';

/**
 * One round of preregistration of a question. The content is frozen when the round is requested
 * (what the organisations are asked to sign is what gets registered) and never changes after;
 * `round` numbers a question's rounds, and the unique index refuses two racing requests.
 */
@ObjectType('QuestionRegistration', {
  description:
    'A round of preregistration: the question and its hypotheses as asked to be signed off, ' +
    "and each organisation's answer.",
})
@Entity('question_registrations')
@Index(['questionId', 'round'], { unique: true })
export class QuestionRegistration {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID)
  @ForeignKey(() => Question, { onDelete: 'CASCADE' })
  @Column('uuid')
  questionId!: string;

  @Index()
  @ForeignKey(() => Project, { onDelete: 'CASCADE' })
  @Column('uuid')
  projectId!: string;

  @Field(() => Int, { description: 'The number of this round for its question, from 1.' })
  @Column('integer')
  round!: number;

  @Field(() => RegistrationStatusEnum)
  @Column({ type: 'varchar' })
  status!: RegistrationStatus;

  @Column({ type: 'simple-json' })
  content!: RegistrationContent;

  @Field({
    description:
      'sha256 (hex) of the canonical JSON of title, plain-text body and hypotheses ' +
      '(libs/domain canonicalRegistrationJson).',
  })
  @Column({ type: 'varchar' })
  contentHash!: string;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column('uuid')
  requestedById!: string;

  @Field()
  @Column()
  requestedAt!: Date;

  /** When the round ended: registered, changes requested, or superseded by a new request. */
  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  closedAt!: Date | null;
}
