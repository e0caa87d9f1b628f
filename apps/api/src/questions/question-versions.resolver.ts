import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { QuestionVersion } from './question-version.entity';
import { QuestionVersionsService } from './question-versions.service';
import { SaveQuestionVersionInput } from './questions.inputs';

@Resolver(() => QuestionVersion)
export class QuestionVersionsResolver {
  constructor(private readonly versions: QuestionVersionsService) {}

  @Can('question.read', ({ args }) => ({ kind: 'questionVersion', id: args.id }))
  @Query(() => QuestionVersion, { description: 'One named version, read-only.' })
  questionVersion(@Args('id', { type: () => ID }) id: string): Promise<QuestionVersion> {
    return this.versions.get(id);
  }

  @Can('question.edit', ({ args }) => ({ kind: 'question', id: args.input?.questionId }))
  @Mutation(() => QuestionVersion, { description: 'Saves the current body under a name.' })
  saveQuestionVersion(
    @Args('input') input: SaveQuestionVersionInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.versions.save(input.questionId, input.name, principal);
  }

  @Can('question.edit', ({ args }) => ({ kind: 'questionVersion', id: args.id }))
  @Mutation(() => Boolean, { description: 'Puts a version back as a new change; history is kept.' })
  async restoreQuestionVersion(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.versions.restore(id, principal);
    return true;
  }
}
