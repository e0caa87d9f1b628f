import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@ketenlab/domain';
import { User } from '../accounts/user.entity';
import { UserLoader } from '../accounts/user.loader';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal, HttpRequest } from '../common/context/graphql-context';
import type { Request } from 'express';
import { badInput } from '../common/errors/app-error';
import { ProjectMember } from './project-member.entity';
import { Project } from './project.entity';
import { ProjectMemberInput, RemoveProjectMemberInput } from './projects.inputs';
import { ProjectMembersService } from './project-members.service';

@Resolver(() => ProjectMember)
export class ProjectMembersResolver {
  constructor(
    private readonly members: ProjectMembersService,
    private readonly users: UserLoader,
  ) {}

  @Can('project.members.manage', ({ args }) => args.input?.projectId)
  @Mutation(() => ProjectMember, { description: 'Adds a member, or changes the role of one.' })
  putProjectMember(
    @Args('input') input: ProjectMemberInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.members.put(input.projectId, input.userId, input.role, principal);
  }

  @Can('project.members.manage', ({ args }) => args.input?.projectId)
  @Mutation(() => Boolean)
  async removeProjectMember(
    @Args('input') input: RemoveProjectMemberInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.members.remove(input.projectId, input.userId, principal);
    return true;
  }

  @Can('project.members.manage', ({ args }) => args.projectId)
  @Query(() => [User], {
    description: 'Accounts of the owner and partner organisations matching the query.',
  })
  projectMemberCandidates(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('query', { defaultValue: '' }) query: string,
  ) {
    if (query.length > LIMITS.nameMax)
      throw badInput('query', `query must be at most ${LIMITS.nameMax} characters`);
    return this.members.candidates(projectId, query);
  }

  @Can('project.members.read', ({ parent }) => parent.projectId)
  @ResolveField(() => User)
  async user(@Parent() member: ProjectMember, @HttpRequest() req: Request): Promise<User> {
    return (await this.users.load(req, member.userId))!;
  }
}

@Resolver(() => Project)
export class ProjectMembersFieldResolver {
  constructor(private readonly membersService: ProjectMembersService) {}

  @Can('project.members.read', ({ parent }) => parent.id)
  @ResolveField(() => [ProjectMember])
  members(@Parent() project: Project): Promise<ProjectMember[]> {
    return this.membersService.list(project.id);
  }
}
