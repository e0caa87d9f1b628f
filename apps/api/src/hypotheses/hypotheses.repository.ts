import { Injectable } from '@nestjs/common';
import type { HypothesisStatus } from '@ketenlab/domain';
import { DataSource, EntityManager } from 'typeorm';
import { HypothesisEvidence } from './hypothesis-evidence.entity';
import { HypothesisPartner } from './hypothesis-partner.entity';
import { HypothesisTag } from './hypothesis-tag.entity';
import { HypothesisTransition } from './hypothesis-transition.entity';
import { Hypothesis } from './hypothesis.entity';

export interface BoardFilter {
  questionId?: string;
  ownerId?: string;
  partnerOrganisationId?: string;
  tag?: string;
}

/*
 * What hangs off hypotheses is read as plain rows, not entities: a board of 500 reads some
 * 4,000 of them, and TypeORM's hydration of so many cost more than the statements
 * (docs/benchmarks.md).
 */
export type TagRow = Pick<HypothesisTag, 'hypothesisId' | 'tag'>;
export type PartnerRow = Pick<HypothesisPartner, 'hypothesisId' | 'organisationId'>;
export type TransitionRow = Pick<
  HypothesisTransition,
  'id' | 'hypothesisId' | 'fromStatus' | 'toStatus' | 'actorId' | 'rationale' | 'createdAt'
>;
export type EvidenceRow = Pick<
  HypothesisEvidence,
  'id' | 'transitionId' | 'kind' | 'targetId' | 'quote' | 'url' | 'title'
>;

