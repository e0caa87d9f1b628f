import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { Question } from './question.entity';
import {
  CreateQuestionInput,
  RenameQuestionInput,
  SetQuestionStatusInput,
} from './questions.inputs';
import { QuestionsService } from './questions.service';

@Resolver(() => Question)
export class QuestionsResolver {
  constructor(private readonly questionsService: QuestionsService) {}

  @Can('question.read', ({ args }) => ({ kind: 'question', id: args.id }))
  @Query(() => Question)
  question(@Args('id', { type: () => ID }) id: string): Promise<Question> {
    return this.questionsService.get(id);
  }

  @Can('question.create', ({ args }) => args.input?.projectId)
  @Mutation(() => Question, {
    description: 'A new research question; its body is edited live at /collab/question.<id>.',
  })
  createQuestion(
    @Args('input') input: CreateQuestionInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.questionsService.create(input, principal);
  }

  @Can('question.rename', ({ args }) => ({ kind: 'question', id: args.input?.id }))
  @Mutation(() => Question)
  renameQuestion(
    @Args('input') input: RenameQuestionInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.questionsService.rename(input, principal);
  }

  @Can('question.setStatus', ({ args }) => ({ kind: 'question', id: args.input?.id }))
  @Mutation(() => Question)
  setQuestionStatus(
    @Args('input') input: SetQuestionStatusInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.questionsService.setStatus(input, principal);
  }

  @Can('question.delete', ({ args }) => ({ kind: 'question', id: args.id }))
  @Mutation(() => Boolean, {
    description: 'Deletes the question, its versions and its live document.',
  })
  async deleteQuestion(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.questionsService.delete(id, principal);
    return true;
  }
}
