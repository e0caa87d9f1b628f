import { Injectable } from '@nestjs/common';
import {
  calendarMonthOf,
  daysBefore,
  HYPOTHESIS_STATUSES,
  VERDICTS,
  type HypothesisStatus,
} from '@ketenlab/domain';
import { Clock } from '../common/clock';
import type { Project } from '../projects/project.entity';
import { HypothesisProgressRepository } from './hypothesis-progress.repository';
import type {
  HypothesisProgress,
  HypothesisStatusCount,
  QuestionProgress,
} from './hypothesis-progress.types';

/** Counts in the order the statuses are listed, with zeros for those that have none. */
function inOrder(
  statuses: readonly HypothesisStatus[],
  counts: ReadonlyMap<HypothesisStatus, number>,
): HypothesisStatusCount[] {
  return statuses.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/**
 * A project's progress on its hypotheses. "Activity" is a proposal, an edit or a move (a move
 * carries its evidence), as kept in `Hypothesis.lastActivityAt`; only open hypotheses can be
 * stale, since a verdict or a withdrawal is an end.
 */
@Injectable()
export class HypothesisProgressService {
  constructor(
    private readonly progress: HypothesisProgressRepository,
    private readonly clock: Clock,
  ) {}

  async of(project: Project, staleFirst: number): Promise<HypothesisProgress> {
    const now = this.clock.now();
    const month = calendarMonthOf(now);
    const staleSince = daysBefore(now, project.staleAfterDays);
    const counts = await this.progress.countsByQuestion(project.id);
    const verdicts = await this.progress.verdictsBetween(project.id, month.start, month.end);
    const [stale, staleCount] = await this.progress.stale(project.id, staleSince, staleFirst);

    const questions = new Map<string, { title: string; counts: Map<HypothesisStatus, number> }>();
    for (const row of counts) {
      const entry = questions.get(row.questionId) ?? { title: row.title, counts: new Map() };
      if (row.status) entry.counts.set(row.status, row.count);
      questions.set(row.questionId, entry);
    }
    const verdictCounts = new Map(verdicts.map((v) => [v.status, v.count]));
    return {
      questions: [...questions].map(([questionId, entry]): QuestionProgress => ({
        questionId,
        title: entry.title,
        total: [...entry.counts.values()].reduce((a, b) => a + b, 0),
        counts: inOrder(HYPOTHESIS_STATUSES, entry.counts),
      })),
      verdictsThisMonth: {
        ...month,
        total: verdicts.reduce((sum, v) => sum + v.count, 0),
        counts: inOrder(VERDICTS, verdictCounts),
      },
      staleAfterDays: project.staleAfterDays,
      staleSince,
      staleCount,
      stale,
    };
  }
}
