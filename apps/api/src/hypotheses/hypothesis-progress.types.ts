import type { HypothesisStatus } from '@ketenlab/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HypothesisStatusEnum } from '../common/graphql/domain-enums';
import { Hypothesis } from './hypothesis.entity';

@ObjectType('HypothesisStatusCount')
export class HypothesisStatusCount {
  @Field(() => HypothesisStatusEnum)
  status!: HypothesisStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('QuestionProgress', { description: 'How the hypotheses under one question stand.' })
export class QuestionProgress {
  @Field(() => ID)
  questionId!: string;

  @Field()
  title!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => [HypothesisStatusCount], {
    description: 'One entry per status, in lifecycle order, zeros included.',
  })
  counts!: HypothesisStatusCount[];
}

@ObjectType('MonthVerdicts', {
  description: 'Verdicts given in one calendar month in Europe/Amsterdam.',
})
export class MonthVerdicts {
  @Field({ description: 'The month, as YYYY-MM.' })
  month!: string;

  @Field({ description: 'Its first instant.' })
  start!: Date;

  @Field({ description: 'The first instant of the next month.' })
  end!: Date;

  @Field(() => Int, {
    description: 'Every verdict given, a re-judged hypothesis once per verdict.',
  })
  total!: number;

  @Field(() => [HypothesisStatusCount], {
    description: 'Per verdict (supported, refuted, inconclusive), zeros included.',
  })
  counts!: HypothesisStatusCount[];
}

@ObjectType('HypothesisProgress', { description: 'Where the hypotheses of a project stand.' })
export class HypothesisProgress {
  @Field(() => [QuestionProgress], { description: 'Every question, oldest first.' })
  questions!: QuestionProgress[];

  @Field(() => MonthVerdicts)
  verdictsThisMonth!: MonthVerdicts;

  @Field(() => Int, { description: "The project's setting the stale list uses." })
  staleAfterDays!: number;

  @Field({ description: 'Open hypotheses with no activity since this instant are stale.' })
  staleSince!: Date;

  @Field(() => Int)
  staleCount!: number;

  @Field(() => [Hypothesis], {
    description: 'Open hypotheses without activity for staleAfterDays days, longest quiet first.',
  })
  stale!: Hypothesis[];
}
