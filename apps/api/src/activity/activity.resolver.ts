import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { LIMITS } from '@ketenlab/domain';
import { User } from '../accounts/user.entity';
import { UserLoader } from '../accounts/user.loader';
import { Can } from '../auth/can.decorator';
import { HttpRequest } from '../common/context/graphql-context';
import { badInput } from '../common/errors/app-error';
import { Project } from '../projects/project.entity';
import { Activity } from './activity.entity';
import { ActivityService } from './activity.service';
import { ActivityPageType } from './activity.types';

@Resolver(() => Project)
export class ProjectActivityResolver {
  constructor(private readonly activityService: ActivityService) {}

  @Can('project.activity.read', ({ parent }) => parent.id)
  @ResolveField(() => ActivityPageType, {
    description: 'What happened in this project, newest first.',
  })
  activity(
    @Parent() project: Project,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('before', { type: () => Date, nullable: true }) before?: Date,
  ) {
    if (first < 1 || first > LIMITS.pageSizeMax) {
      throw badInput('first', `first must be between 1 and ${LIMITS.pageSizeMax}`);
    }
    return this.activityService.forProject(project.id, first, before ?? undefined);
  }
}

@Resolver(() => Activity)
export class ActivityFieldsResolver {
  constructor(private readonly users: UserLoader) {}

  @Can('project.activity.read', ({ parent }) => parent.projectId)
  @ResolveField(() => User, { nullable: true })
  actor(@Parent() activity: Activity, @HttpRequest() req: Request): Promise<User | null> | null {
    if (!activity.actorId) return null;
    return this.users.load(req, activity.actorId);
  }
}
