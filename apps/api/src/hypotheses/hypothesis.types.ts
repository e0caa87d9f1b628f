import type { EvidenceKind, HypothesisStatus } from '@ketenlab/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { User } from '../accounts/user.entity';
import { EvidenceKindEnum, HypothesisStatusEnum } from '../common/graphql/domain-enums';
import type { HypothesisEvidence } from './hypothesis-evidence.entity';
import type { HypothesisTransition } from './hypothesis-transition.entity';

@ObjectType('Evidence', { description: 'A piece of evidence cited by a transition.' })
export class EvidenceType implements Partial<HypothesisEvidence> {
  @Field(() => ID)
  id!: string;

  @Field(() => EvidenceKindEnum)
  kind!: EvidenceKind;

  @Field(() => ID, {
    nullable: true,
    description: 'What it points at: a question version, a question (passage), a dataset.',
  })
  targetId!: string | null;

  @Field(() => String, { nullable: true, description: 'The quoted passage of a question.' })
  quote!: string | null;

  @Field(() => String, { nullable: true, description: 'The address of an external source.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'The title of an external source.' })
  title!: string | null;
}

@ObjectType('HypothesisTransition', { description: 'One move of a hypothesis, as it happened.' })
export class HypothesisTransitionType implements Partial<HypothesisTransition> {
  @Field(() => ID)
  id!: string;

  @Field(() => HypothesisStatusEnum, {
    name: 'from',
    nullable: true,
    description: 'Null for the proposal, which opens the history.',
  })
  fromStatus!: HypothesisStatus | null;

  @Field(() => HypothesisStatusEnum, { name: 'to' })
  toStatus!: HypothesisStatus;

  @Field({ description: 'Why; empty where the move needs no reason.' })
  rationale!: string;

  @Field()
  createdAt!: Date;

  @Field(() => [EvidenceType])
  evidence!: EvidenceType[];

  /** Loaded with the history, which is read under `hypothesis.read`, as the rest of it is. */
  @Field(() => User, { description: 'Who made the move.' })
  by!: User;

  actorId!: string;
}
