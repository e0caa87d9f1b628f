import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@ketenlab/domain';
import { Can } from '../auth/can.decorator';
import { signedInUser, type Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { badInput } from '../common/errors/app-error';
import { Project } from '../projects/project.entity';
import { SinceLastVisitService } from './since-last-visit.service';
import { ProjectChangesType, UnseenChangesType } from './since-last-visit.types';

@Resolver(() => Project)
export class SinceLastVisitResolver {
  constructor(private readonly sinceLastVisit: SinceLastVisitService) {}

  @Can('project.activity.read', ({ parent }) => parent.id)
  @ResolveField(() => ProjectChangesType, {
    description:
      'What others changed since you last marked this project seen (markProjectSeen); ' +
      '`first: 0` gives only the counts.',
  })
  changesSinceLastVisit(
    @Parent() project: Project,
    @CurrentPrincipal() principal: Principal,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<ProjectChangesType> {
    if (first < 0 || first > LIMITS.pageSizeMax) {
      throw badInput('first', `first must be between 0 and ${LIMITS.pageSizeMax}`);
    }
    return this.sinceLastVisit.changes(signedInUser(principal).id, project.id, first);
  }

  /** Bounded to the caller's own visits and to projects whose activity they may still read. */
  @Can('project.list')
  @Query(() => [UnseenChangesType], {
    description:
      'For each project you have marked seen and still take part in: how many changes others made since.',
  })
  unseenProjectChanges(@CurrentPrincipal() principal: Principal) {
    return this.sinceLastVisit.unseenChanges(signedInUser(principal).id);
  }

  @Can('project.markSeen', ({ args }) => args.projectId)
  @Mutation(() => Date, {
    description: 'Remembers that you have seen this project as it is now; returns that moment.',
  })
  markProjectSeen(
    @Args('projectId', { type: () => ID }) projectId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Date> {
    return this.sinceLastVisit.markSeen(signedInUser(principal).id, projectId);
  }
}
