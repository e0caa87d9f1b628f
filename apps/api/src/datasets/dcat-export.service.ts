import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Organisation } from '../organisations/organisation.entity';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { ProjectsRepository } from '../projects/projects.repository';
import { dcatCatalogue, dcatDataset, withContext, type DcatDatasetInput } from './dcat-export';
import type { Dataset } from './dataset.entity';
import { DatasetsRepository } from './datasets.repository';

/** Gathers what the DCAT export names (organisations, versions) for a dataset or a project. */
@Injectable()
export class DcatExportService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly datasets: DatasetsRepository,
    private readonly projects: ProjectsRepository,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async dataset(id: string): Promise<Record<string, unknown>> {
    const dataset = (await this.datasets.findById(id))!;
    const [input] = await this.inputs([dataset]);
    return withContext(dcatDataset(this.config.publicUrl, input));
  }

  async catalogue(projectId: string): Promise<Record<string, unknown>> {
    const project = (await this.projects.findById(projectId))!;
    const inputs = await this.inputs(await this.datasets.byProject(projectId));
    const owner = (await this.organisations.findById(project.ownerOrganisationId))!;
    return dcatCatalogue(this.config.publicUrl, project, owner, inputs);
  }

  private async inputs(datasets: readonly Dataset[]): Promise<DcatDatasetInput[]> {
    const versions = await this.datasets.versionsOf(datasets.map((d) => d.id));
    const ids = new Set(
      datasets.flatMap((d) => [d.publisherOrganisationId, d.creatorOrganisationId]),
    );
    const organisations = new Map<string, Organisation>(
      (await this.organisations.findByIds([...ids])).map((o) => [o.id, o]),
    );
    return datasets.map((dataset) => ({
      dataset,
      versions: versions.filter((v) => v.datasetId === dataset.id),
      organisations,
    }));
  }
}
