import { Module, OnModuleInit } from '@nestjs/common';
import { DatasetsModule } from '../datasets/datasets.module';
import { DatasetsRepository } from '../datasets/datasets.repository';
import { OrganisationOwnership } from '../projects/organisation-ownership';
import { ProjectScopes } from '../projects/project-scopes';
import { DatasetFacts } from './dataset-facts';
import { DatasetQualityResolver } from './dataset-quality.resolver';
import { DatasetsFactsAdapter } from './datasets-facts.adapter';
import {
  QualityReportFieldsResolver,
  QualityReportMessageFieldsResolver,
} from './quality-report-fields.resolver';
import { QualityReportLoaders } from './quality-report.loaders';
import { QualityReportNotices } from './quality-report-notices';
import { QualityReportsRepository } from './quality-reports.repository';
import { QualityReportsResolver } from './quality-reports.resolver';
import { QualityReportsService } from './quality-reports.service';

/** Quality reports (terugmeldingen) about datasets, handled by the dataset's owner. */
@Module({
  imports: [DatasetsModule],
  providers: [
    QualityReportsRepository,
    QualityReportsService,
    QualityReportLoaders,
    QualityReportNotices,
    { provide: DatasetFacts, useClass: DatasetsFactsAdapter },
    QualityReportsResolver,
    QualityReportFieldsResolver,
    QualityReportMessageFieldsResolver,
    DatasetQualityResolver,
  ],
})
export class QualityReportsModule implements OnModuleInit {
  constructor(
    private readonly scopes: ProjectScopes,
    private readonly ownership: OrganisationOwnership,
    private readonly reports: QualityReportsRepository,
    private readonly datasets: DatasetsRepository,
  ) {}

  onModuleInit(): void {
    this.scopes.register('qualityReport', (id) => this.reports.projectIdOf(id));
    // A report is handled by whoever owns its dataset.
    this.ownership.register('qualityReport', async (ids) => {
      const datasetOf = await this.reports.datasetIdsOf(ids);
      const owned = new Map(
        (await this.datasets.ownershipOf([...new Set(datasetOf.values())])).map((o) => [o.id, o]),
      );
      return ids.flatMap((id) => {
        const dataset = owned.get(datasetOf.get(id) ?? '');
        return dataset ? [{ ...dataset, id }] : [];
      });
    });
  }
}
