import type { HypothesisStatus } from '@ketenlab/domain';
import { Args, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { User } from '../accounts/user.entity';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal, HttpRequest } from '../common/context/graphql-context';
import { HypothesisStatusEnum } from '../common/graphql/domain-enums';
import { selectedFields } from '../common/graphql/selected-fields';
import { Organisation } from '../organisations/organisation.entity';
import { Project } from '../projects/project.entity';
import { Question } from '../questions/question.entity';
import { Hypothesis } from './hypothesis.entity';
import { HypothesisFieldValues } from './hypothesis-field-values';
import { HypothesisTransitionType } from './hypothesis.types';
import { HypothesisFilterInput } from './hypotheses.inputs';
import { HypothesesService } from './hypotheses.service';

const ofParent = ({ parent }: { parent: { projectId: string } }) => parent.projectId;

@Resolver(() => Project)
export class ProjectHypothesesResolver {
  constructor(
    private readonly hypothesesService: HypothesesService,
    private readonly fields: HypothesisFieldValues,
  ) {}

  /** Its hypotheses come with their related fields loaded: the guard here covers them all. */
  @Can('hypothesis.read', ({ parent }) => parent.id)
  @ResolveField(() => [Hypothesis], {
    description: 'The board: every hypothesis of the project, oldest first, optionally filtered.',
  })
  async hypotheses(
    @Parent() project: Project,
    @HttpRequest() req: Request,
    @CurrentPrincipal() principal: Principal,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => HypothesisFilterInput, nullable: true })
    filter?: HypothesisFilterInput,
  ): Promise<Hypothesis[]> {
    const board = await this.hypothesesService.board(project.id, filter ?? {});
    return this.fields.preload(req, principal, board, selectedFields(info));
  }
}

@Resolver(() => Question)
export class QuestionHypothesesResolver {
  constructor(
    private readonly hypothesesService: HypothesesService,
    private readonly fields: HypothesisFieldValues,
  ) {}

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => [Hypothesis], { description: 'The hypotheses under this question.' })
  async hypotheses(
    @Parent() question: Question,
    @HttpRequest() req: Request,
    @CurrentPrincipal() principal: Principal,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Hypothesis[]> {
    const list = await this.hypothesesService.board(question.projectId, {
      questionId: question.id,
    });
    return this.fields.preload(req, principal, list, selectedFields(info));
  }
}

/**
 * The related fields of a hypothesis reached any other way (one hypothesis, the mutations,
 * `hypothesisChanged`, the stale list): each guarded on its own. Lists that were authorized
 * as a whole bring them preloaded (`HypothesisFieldValues.preload`), which bypasses these.
 */
@Resolver(() => Hypothesis)
export class HypothesisFieldsResolver {
  constructor(private readonly values: HypothesisFieldValues) {}

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => User)
  async owner(@Parent() hypothesis: Hypothesis, @HttpRequest() req: Request): Promise<User> {
    return (await this.values.owner(req, [hypothesis]))[0]!;
  }

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => [Organisation], { description: 'Partner organisations involved.' })
  async partners(
    @Parent() hypothesis: Hypothesis,
    @HttpRequest() req: Request,
  ): Promise<Organisation[]> {
    return (await this.values.partners(req, [hypothesis]))[0]!;
  }

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => [String])
  async tags(@Parent() hypothesis: Hypothesis, @HttpRequest() req: Request): Promise<string[]> {
    return (await this.values.tags(req, [hypothesis]))[0]!;
  }

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => [HypothesisTransitionType], {
    description: 'Every move from the proposal on, in the order they happened.',
  })
  async history(
    @Parent() hypothesis: Hypothesis,
    @HttpRequest() req: Request,
  ): Promise<HypothesisTransitionType[]> {
    return (await this.values.history(req, [hypothesis]))[0]!;
  }

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => [HypothesisStatusEnum], {
    description: 'The statuses you may move this hypothesis to now.',
  })
  async allowedTransitions(
    @Parent() hypothesis: Hypothesis,
    @CurrentPrincipal() principal: Principal,
  ): Promise<HypothesisStatus[]> {
    return (await this.values.allowedTransitions(principal, [hypothesis]))[0]!;
  }
}
