import { allowedTransitions, type HypothesisStatus } from '@ketenlab/domain';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { User } from '../accounts/user.entity';
import { UserLoader } from '../accounts/user.loader';
import { Can } from '../auth/can.decorator';
import { signedInUser, type Principal } from '../auth/principal';
import { CurrentPrincipal, HttpRequest } from '../common/context/graphql-context';
import { HypothesisStatusEnum } from '../common/graphql/domain-enums';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationLoader } from '../organisations/organisation.loader';
import { ProjectAccess } from '../projects/project-access.service';
import { Project } from '../projects/project.entity';
import { Question } from '../questions/question.entity';
import { Hypothesis } from './hypothesis.entity';
import { HypothesisLoaders } from './hypothesis.loaders';
import { HypothesisTransitionType } from './hypothesis.types';
import { HypothesisFilterInput } from './hypotheses.inputs';
import { HypothesesService } from './hypotheses.service';

const ofParent = ({ parent }: { parent: { projectId: string } }) => parent.projectId;

@Resolver(() => Project)
export class ProjectHypothesesResolver {
  constructor(private readonly hypothesesService: HypothesesService) {}

  @Can('hypothesis.read', ({ parent }) => parent.id)
  @ResolveField(() => [Hypothesis], {
    description: 'The board: every hypothesis of the project, oldest first, optionally filtered.',
  })
  hypotheses(
    @Parent() project: Project,
    @Args('filter', { type: () => HypothesisFilterInput, nullable: true })
    filter?: HypothesisFilterInput,
  ): Promise<Hypothesis[]> {
    return this.hypothesesService.board(project.id, filter ?? {});
  }
}

@Resolver(() => Question)
export class QuestionHypothesesResolver {
  constructor(private readonly hypothesesService: HypothesesService) {}

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => [Hypothesis], { description: 'The hypotheses under this question.' })
  hypotheses(@Parent() question: Question): Promise<Hypothesis[]> {
    return this.hypothesesService.board(question.projectId, { questionId: question.id });
  }
}

@Resolver(() => Hypothesis)
export class HypothesisFieldsResolver {
  constructor(
    private readonly loaders: HypothesisLoaders,
    private readonly users: UserLoader,
    private readonly organisations: OrganisationLoader,
    private readonly access: ProjectAccess,
  ) {}

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => User)
  async owner(@Parent() hypothesis: Hypothesis, @HttpRequest() req: Request): Promise<User> {
    return (await this.users.load(req, hypothesis.ownerId))!;
  }

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => [Organisation], { description: 'Partner organisations involved.' })
  async partners(@Parent() hypothesis: Hypothesis, @HttpRequest() req: Request) {
    return this.organisations.loadMany(req, await this.loaders.partnerIds(req, hypothesis.id));
  }

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => [String])
  tags(@Parent() hypothesis: Hypothesis, @HttpRequest() req: Request): Promise<string[]> {
    return this.loaders.tags(req, hypothesis.id);
  }

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => [HypothesisTransitionType], {
    description: 'Every move from the proposal on, in the order they happened.',
  })
  history(@Parent() hypothesis: Hypothesis, @HttpRequest() req: Request) {
    return this.loaders.history(req, hypothesis);
  }

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => [HypothesisStatusEnum], {
    description: 'The statuses you may move this hypothesis to now.',
  })
  async allowedTransitions(
    @Parent() hypothesis: Hypothesis,
    @CurrentPrincipal() principal: Principal,
  ): Promise<HypothesisStatus[]> {
    return allowedTransitions(hypothesis.status, {
      relation: await this.access.relationOf(principal, hypothesis.projectId),
      isOwner: hypothesis.ownerId === signedInUser(principal).id,
    });
  }
}
