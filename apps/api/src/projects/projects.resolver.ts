import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { Project } from './project.entity';
import { CreateProjectInput, UpdateProjectInput } from './projects.inputs';
import { ProjectsService } from './projects.service';

@Resolver(() => Project)
export class ProjectsResolver {
  constructor(private readonly projectsService: ProjectsService) {}

  @Can('project.list')
  @Query(() => [Project], { description: 'Projects you are a member of or may see.' })
  projects(@CurrentPrincipal() principal: Principal): Promise<Project[]> {
    return this.projectsService.listVisible(principal);
  }

  @Can('project.read', ({ args }) => args.id)
  @Query(() => Project)
  project(@Args('id', { type: () => ID }) id: string): Promise<Project> {
    return this.projectsService.get(id);
  }

  @Can('project.create')
  @Mutation(() => Project, {
    description: 'Creates a project owned by your organisation, with you as lead.',
  })
  createProject(
    @Args('input') input: CreateProjectInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.projectsService.create(input, principal);
  }

  @Can('project.update', ({ args }) => args.input?.id)
  @Mutation(() => Project)
  updateProject(
    @Args('input') input: UpdateProjectInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.projectsService.update(input, principal);
  }
}
