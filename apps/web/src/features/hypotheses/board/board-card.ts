import type { HypothesisCardFieldsFragment } from '../../../gql/graphql';

export type BoardHypothesis = HypothesisCardFieldsFragment;

/** Pieces of evidence cited over the hypothesis's whole history. */
export function evidenceCount(hypothesis: BoardHypothesis): number {
  return hypothesis.history.reduce((sum, transition) => sum + transition.evidence.length, 0);
}

/**
 * Where keyboard focus goes on a card that has just moved: its Move button in the new column,
 * or its link when this user cannot move it further.
 */
export function focusCardIn(status: string, hypothesisId: string): boolean {
  const card = document.querySelector(
    `[data-status="${CSS.escape(status)}"] [data-hypothesis="${CSS.escape(hypothesisId)}"]`,
  );
  const target =
    card?.querySelector<HTMLElement>('[data-move-handle]') ?? card?.querySelector<HTMLElement>('a');
  target?.focus();
  return Boolean(target);
}
