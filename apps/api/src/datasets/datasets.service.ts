import type { ProjectActivityAction } from '@ketenlab/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ActivityService } from '../activity/activity.service';
import { signedInUser, type Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { ProjectsRepository } from '../projects/projects.repository';
import { SearchIndex } from '../search/search-index';
import { assertCompleteMetadata, notInProject, unknownOrganisation } from './dataset.errors';
import { Dataset } from './dataset.entity';
import { datasetSearchDocument } from './dataset-search';
import type {
  CreateDatasetInput,
  SetDatasetRowAccessInput,
  UpdateDatasetInput,
} from './datasets.inputs';
import { DatasetsRepository } from './datasets.repository';

const METADATA_FIELDS = [
  'title',
  'description',
  'identifier',
  'publisherOrganisationId',
  'creatorOrganisationId',
  'contactName',
  'contactEmail',
  'theme',
  'licence',
  'accessClass',
  'legalBasis',
  'updateFrequency',
  'temporalStart',
  'temporalEnd',
  'spatialCoverage',
  'source',
  'keywords',
] as const;

/** Dataset metadata and who may read the rows; versions are DatasetUploadService's. */
@Injectable()
export class DatasetsService {
  constructor(
    private readonly datasets: DatasetsRepository,
    private readonly projects: ProjectsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly search: SearchIndex,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Only called behind a guard that found the dataset, so it exists. */
  async get(id: string): Promise<Dataset> {
    return (await this.datasets.findById(id))!;
  }

  byProject(projectId: string): Promise<Dataset[]> {
    return this.datasets.byProject(projectId);
  }

  async create(input: CreateDatasetInput, principal: Principal): Promise<Dataset> {
    const user = signedInUser(principal);
    const id = randomUUID();
    const dataset = Object.assign(new Dataset(), {
      id,
      projectId: input.projectId,
      ownerOrganisationId: user.organisationId,
      identifier: `urn:uuid:${id}`,
      publisherOrganisationId: user.organisationId,
      creatorOrganisationId: user.organisationId,
      legalBasis: null,
      temporalStart: null,
      temporalEnd: null,
      spatialCoverage: '',
      source: '',
      keywords: [],
      createdById: user.id,
      createdAt: this.clock.now(),
    });
    await this.apply(dataset, input);
    const rowOrganisationIds = await this.checkRowOrganisations(
      dataset,
      input.rowOrganisationIds,
      'rowOrganisationIds',
    );
    return this.unitOfWork.run(async (m) => {
      const saved = await this.datasets.save(m, dataset);
      await this.datasets.replaceRowOrganisations(m, saved.id, rowOrganisationIds);
      await this.search.upsert(m, datasetSearchDocument(saved));
      await this.record(m, principal, saved, 'dataset.created', {
        title: saved.title,
        accessClass: saved.accessClass,
        rowOrganisationIds,
      });
      return saved;
    });
  }

  async update(input: UpdateDatasetInput, principal: Principal): Promise<Dataset> {
    const dataset = await this.get(input.id);
    const fields = await this.apply(dataset, input);
    return this.unitOfWork.run(async (m) => {
      const saved = await this.datasets.save(m, dataset);
      await this.search.upsert(m, datasetSearchDocument(saved));
      await this.record(m, principal, saved, 'dataset.updated', { fields });
      return saved;
    });
  }

  async setRowAccess(input: SetDatasetRowAccessInput, principal: Principal): Promise<Dataset> {
    const dataset = await this.get(input.datasetId);
    const ids = await this.checkRowOrganisations(dataset, input.organisationIds, 'organisationIds');
    return this.unitOfWork.run(async (m) => {
      await this.datasets.replaceRowOrganisations(m, dataset.id, ids);
      await this.record(m, principal, dataset, 'dataset.rowAccess.changed', {
        organisationIds: ids,
      });
      return dataset;
    });
  }

  /** Copies the given fields onto `dataset` and checks the result; returns what changed. */
  private async apply(
    dataset: Dataset,
    input: Partial<Record<(typeof METADATA_FIELDS)[number], unknown>>,
  ): Promise<string[]> {
    const changed: string[] = [];
    for (const field of METADATA_FIELDS) {
      const value = input[field];
      if (value === undefined) continue;
      const clean =
        typeof value === 'string'
          ? value.trim()
          : field === 'keywords'
            ? normalKeywords(value as string[])
            : value;
      Object.assign(dataset, { [field]: clean === '' && isNullable(field) ? null : clean });
      changed.push(field);
    }
    assertCompleteMetadata(dataset);
    for (const field of ['publisherOrganisationId', 'creatorOrganisationId'] as const) {
      if (changed.includes(field) && !(await this.organisations.findById(dataset[field]))) {
        throw unknownOrganisation(field);
      }
    }
    return changed;
  }

  /** Row readers must take part in the project; the owner needs no entry. */
  private async checkRowOrganisations(
    dataset: Dataset,
    ids: readonly string[],
    field: string,
  ): Promise<string[]> {
    const project = (await this.projects.findById(dataset.projectId))!;
    const inProject = new Set([
      project.ownerOrganisationId,
      ...(await this.projects.partnerIds(dataset.projectId)),
    ]);
    const unique = [...new Set(ids)].filter((id) => id !== dataset.ownerOrganisationId);
    if (!unique.every((id) => inProject.has(id))) throw notInProject(field);
    return unique;
  }

  private record(
    m: EntityManager,
    principal: Principal,
    dataset: Dataset,
    action: ProjectActivityAction,
    detail: Record<string, unknown>,
  ) {
    return this.activity.record(m, principal, {
      action,
      objectType: 'dataset',
      objectId: dataset.id,
      projectId: dataset.projectId,
      detail,
    });
  }
}

function isNullable(field: string): boolean {
  return field === 'legalBasis' || field === 'temporalStart' || field === 'temporalEnd';
}

/** Keywords compare without case or extra spaces, like hypothesis tags. */
function normalKeywords(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map((k) => k.trim().replace(/\s+/g, ' ').toLowerCase()))].filter(
    Boolean,
  );
}
