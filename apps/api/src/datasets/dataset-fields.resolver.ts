import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { allowsOrganisation, allowsProject } from '@ketenlab/domain';
import type { Request } from 'express';
import { Can } from '../auth/can.decorator';
import { signedInUser, type Principal } from '../auth/principal';
import { CurrentPrincipal, HttpRequest } from '../common/context/graphql-context';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationLoader } from '../organisations/organisation.loader';
import { OrganisationOwnership } from '../projects/organisation-ownership';
import { ProjectAccess } from '../projects/project-access.service';
import { Project } from '../projects/project.entity';
import { Dataset } from './dataset.entity';
import { DatasetsService } from './datasets.service';

const ofParent = ({ parent }: { parent: { projectId: string } }) => parent.projectId;

@Resolver(() => Project)
export class ProjectDatasetsResolver {
  constructor(private readonly datasetsService: DatasetsService) {}

  @Can('dataset.read', ({ parent }) => parent.id)
  @ResolveField(() => [Dataset], { description: 'The datasets of the project, oldest first.' })
  datasets(@Parent() project: Project): Promise<Dataset[]> {
    return this.datasetsService.byProject(project.id);
  }
}

@Resolver(() => Dataset)
export class DatasetFieldsResolver {
  constructor(
    private readonly organisations: OrganisationLoader,
    private readonly ownership: OrganisationOwnership,
    private readonly access: ProjectAccess,
  ) {}

  @Can('dataset.read', ofParent)
  @ResolveField(() => Organisation, { description: 'Decides who else may read the rows.' })
  async ownerOrganisation(@Parent() dataset: Dataset, @HttpRequest() req: Request) {
    return (await this.organisations.load(req, dataset.ownerOrganisationId))!;
  }

  @Can('dataset.read', ofParent)
  @ResolveField(() => Organisation, { description: 'dct:publisher.' })
  async publisher(@Parent() dataset: Dataset, @HttpRequest() req: Request) {
    return (await this.organisations.load(req, dataset.publisherOrganisationId))!;
  }

  @Can('dataset.read', ofParent)
  @ResolveField(() => Organisation, { description: 'dct:creator.' })
  async creator(@Parent() dataset: Dataset, @HttpRequest() req: Request) {
    return (await this.organisations.load(req, dataset.creatorOrganisationId))!;
  }

  @Can('dataset.read', ofParent)
  @ResolveField(() => [Organisation], {
    description: 'Organisations besides the owner whose members may read the rows.',
  })
  async rowOrganisations(@Parent() dataset: Dataset, @HttpRequest() req: Request) {
    const owned = await this.ownership.of(req, { kind: 'dataset', id: dataset.id });
    return this.organisations.loadMany(req, owned?.rowOrganisationIds ?? []);
  }

  @Can('dataset.read', ofParent)
  @ResolveField(() => Boolean, {
    description: 'Whether you may read the rows (preview, samples, values, download).',
  })
  async mayReadRows(
    @Parent() dataset: Dataset,
    @CurrentPrincipal() principal: Principal,
    @HttpRequest() req: Request,
  ): Promise<boolean> {
    const owned = await this.ownership.of(req, { kind: 'dataset', id: dataset.id });
    const relation = await this.access.relationOf(principal, dataset.projectId);
    return (
      !!owned &&
      allowsProject('dataset.rows.read', relation) &&
      allowsOrganisation('dataset.rows.read', signedInUser(principal).organisationId, owned)
    );
  }
}
