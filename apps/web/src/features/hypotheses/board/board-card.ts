import type { HypothesisCardFieldsFragment } from '../../../gql/graphql';

export type BoardHypothesis = HypothesisCardFieldsFragment;

/** Pieces of evidence cited over the hypothesis's whole history. */
export function evidenceCount(hypothesis: BoardHypothesis): number {
  return hypothesis.history.reduce((sum, transition) => sum + transition.evidence.length, 0);
}

/** The move handle of a card, found again after the card has moved to another column. */
export const moveHandleSelector = (hypothesisId: string) =>
  `[data-move-handle="${CSS.escape(hypothesisId)}"]`;
