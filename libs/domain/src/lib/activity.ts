/**
 * Every action the API records in the activity log, in one place: the API may record only these,
 * and the web must have words for every one a project's feed can show (a raw code is a bug).
 */
export const PROJECT_ACTIVITY_ACTIONS = [
  'project.created',
  'project.updated',
  'project.member.added',
  'project.member.roleChanged',
  'project.member.removed',
  'question.created',
  'question.renamed',
  'question.statusChanged',
  'question.deleted',
  'question.version.saved',
  'question.version.restored',
  'question.registration.requested',
  'question.registration.signedOff',
  'question.registration.changesRequested',
  'question.registered',
  'hypothesis.proposed',
  'hypothesis.updated',
  'hypothesis.statusChanged',
  'dataset.created',
  'dataset.updated',
  'dataset.rowAccess.changed',
  'dataset.version.uploaded',
  'dataset.version.downloaded',
  'qualityReport.filed',
  'qualityReport.replied',
  'qualityReport.confirmed',
  'qualityReport.rejected',
  'dataChange.flagged',
  'dataChange.acknowledged',
] as const;
export type ProjectActivityAction = (typeof PROJECT_ACTIVITY_ACTIONS)[number];

/** Recorded without a project: they never appear in a project's feed. */
export const PLATFORM_ACTIVITY_ACTIONS = [
  'auth.signIn',
  'auth.signOut',
  'token.created',
  'token.revoked',
  'organisation.created',
  'organisation.updated',
  'account.invited',
  'account.invitationReissued',
  'account.invitationAccepted',
  'account.updated',
] as const;
export type PlatformActivityAction = (typeof PLATFORM_ACTIVITY_ACTIONS)[number];

export type ActivityAction = ProjectActivityAction | PlatformActivityAction;
