/**
 * What a person is told in the app, addressed to them alone. Nobody is told about what they did
 * themselves: the rules that pick recipients live with each kind.
 */
export const NOTIFICATION_KINDS = [
  /** A hypothesis you own moved to another status, by someone else. */
  'hypothesis_status_changed',
  /** Someone asks you to sign something off (a pre-registration, a conclusion…). */
  'sign_off_requested',
  /** Someone reported doubt about a dataset your organisation owns (you may handle it). */
  'quality_report_filed',
  /** The reporter replied to a report about a dataset your organisation owns. */
  'quality_report_replied',
  /** The dataset owner answered, confirmed or rejected your quality report. */
  'quality_report_answered',
  'quality_report_confirmed',
  'quality_report_rejected',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Of `candidates`, who hears about a change made by `actorId`: everyone else, once each. */
export function notificationRecipients(
  candidates: readonly string[],
  actorId: string | null,
): string[] {
  return [...new Set(candidates)].filter((id) => id !== actorId);
}