@Injectable()
export class HypothesesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findById(id: string, manager: EntityManager = this.manager): Promise<Hypothesis | null> {
    return manager.findOneBy(Hypothesis, { id });
  }

  async idsByQuestion(manager: EntityManager, questionId: string): Promise<string[]> {
    const rows = await manager.find(Hypothesis, { where: { questionId }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  async projectIdOf(id: string): Promise<string | null> {
    const row = await this.manager.findOne(Hypothesis, {
      where: { id },
      select: { projectId: true },
    });
    return row?.projectId ?? null;
  }

  /** One statement whatever the filter: tags and partners are matched by sub-queries. */
  board(projectId: string, filter: BoardFilter): Promise<Hypothesis[]> {
    const query = this.manager
      .createQueryBuilder(Hypothesis, 'h')
      .where('h.projectId = :projectId', { projectId })
      .orderBy('h.createdAt', 'ASC')
      .addOrderBy('h.id', 'ASC');
    if (filter.questionId) query.andWhere('h.questionId = :questionId', filter);
    if (filter.ownerId) query.andWhere('h.ownerId = :ownerId', filter);
    if (filter.partnerOrganisationId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM hypothesis_partners p WHERE p."hypothesisId" = h.id AND p."organisationId" = :partnerOrganisationId)`,
        filter,
      );
    }
    if (filter.tag) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM hypothesis_tags t WHERE t."hypothesisId" = h.id AND t.tag = :tag)`,
        filter,
      );
    }
    return query.getMany();
  }

  save(manager: EntityManager, hypothesis: Hypothesis): Promise<Hypothesis> {
    return manager.save(Hypothesis, hypothesis);
  }

  /**
   * Moves the status only if it is still `from`: of two moves racing from the same status, the
   * second finds nothing to update (PostgreSQL re-checks the row after the first commits).
   * A move is activity, so it also moves `lastActivityAt` to `at`.
   */
  async compareAndSetStatus(
    manager: EntityManager,
    id: string,
    from: HypothesisStatus,
    to: HypothesisStatus,
    at: Date,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Hypothesis)
      .set({ status: to, lastActivityAt: at })
      .where('id = :id AND status = :from', { id, from })
      .execute();
    return result.affected === 1;
  }

  async replaceTags(manager: EntityManager, hypothesisId: string, tags: readonly string[]) {
    await manager.delete(HypothesisTag, { hypothesisId });
    if (tags.length)
      await manager.insert(
        HypothesisTag,
        tags.map((tag) => ({ hypothesisId, tag })),
      );
  }

  async replacePartners(
    manager: EntityManager,
    hypothesisId: string,
    organisationIds: readonly string[],
  ) {
    await manager.delete(HypothesisPartner, { hypothesisId });
    if (organisationIds.length) {
      await manager.insert(
        HypothesisPartner,
        organisationIds.map((organisationId) => ({ hypothesisId, organisationId })),
      );
    }
  }

  tagsOf(hypothesisIds: readonly string[]): Promise<TagRow[]> {
    return this.manager
      .createQueryBuilder(HypothesisTag, 't')
      .select('t.hypothesisId', 'hypothesisId')
      .addSelect('t.tag', 'tag')
      .where('t.hypothesisId IN (:...hypothesisIds)', { hypothesisIds })
      .orderBy('t.tag', 'ASC')
      .getRawMany<TagRow>();
  }

  partnersOf(hypothesisIds: readonly string[]): Promise<PartnerRow[]> {
    return this.manager
      .createQueryBuilder(HypothesisPartner, 'p')
      .select('p.hypothesisId', 'hypothesisId')
      .addSelect('p.organisationId', 'organisationId')
      .where('p.hypothesisId IN (:...hypothesisIds)', { hypothesisIds })
      .getRawMany<PartnerRow>();
  }

  transitionCount(manager: EntityManager, hypothesisId: string): Promise<number> {
    return manager.countBy(HypothesisTransition, { hypothesisId });
  }

  async recordTransition(
    manager: EntityManager,
    transition: HypothesisTransition,
    evidence: readonly HypothesisEvidence[],
  ): Promise<void> {
    await manager.insert(HypothesisTransition, transition);
    if (evidence.length) await manager.insert(HypothesisEvidence, [...evidence]);
  }

  async transitionsOf(hypothesisIds: readonly string[]): Promise<TransitionRow[]> {
    const rows = await this.manager
      .createQueryBuilder(HypothesisTransition, 't')
      .select('t.id', 'id')
      .addSelect('t.hypothesisId', 'hypothesisId')
      .addSelect('t.fromStatus', 'fromStatus')
      .addSelect('t.toStatus', 'toStatus')
      .addSelect('t.actorId', 'actorId')
      .addSelect('t.rationale', 'rationale')
      .addSelect('t.createdAt', 'createdAt')
      .where('t.hypothesisId IN (:...hypothesisIds)', { hypothesisIds })
      .orderBy('t.hypothesisId', 'ASC')
      .addOrderBy('t.sequence', 'ASC')
      .getRawMany<TransitionRow>();
    const createdAt = this.dataSource
      .getMetadata(HypothesisTransition)
      .findColumnWithPropertyName('createdAt')!;
    for (const row of rows) {
      row.createdAt = this.dataSource.driver.prepareHydratedValue(row.createdAt, createdAt);
    }
    return rows;
  }

  /**
   * Hypotheses relying on a dataset: any move of theirs cited it. Withdrawn ones rely on
   * nothing any more.
   */
  citingDataset(manager: EntityManager, datasetId: string): Promise<Hypothesis[]> {
    return manager
      .createQueryBuilder(Hypothesis, 'h')
      .select(['h.id', 'h.projectId'])
      .where(`h.status <> 'withdrawn'`)
      .andWhere(
        `EXISTS (SELECT 1 FROM hypothesis_evidence e
          INNER JOIN hypothesis_transitions t ON t.id = e."transitionId"
          WHERE t."hypothesisId" = h.id AND e.kind = 'dataset' AND e."targetId" = :datasetId)`,
        { datasetId },
      )
      .orderBy('h.id')
      .getMany();
  }

  /** The evidence of every transition of these hypotheses, in citing order. */
  evidenceOf(hypothesisIds: readonly string[]): Promise<EvidenceRow[]> {
    return this.manager
      .createQueryBuilder(HypothesisEvidence, 'e')
      .innerJoin(HypothesisTransition, 't', 't.id = e.transitionId')
      .select('e.id', 'id')
      .addSelect('e.transitionId', 'transitionId')
      .addSelect('e.kind', 'kind')
      .addSelect('e.targetId', 'targetId')
      .addSelect('e.quote', 'quote')
      .addSelect('e.url', 'url')
      .addSelect('e.title', 'title')
      .where('t.hypothesisId IN (:...hypothesisIds)', { hypothesisIds })
      .orderBy('e.transitionId', 'ASC')
      .addOrderBy('e.position', 'ASC')
      .getRawMany<EvidenceRow>();
  }
}
