import { Injectable } from '@nestjs/common';
import { DatasetsRepository } from '../datasets/datasets.repository';
import { DatasetFacts, type DatasetFact } from './dataset-facts';

/** DatasetFacts answered from the datasets module's repository. */
@Injectable()
export class DatasetsFactsAdapter extends DatasetFacts {
  constructor(private readonly datasets: DatasetsRepository) {
    super();
  }

  find(datasetId: string): Promise<DatasetFact | null> {
    return this.datasets.findById(datasetId);
  }

  async currentColumns(datasetId: string): Promise<string[]> {
    const [latest] = await this.datasets.versionsOf([datasetId]);
    return latest ? latest.profile.columns.map((column) => column.name) : [];
  }

  async hasVersion(datasetId: string, versionId: string): Promise<boolean> {
    return (await this.datasets.versionById(versionId))?.datasetId === datasetId;
  }
}
