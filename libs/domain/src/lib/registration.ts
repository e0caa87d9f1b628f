import type { ProjectRelation } from './roles';
import { allowsProject } from './permissions';

/**
 * Preregistration of a research question: before the data is read, every organisation of the
 * project signs off on the question text and its hypotheses. A lead opens a round
 * (`requested`); it ends `registered` when every organisation has approved, or
 * `changes_requested` as soon as one asks for changes. A new request supersedes a round that is
 * still open. A registered round stays registered; a later registered round (an amended
 * registration) takes its place as the one in force, and the history keeps both.
 */
export const REGISTRATION_STATUSES = [
  'requested',
  'registered',
  'changes_requested',
  'superseded',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const SIGN_OFF_DECISIONS = ['approve', 'request_changes'] as const;
export type SignOffDecision = (typeof SIGN_OFF_DECISIONS)[number];

export function isOpenRegistration(status: RegistrationStatus): boolean {
  return status === 'requested';
}

/**
 * Who signs off: the project's own organisation and every partner organisation, each once,
 * the owner first, then the partners in the order given. The owner is a party to the research like any partner, so the registration
 * is binding on it too. The list is fixed when the round is requested; a partner added later
 * signs off in the next round.
 */
export function signatoryOrganisations(project: {
  ownerOrganisationId: string;
  partnerOrganisationIds: readonly string[];
}): string[] {
  return [...new Set([project.ownerOrganisationId, ...project.partnerOrganisationIds])];
}

/** What a round becomes after its sign-offs so far: one request for changes closes it. */
export function roundOutcome(decisions: ReadonlyArray<SignOffDecision | null>): RegistrationStatus {
  if (decisions.includes('request_changes')) return 'changes_requested';
  if (decisions.length > 0 && decisions.every((d) => d === 'approve')) return 'registered';
  return 'requested';
}

/**
 * Whether someone may sign off for `organisationId` now: the round is open, that organisation
 * has not decided yet, the person belongs to it and their role edits the question
 * (`question.signOffRegistration`). Observers, visitors and outsiders never sign.
 */
export function maySignOff(actor: {
  relation: ProjectRelation;
  organisationId: string;
  roundStatus: RegistrationStatus;
  signOff: { organisationId: string; decision: SignOffDecision | null };
}): boolean {
  return (
    isOpenRegistration(actor.roundStatus) &&
    actor.signOff.decision === null &&
    actor.signOff.organisationId === actor.organisationId &&
    allowsProject('question.signOffRegistration', actor.relation)
  );
}
