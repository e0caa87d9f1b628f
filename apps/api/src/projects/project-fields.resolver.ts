import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { ProjectRelationEnum } from '../common/graphql/domain-enums';
import type { ProjectRelation } from '@ketenlab/domain';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal, HttpRequest } from '../common/context/graphql-context';
import { requestLoader } from '../common/context/request-loaders';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationLoader } from '../organisations/organisation.loader';
import { ProjectAccess } from './project-access.service';
import { Project } from './project.entity';
import { ProjectsRepository } from './projects.repository';

const ofProject = ({ parent }: { parent: Project }) => parent.id;

@Resolver(() => Project)
export class ProjectFieldsResolver {
  constructor(
    private readonly organisations: OrganisationLoader,
    private readonly projects: ProjectsRepository,
    private readonly access: ProjectAccess,
  ) {}

  @Can('project.read', ofProject)
  @ResolveField(() => Organisation)
  async ownerOrganisation(@Parent() project: Project, @HttpRequest() req: Request) {
    return (await this.organisations.load(req, project.ownerOrganisationId))!;
  }

  @Can('project.read', ofProject)
  @ResolveField(() => [Organisation])
  async partners(@Parent() project: Project, @HttpRequest() req: Request) {
    const ids = await requestLoader(
      req,
      'projectPartners',
      async (projectIds) => {
        const rows = await this.projects.partnersOf(projectIds);
        return projectIds.map((id) => ({
          id,
          partners: rows.filter((r) => r.projectId === id).map((r) => r.organisationId),
        }));
      },
      (entry) => entry.id,
    ).load(project.id);
    return this.organisations.loadMany(req, ids?.partners ?? []);
  }

  @Can('project.read', ofProject)
  @ResolveField(() => ProjectRelationEnum, { description: 'Your relation to this project.' })
  myRelation(
    @Parent() project: Project,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProjectRelation> {
    return this.access.relationOf(principal, project.id);
  }
}
