import { Injectable } from '@nestjs/common';
import { allowsProject, isOpenHypothesis, type ProjectActivityAction } from '@ketenlab/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ActivityService } from '../activity/activity.service';
import { signedInUser, type Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { badInput, notAllowed } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { ProjectAccess } from '../projects/project-access.service';
import { ProjectsRepository } from '../projects/projects.repository';
import { QuestionsRepository } from '../questions/questions.repository';
import { SearchIndex } from '../search/search-index';
import { HypothesisEvents } from './hypothesis-events';
import { closedHypothesis } from './hypothesis.errors';
import { HypothesisTransition } from './hypothesis-transition.entity';
import { Hypothesis } from './hypothesis.entity';
import { hypothesisSearchDocument } from './hypothesis-search';
import type { ProposeHypothesisInput, UpdateHypothesisInput } from './hypotheses.inputs';
import { HypothesesRepository, type BoardFilter } from './hypotheses.repository';

/** Proposing and editing hypotheses; their moves are HypothesisTransitionsService's. */
@Injectable()
export class HypothesesService {
  constructor(
    private readonly hypotheses: HypothesesRepository,
    private readonly questions: QuestionsRepository,
    private readonly projects: ProjectsRepository,
    private readonly access: ProjectAccess,
    private readonly search: SearchIndex,
    private readonly activity: ActivityService,
    private readonly events: HypothesisEvents,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Only called behind a guard that found the hypothesis, so it exists. */
  async get(id: string): Promise<Hypothesis> {
    return (await this.hypotheses.findById(id))!;
  }

  board(projectId: string, filter: BoardFilter = {}): Promise<Hypothesis[]> {
    return this.hypotheses.board(projectId, {
      ...filter,
      tag: filter.tag && normalTag(filter.tag),
    });
  }

  async propose(input: ProposeHypothesisInput, principal: Principal): Promise<Hypothesis> {
    const user = signedInUser(principal);
    const question = (await this.questions.findById(input.questionId))!;
    const ownerId = input.ownerId ?? user.id;
    await this.checkOwner(question.projectId, ownerId);
    const partnerIds = await this.checkPartners(question.projectId, input.partnerOrganisationIds);
    const tags = normalTags(input.tags);
    const hypothesis = Object.assign(new Hypothesis(), {
      id: randomUUID(),
      projectId: question.projectId,
      questionId: question.id,
      statement: input.statement.trim(),
      rationale: input.rationale.trim(),
      expectedDirection: input.expectedDirection ?? null,
      status: 'proposed',
      ownerId,
      createdById: user.id,
      createdAt: this.clock.now(),
    });
    hypothesis.lastActivityAt = hypothesis.createdAt;
    return this.unitOfWork.run(async (m) => {
      const saved = await this.hypotheses.save(m, hypothesis);
      await this.hypotheses.replaceTags(m, saved.id, tags);
      await this.hypotheses.replacePartners(m, saved.id, partnerIds);
      // The proposal opens the history, so the history alone tells the whole story.
      await this.hypotheses.recordTransition(
        m,
        Object.assign(new HypothesisTransition(), {
          id: randomUUID(),
          hypothesisId: saved.id,
          sequence: 0,
          fromStatus: null,
          toStatus: 'proposed',
          actorId: user.id,
          rationale: '',
          createdAt: hypothesis.createdAt,
        }),
        [],
      );
      await this.search.upsert(m, hypothesisSearchDocument(saved, tags));
      await this.record(m, principal, saved, 'hypothesis.proposed', {
        questionId: saved.questionId,
        statement: saved.statement,
      });
      this.events.changed(m, saved);
      return saved;
    });
  }

  async update(input: UpdateHypothesisInput, principal: Principal): Promise<Hypothesis> {
    const hypothesis = await this.get(input.id);
    const changesContent =
      input.statement !== undefined ||
      input.rationale !== undefined ||
      input.expectedDirection !== undefined;
    if (changesContent && !isOpenHypothesis(hypothesis.status)) {
      throw closedHypothesis(hypothesis.status);
    }
    if (input.ownerId && input.ownerId !== hypothesis.ownerId) {
      const relation = await this.access.relationOf(principal, hypothesis.projectId);
      if (!allowsProject('hypothesis.reassign', relation)) throw notAllowed();
      await this.checkOwner(hypothesis.projectId, input.ownerId);
      hypothesis.ownerId = input.ownerId;
    }
    const partnerIds =
      input.partnerOrganisationIds &&
      (await this.checkPartners(hypothesis.projectId, input.partnerOrganisationIds));
    const tags = input.tags && normalTags(input.tags);
    if (input.statement !== undefined) hypothesis.statement = input.statement.trim();
    if (input.rationale !== undefined) hypothesis.rationale = input.rationale.trim();
    if (input.expectedDirection !== undefined)
      hypothesis.expectedDirection = input.expectedDirection;
    hypothesis.lastActivityAt = this.clock.now();
    const fields = Object.keys(input).filter(
      (key) => key !== 'id' && input[key as keyof UpdateHypothesisInput] !== undefined,
    );
    return this.unitOfWork.run(async (m) => {
      const saved = await this.hypotheses.save(m, hypothesis);
      if (tags) await this.hypotheses.replaceTags(m, saved.id, tags);
      if (partnerIds) await this.hypotheses.replacePartners(m, saved.id, partnerIds);
      const currentTags = tags ?? (await this.hypotheses.tagsOf([saved.id])).map((t) => t.tag);
      await this.search.upsert(m, hypothesisSearchDocument(saved, currentTags));
      await this.record(m, principal, saved, 'hypothesis.updated', { fields });
      this.events.changed(m, saved);
      return saved;
    });
  }

  /** An owner works on the hypothesis, so they must be a member whose role edits hypotheses. */
  private async checkOwner(projectId: string, userId: string): Promise<void> {
    const membership = await this.projects.findMembership(projectId, userId);
    if (!membership || !allowsProject('hypothesis.update', membership.role)) {
      throw badInput('ownerId', 'The owner must be a project member who may edit hypotheses.');
    }
  }

  /** Partners involved must take part in the project: its owner organisation or a partner. */
  private async checkPartners(projectId: string, ids: readonly string[]): Promise<string[]> {
    const project = (await this.projects.findById(projectId))!;
    const inProject = new Set([
      project.ownerOrganisationId,
      ...(await this.projects.partnerIds(projectId)),
    ]);
    const unique = [...new Set(ids)];
    if (!unique.every((id) => inProject.has(id))) {
      throw badInput(
        'partnerOrganisationIds',
        'Only the organisations taking part in this project can be involved.',
      );
    }
    return unique;
  }

  private record(
    m: EntityManager,
    principal: Principal,
    hypothesis: Hypothesis,
    action: ProjectActivityAction,
    detail: Record<string, unknown>,
  ) {
    return this.activity.record(m, principal, {
      action,
      objectType: 'hypothesis',
      objectId: hypothesis.id,
      projectId: hypothesis.projectId,
      detail,
    });
  }
}

/** Tags compare without case or extra spaces, so "Schulden " and "schulden" are one tag. */
function normalTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').toLowerCase();
}

function normalTags(tags: readonly string[]): string[] {
  const normal = [...new Set(tags.map(normalTag))];
  if (normal.includes('')) throw badInput('tags', 'A tag cannot be empty.');
  return normal;
}
