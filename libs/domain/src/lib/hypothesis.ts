import { allowsProject, type ProjectAction } from './permissions';
import type { ProjectRelation } from './roles';

/**
 * A hypothesis moves proposed → under investigation → a verdict (supported, refuted or
 * inconclusive); while open it can be withdrawn, which is final. A verdict can be reopened to
 * under investigation. The API enforces these rules and the web shows the same moves.
 */
export const HYPOTHESIS_STATUSES = [
  'proposed',
  'under_investigation',
  'supported',
  'refuted',
  'inconclusive',
  'withdrawn',
] as const;
export type HypothesisStatus = (typeof HYPOTHESIS_STATUSES)[number];

export const OPEN_HYPOTHESIS_STATUSES = ['proposed', 'under_investigation'] as const;
export const VERDICTS = ['supported', 'refuted', 'inconclusive'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What the hypothesis predicts, when it predicts a direction at all. */
export const EXPECTED_DIRECTIONS = ['increase', 'decrease', 'no_effect'] as const;
export type ExpectedDirection = (typeof EXPECTED_DIRECTIONS)[number];

export interface TransitionRule {
  from: HypothesisStatus;
  to: HypothesisStatus;
  /** The permission that allows this move on anyone's hypothesis. */
  action: ProjectAction;
  /** A weaker permission that suffices for the hypothesis's own owner. */
  ownerAction?: ProjectAction;
  /** The move must say why (stored as the transition's rationale). */
  needsRationale: boolean;
  /** The move must cite at least one piece of evidence. */
  needsEvidence: boolean;
}

const verdict = (to: Verdict): TransitionRule => ({
  from: 'under_investigation',
  to,
  action: 'hypothesis.judge',
  needsRationale: true,
  needsEvidence: true,
});
const reopen = (from: Verdict): TransitionRule => ({
  from,
  to: 'under_investigation',
  action: 'hypothesis.reopen',
  needsRationale: true,
  needsEvidence: false,
});
const withdraw = (from: HypothesisStatus): TransitionRule => ({
  from,
  to: 'withdrawn',
  action: 'hypothesis.withdraw',
  ownerAction: 'hypothesis.withdrawOwn',
  needsRationale: false,
  needsEvidence: false,
});

/** Every legal move; anything not listed is illegal for everyone. */
export const HYPOTHESIS_TRANSITIONS: readonly TransitionRule[] = [
  {
    from: 'proposed',
    to: 'under_investigation',
    action: 'hypothesis.investigate',
    needsRationale: false,
    needsEvidence: false,
  },
  ...VERDICTS.map(verdict),
  ...OPEN_HYPOTHESIS_STATUSES.map(withdraw),
  ...VERDICTS.map(reopen),
];

/** Who is trying to move a hypothesis: their relation to its project, and whether they own it. */
export interface HypothesisActor {
  relation: ProjectRelation;
  isOwner: boolean;
}

export function isOpenHypothesis(status: HypothesisStatus): boolean {
  return (OPEN_HYPOTHESIS_STATUSES as readonly string[]).includes(status);
}

export function transitionRule(
  from: HypothesisStatus,
  to: HypothesisStatus,
): TransitionRule | undefined {
  return HYPOTHESIS_TRANSITIONS.find((rule) => rule.from === from && rule.to === to);
}

export function mayPerform(rule: TransitionRule, actor: HypothesisActor): boolean {
  return (
    allowsProject(rule.action, actor.relation) ||
    (actor.isOwner &&
      rule.ownerAction !== undefined &&
      allowsProject(rule.ownerAction, actor.relation))
  );
}

/** The statuses `actor` may move a hypothesis in `from` to, in lifecycle order. */
export function allowedTransitions(
  from: HypothesisStatus,
  actor: HypothesisActor,
): HypothesisStatus[] {
  return HYPOTHESIS_TRANSITIONS.filter((rule) => rule.from === from && mayPerform(rule, actor))
    .map((rule) => rule.to)
    .sort((a, b) => HYPOTHESIS_STATUSES.indexOf(a) - HYPOTHESIS_STATUSES.indexOf(b));
}

/**
 * What a piece of evidence points at. Open by design: results and annotations join as new kinds
 * with their own target, and code that switches on `kind` is then told what it misses.
 */
export const EVIDENCE_KINDS = [
  'dataset',
  'question_version',
  'question_passage',
  'external',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export type EvidenceLink =
  | { kind: 'dataset'; targetId: string }
  | { kind: 'question_version'; targetId: string }
  /** A quoted passage of a question's body: the quote is what was cited, whatever the body says later. */
  | { kind: 'question_passage'; targetId: string; quote: string }
  | { kind: 'external'; url: string; title: string };

/** Only web links: anything else (javascript:, file:, data:) is refused as an external source. */
export function isExternalSourceUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
