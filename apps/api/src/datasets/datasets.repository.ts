import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { DatasetRowOrganisation } from './dataset-row-organisation.entity';
import { DatasetVersion } from './dataset-version.entity';
import { Dataset } from './dataset.entity';

/** What the row-access rule needs to know about a dataset. */
export interface DatasetOwnership {
  id: string;
  projectId: string;
  ownerOrganisationId: string;
  rowOrganisationIds: string[];
}

@Injectable()
export class DatasetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findById(id: string, manager: EntityManager = this.manager): Promise<Dataset | null> {
    return manager.findOneBy(Dataset, { id });
  }

  findByIds(ids: readonly string[]): Promise<Dataset[]> {
    return this.manager.findBy(Dataset, { id: In([...ids]) });
  }

  async projectIdOf(id: string): Promise<string | null> {
    const row = await this.manager.findOne(Dataset, {
      where: { id },
      select: { projectId: true },
    });
    return row?.projectId ?? null;
  }

  async projectIdOfVersion(versionId: string): Promise<string | null> {
    const row = await this.manager
      .createQueryBuilder(DatasetVersion, 'v')
      .innerJoin(Dataset, 'd', 'd.id = v.datasetId')
      .select('d.projectId', 'projectId')
      .where('v.id = :versionId', { versionId })
      .getRawOne<{ projectId: string }>();
    return row?.projectId ?? null;
  }

  byProject(projectId: string): Promise<Dataset[]> {
    return this.manager.find(Dataset, {
      where: { projectId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  save(manager: EntityManager, dataset: Dataset): Promise<Dataset> {
    return manager.save(Dataset, dataset);
  }

  /** Owner and allowed organisations of each dataset, in one statement for any number. */
  async ownershipOf(ids: readonly string[]): Promise<DatasetOwnership[]> {
    if (!ids.length) return [];
    const [datasets, allowed] = await Promise.all([
      this.manager.find(Dataset, {
        where: { id: In([...ids]) },
        select: { id: true, projectId: true, ownerOrganisationId: true },
      }),
      this.manager.findBy(DatasetRowOrganisation, { datasetId: In([...ids]) }),
    ]);
    return datasets.map((d) => ({
      id: d.id,
      projectId: d.projectId,
      ownerOrganisationId: d.ownerOrganisationId,
      rowOrganisationIds: allowed.filter((a) => a.datasetId === d.id).map((a) => a.organisationId),
    }));
  }

  async replaceRowOrganisations(
    manager: EntityManager,
    datasetId: string,
    organisationIds: readonly string[],
  ): Promise<void> {
    await manager.delete(DatasetRowOrganisation, { datasetId });
    if (organisationIds.length) {
      await manager.insert(
        DatasetRowOrganisation,
        organisationIds.map((organisationId) => ({ datasetId, organisationId })),
      );
    }
  }

  versionById(id: string): Promise<DatasetVersion | null> {
    return this.manager.findOneBy(DatasetVersion, { id });
  }

  /** Every version of these datasets, newest first. */
  versionsOf(datasetIds: readonly string[]): Promise<DatasetVersion[]> {
    if (!datasetIds.length) return Promise.resolve([]);
    return this.manager.find(DatasetVersion, {
      where: { datasetId: In([...datasetIds]) },
      order: { datasetId: 'ASC', number: 'DESC' },
    });
  }

  async latestVersionNumber(manager: EntityManager, datasetId: string): Promise<number> {
    const row = await manager
      .createQueryBuilder(DatasetVersion, 'v')
      .select('MAX(v.number)', 'max')
      .where('v.datasetId = :datasetId', { datasetId })
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0);
  }

  insertVersion(manager: EntityManager, version: DatasetVersion): Promise<DatasetVersion> {
    return manager.save(DatasetVersion, version);
  }

  versionByNumber(
    manager: EntityManager,
    datasetId: string,
    number: number,
  ): Promise<DatasetVersion | null> {
    return manager.findOneBy(DatasetVersion, { datasetId, number });
  }
}
