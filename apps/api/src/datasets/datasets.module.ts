import { Module, OnModuleInit } from '@nestjs/common';
import { OrganisationOwnership } from '../projects/organisation-ownership';
import { ProjectScopes } from '../projects/project-scopes';
import { DatasetFieldsResolver, ProjectDatasetsResolver } from './dataset-fields.resolver';
import { DatasetLoader } from './dataset.loader';
import { DatasetsRepository } from './datasets.repository';
import { DatasetsResolver } from './datasets.resolver';
import { DatasetsService } from './datasets.service';

/** Datasets: metadata, versions uploaded over HTTP with their profiles, row access, exports. */
@Module({
  providers: [
    DatasetsRepository,
    DatasetLoader,
    DatasetsService,
    DatasetsResolver,
    DatasetFieldsResolver,
    ProjectDatasetsResolver,
  ],
  exports: [DatasetsRepository, DatasetLoader],
})
export class DatasetsModule implements OnModuleInit {
  constructor(
    private readonly scopes: ProjectScopes,
    private readonly ownership: OrganisationOwnership,
    private readonly datasets: DatasetsRepository,
  ) {}

  onModuleInit(): void {
    this.scopes.register('dataset', (id) => this.datasets.projectIdOf(id));
    this.scopes.register('datasetVersion', (id) => this.datasets.projectIdOfVersion(id));
    this.ownership.register('dataset', (ids) => this.datasets.ownershipOf(ids));
  }
}
