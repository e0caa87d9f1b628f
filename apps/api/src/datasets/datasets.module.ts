import { Module, OnModuleInit } from '@nestjs/common';
import { OrganisationOwnership } from '../projects/organisation-ownership';
import { ProjectScopes } from '../projects/project-scopes';
import { DatasetColumnFieldsResolver } from './dataset-column-fields.resolver';
import { DatasetDownloadService } from './dataset-download.service';
import { DatasetFieldsResolver, ProjectDatasetsResolver } from './dataset-fields.resolver';
import { DatasetFilesController } from './dataset-files.controller';
import { DatasetPreviewService } from './dataset-preview.service';
import { DatasetUploadService } from './dataset-upload.service';
import {
  DatasetVersionFieldsResolver,
  DatasetVersionsFieldResolver,
} from './dataset-version-fields.resolver';
import { DatasetVersionsLoader } from './dataset-versions.loader';
import { DatasetLoader } from './dataset.loader';
import { DatasetsRepository } from './datasets.repository';
import { DatasetsResolver } from './datasets.resolver';
import { DatasetsService } from './datasets.service';
import { DcatExportService } from './dcat-export.service';
import { DownloadLinks } from './download-links';

/** Datasets: metadata, versions uploaded over HTTP with their profiles, row access, exports. */
@Module({
  controllers: [DatasetFilesController],
  providers: [
    DatasetsRepository,
    DatasetLoader,
    DatasetsService,
    DatasetUploadService,
    DatasetDownloadService,
    DatasetPreviewService,
    DatasetVersionsLoader,
    DownloadLinks,
    DcatExportService,
    DatasetsResolver,
    DatasetFieldsResolver,
    DatasetVersionsFieldResolver,
    DatasetVersionFieldsResolver,
    DatasetColumnFieldsResolver,
    ProjectDatasetsResolver,
  ],
  exports: [DatasetsRepository, DatasetsService, DatasetUploadService, DatasetLoader],
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
