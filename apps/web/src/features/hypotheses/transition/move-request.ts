import { transitionRule, type HypothesisStatus, type TransitionRule } from '@ketenlab/domain';

/** The hypothesis being moved, as much of it as a move needs. */
export interface MovableHypothesis {
  id: string;
  statement: string;
  status: HypothesisStatus;
  questionId: string;
  projectId: string;
  allowedTransitions: readonly HypothesisStatus[];
}

export interface MoveRequest {
  hypothesis: MovableHypothesis;
  to: HypothesisStatus;
  rule: TransitionRule;
}

/** The move, if the lifecycle has it and the API said this user may make it. */
export function moveRequest(
  hypothesis: MovableHypothesis,
  to: HypothesisStatus,
): MoveRequest | null {
  const rule = transitionRule(hypothesis.status, to);
  return rule && hypothesis.allowedTransitions.includes(to) ? { hypothesis, to, rule } : null;
}

/**
 * Moves that ask first: those that need a reason or evidence, and withdrawing, which is final
 * (its reason is optional, but nobody should withdraw by a slip of the mouse).
 */
export function asksFirst(request: MoveRequest): boolean {
  return request.rule.needsRationale || request.rule.needsEvidence || request.to === 'withdrawn';
}
