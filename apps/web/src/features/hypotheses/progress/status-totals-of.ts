import { HYPOTHESIS_STATUSES, type HypothesisStatus } from '@ketenlab/domain';

/** A question's counts per status, as `Project.hypothesisProgress.questions` gives them. */
interface QuestionCounts {
  counts: ReadonlyArray<{ status: HypothesisStatus; count: number }>;
}

/**
 * How many hypotheses of the whole project stand in each status. Every hypothesis belongs to
 * one question of the project, so the per-question counts the API made add up to the project's.
 */
export function statusTotals(
  questions: readonly QuestionCounts[],
): Array<{ status: HypothesisStatus; count: number }> {
  const totals = new Map<HypothesisStatus, number>();
  for (const question of questions) {
    for (const { status, count } of question.counts) {
      totals.set(status, (totals.get(status) ?? 0) + count);
    }
  }
  return HYPOTHESIS_STATUSES.map((status) => ({ status, count: totals.get(status) ?? 0 })).filter(
    ({ count }) => count > 0,
  );
}
