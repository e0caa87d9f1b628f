import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { Hypothesis } from './hypothesis.entity';
import { HypothesisTransitionsService } from './hypothesis-transitions.service';
import {
  ProposeHypothesisInput,
  TransitionHypothesisInput,
  UpdateHypothesisInput,
} from './hypotheses.inputs';
import { HypothesesService } from './hypotheses.service';

@Resolver(() => Hypothesis)
export class HypothesesResolver {
  constructor(
    private readonly hypothesesService: HypothesesService,
    private readonly transitionsService: HypothesisTransitionsService,
  ) {}

  @Can('hypothesis.read', ({ args }) => ({ kind: 'hypothesis', id: args.id }))
  @Query(() => Hypothesis)
  hypothesis(@Args('id', { type: () => ID }) id: string): Promise<Hypothesis> {
    return this.hypothesesService.get(id);
  }

  @Can('hypothesis.propose', ({ args }) => ({ kind: 'question', id: args.input?.questionId }))
  @Mutation(() => Hypothesis, { description: 'A new hypothesis under a question, proposed.' })
  proposeHypothesis(
    @Args('input') input: ProposeHypothesisInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.hypothesesService.propose(input, principal);
  }

  @Can('hypothesis.update', ({ args }) => ({ kind: 'hypothesis', id: args.input?.id }))
  @Mutation(() => Hypothesis, {
    description: 'Edits a hypothesis; what it says changes only while it is open.',
  })
  updateHypothesis(
    @Args('input') input: UpdateHypothesisInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.hypothesesService.update(input, principal);
  }

  @Can('hypothesis.transition', ({ args }) => ({
    kind: 'hypothesis',
    id: args.input?.hypothesisId,
  }))
  @Mutation(() => Hypothesis, {
    description:
      'Moves a hypothesis to another status. Illegal moves are refused naming the allowed ones; ' +
      'a verdict needs a rationale and evidence, reopening one a rationale.',
  })
  transitionHypothesis(
    @Args('input') input: TransitionHypothesisInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.transitionsService.transition(input, principal);
  }
}
