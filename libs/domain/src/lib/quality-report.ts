import { allowsProject, organisationRuleOf } from './permissions';
import type { ProjectRelation } from './roles';

/**
 * A quality report (terugmelding): someone who may see a dataset doubts it on one dimension,
 * optionally about one column. The dataset's owner organisation handles it.
 *
 *   open ──answer (owner)──▶ answered ──reply (anyone else)──▶ open
 *   open | answered ──confirm (owner: a fixing version or a note)──▶ confirmed
 *   open | answered ──reject (owner: a reason)──▶ rejected
 *
 * Confirmed and rejected are final: whoever still doubts files a new report, so a resolution
 * (and the flags a confirmation raised) never changes under anyone's feet. A reply by the owner
 * side leaves the report `answered` (the ball is with the reporter); a reply by anyone else
 * reopens an answered report (the ball is back with the owner). Open and answered both count as
 * unresolved: both show in the badge.
 *
 * "The owner side" is a member with an editing role who belongs to the dataset's owner
 * organisation: the matrix action `qualityReport.handle` (its roles and its `owner`
 * organisation rule, which the API's guard applies).
 */
export const QUALITY_DIMENSIONS = [
  'completeness',
  'timeliness',
  'accuracy',
  'consistency',
] as const;
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];

export const QUALITY_REPORT_STATES = ['open', 'answered', 'confirmed', 'rejected'] as const;
export type QualityReportState = (typeof QUALITY_REPORT_STATES)[number];

export const UNRESOLVED_QUALITY_REPORT_STATES = ['open', 'answered'] as const;

/** What one can do to a report; each has its own mutation. */
export const QUALITY_REPORT_MOVES = ['reply', 'confirm', 'reject'] as const;
export type QualityReportMove = (typeof QUALITY_REPORT_MOVES)[number];

/** Who acts: their relation to the dataset's project and whether their organisation owns it. */
export interface QualityReportActor {
  relation: ProjectRelation;
  inOwnerOrganisation: boolean;
}

export function isUnresolvedQualityReport(state: QualityReportState): boolean {
  return (UNRESOLVED_QUALITY_REPORT_STATES as readonly string[]).includes(state);
}

/** Whether `actor` answers, confirms and rejects for the dataset's owner. */
export function handlesQualityReports(actor: QualityReportActor): boolean {
  return (
    allowsProject('qualityReport.handle', actor.relation) &&
    (organisationRuleOf('qualityReport.handle') !== 'owner' || actor.inOwnerOrganisation)
  );
}

/** The moves `actor` may make on a report in `state`, in the order the web offers them. */
export function qualityReportMoves(
  state: QualityReportState,
  actor: QualityReportActor,
): QualityReportMove[] {
  if (!isUnresolvedQualityReport(state)) return [];
  const moves: QualityReportMove[] = [];
  if (allowsProject('qualityReport.reply', actor.relation)) moves.push('reply');
  if (handlesQualityReports(actor)) moves.push('confirm', 'reject');
  return moves;
}

/** Where a report stands after `actor` replies: answered by the owner side, else open again. */
export function stateAfterReply(actor: QualityReportActor): QualityReportState {
  return handlesQualityReports(actor) ? 'answered' : 'open';
}
