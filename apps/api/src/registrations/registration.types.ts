import type {
  DeviatingField,
  DeviationKind,
  ExpectedDirection,
  HypothesisStatus,
  LineChange,
  RegisteredHypothesis,
  RegistrationStatus,
  SignOffDecision,
} from '@ketenlab/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  DeviatingFieldEnum,
  DeviationKindEnum,
  ExpectedDirectionEnum,
  HypothesisStatusEnum,
  LineChangeKindEnum,
  SignOffDecisionEnum,
} from '../common/graphql/domain-enums';
import type { RegistrationSignOff } from './registration-sign-off.entity';

@ObjectType('RegisteredHypothesis', { description: 'A hypothesis as it was registered.' })
export class RegisteredHypothesisType implements RegisteredHypothesis {
  @Field(() => ID, { description: 'The hypothesis (it may have changed or gone since).' })
  id!: string;

  @Field()
  statement!: string;

  @Field()
  rationale!: string;

  @Field(() => ExpectedDirectionEnum, { nullable: true })
  expectedDirection!: ExpectedDirection | null;

  @Field(() => HypothesisStatusEnum, { description: 'Its status when the round was requested.' })
  status!: HypothesisStatus;
}

@ObjectType('RegistrationSignOff', { description: "One organisation's answer in a round." })
export class RegistrationSignOffType implements Partial<RegistrationSignOff> {
  organisationId!: string;

  @Field(() => SignOffDecisionEnum, { nullable: true, description: 'Null while undecided.' })
  decision!: SignOffDecision | null;

  @Field({ description: 'Why changes were asked for; may accompany an approval.' })
  reason!: string;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  decidedById!: string | null;

  /** The round's project and status, for the permission check and `mayDecide`. */
  projectId!: string;
  roundStatus!: RegistrationStatus;
}

@ObjectType('LineChange', { description: 'A line of the question text added or removed.' })
export class LineChangeType implements LineChange {
  @Field(() => LineChangeKindEnum)
  change!: 'added' | 'removed';

  @Field()
  text!: string;
}

@ObjectType('RegistrationDeviation', {
  description: 'One way the live question differs from what was registered.',
})
export class RegistrationDeviationType {
  @Field(() => DeviationKindEnum)
  kind!: DeviationKind;

  @Field(() => ID, { nullable: true, description: 'The hypothesis concerned, if any.' })
  hypothesisId!: string | null;

  @Field(() => DeviatingFieldEnum, {
    nullable: true,
    description: 'For a changed hypothesis: what changed.',
  })
  field!: DeviatingField | null;

  @Field(() => String, { nullable: true, description: 'As registered.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'As it is now.' })
  after!: string | null;

  @Field(() => [LineChangeType], { description: 'For a changed text: the lines that differ.' })
  lines!: LineChangeType[];

  @Field({ description: 'A one-line summary in English.' })
  summary!: string;
}
