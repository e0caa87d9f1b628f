import { Injectable } from '@nestjs/common';
import type { HypothesisStatus } from '@ketenlab/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { User } from '../accounts/user.entity';
import { ActivityService } from '../activity/activity.service';
import type { Principal } from '../auth/principal';
import { anonymousPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { HypothesesRepository } from '../hypotheses/hypotheses.repository';
import { HypothesisEvidence } from '../hypotheses/hypothesis-evidence.entity';
import { hypothesisSearchDocument } from '../hypotheses/hypothesis-search';
import { HypothesisTransition } from '../hypotheses/hypothesis-transition.entity';
import { Hypothesis } from '../hypotheses/hypothesis.entity';
import { Question } from '../questions/question.entity';
import { QuestionsRepository } from '../questions/questions.repository';
import { SearchIndex } from '../search/search-index';
import { DEMO_RESEARCH, type DemoHypothesis } from './demo-research';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The demo's people by e-mail and organisations by key, as the demo seed created them. */
export interface SeedContext {
  people: ReadonlyMap<string, User>;
  organisationIds: ReadonlyMap<string, string>;
}

function principalOf(context: SeedContext, email: string): Principal {
  return { ...anonymousPrincipal('seed'), user: context.people.get(email)!, origin: 'web' };
}

/**
 * Writes the demo project's question and hypotheses, with the same rows, history, search entries
 * and activity the API writes when people do it, inside the demo seed's transaction.
 */
@Injectable()
export class DemoResearchSeeder {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly hypotheses: HypothesesRepository,
    private readonly search: SearchIndex,
    private readonly activity: ActivityService,
    private readonly clock: Clock,
  ) {}

  async seed(m: EntityManager, projectId: string, lead: User, context: SeedContext): Promise<void> {
    const now = this.clock.now().getTime();
    const question = await this.questions.save(
      m,
      Object.assign(new Question(), {
        id: randomUUID(),
        projectId,
        title: DEMO_RESEARCH.question,
        status: 'draft',
        createdById: lead.id,
        bodyText: '',
        bodyHtml: '',
      }),
    );
    await this.search.upsert(m, {
      kind: 'question',
      objectId: question.id,
      projectId,
      title: question.title,
      body: '',
    });
    await this.activity.record(m, principalOf(context, lead.email), {
      action: 'question.created',
      objectType: 'question',
      objectId: question.id,
      projectId,
    });
    for (const demo of DEMO_RESEARCH.hypotheses) {
      await this.seedHypothesis(m, demo, question, new Date(now - demo.daysAgo * DAY_MS), context);
    }
  }

  private async seedHypothesis(
    m: EntityManager,
    demo: DemoHypothesis,
    question: Question,
    proposedAt: Date,
    context: SeedContext,
  ): Promise<void> {
    const { people, organisationIds } = context;
    const owner = people.get(demo.owner)!;
    const status: HypothesisStatus = demo.moves.at(-1)?.to ?? 'proposed';
    const hypothesis = await this.hypotheses.save(
      m,
      Object.assign(new Hypothesis(), {
        id: randomUUID(),
        projectId: question.projectId,
        questionId: question.id,
        statement: demo.statement,
        rationale: demo.rationale,
        expectedDirection: demo.expectedDirection,
        status,
        ownerId: owner.id,
        createdById: owner.id,
        createdAt: proposedAt,
      }),
    );
    await this.hypotheses.replaceTags(m, hypothesis.id, demo.tags);
    await this.hypotheses.replacePartners(
      m,
      hypothesis.id,
      demo.partners.map((key) => organisationIds.get(key)!),
    );
    const steps = [{ to: 'proposed' as const, by: demo.owner, rationale: '' }, ...demo.moves];
    let from: HypothesisStatus | null = null;
    for (const [sequence, step] of steps.entries()) {
      const transitionId = randomUUID();
      await this.hypotheses.recordTransition(
        m,
        Object.assign(new HypothesisTransition(), {
          id: transitionId,
          hypothesisId: hypothesis.id,
          sequence,
          fromStatus: from,
          toStatus: step.to,
          actorId: people.get(step.by)!.id,
          rationale: step.rationale,
          createdAt: new Date(proposedAt.getTime() + sequence * DAY_MS),
        }),
        ('sources' in step ? (step.sources ?? []) : []).map((source, position) =>
          Object.assign(new HypothesisEvidence(), {
            id: randomUUID(),
            transitionId,
            position,
            kind: 'external',
            targetId: null,
            quote: null,
            url: source.url,
            title: source.title,
          }),
        ),
      );
      await this.activity.record(m, principalOf(context, step.by), {
        action: from === null ? 'hypothesis.proposed' : 'hypothesis.statusChanged',
        objectType: 'hypothesis',
        objectId: hypothesis.id,
        projectId: question.projectId,
        detail:
          from === null
            ? { questionId: question.id, statement: demo.statement }
            : { from, to: step.to },
      });
      from = step.to;
    }
    await this.search.upsert(m, hypothesisSearchDocument(hypothesis, demo.tags));
  }
}
