/**
 * What a person is told in the app, addressed to them alone. Nobody is told about what they did
 * themselves: the rules that pick recipients live with each kind.
 */
export const NOTIFICATION_KINDS = [
  /** A hypothesis you own moved to another status, by someone else. */
  'hypothesis_status_changed',
  /** Someone asks you to sign something off (a pre-registration, a conclusion…). */
  'sign_off_requested',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Of `candidates`, who hears about a change made by `actorId`: everyone else, once each. */
export function notificationRecipients(
  candidates: readonly string[],
  actorId: string | null,
): string[] {
  return [...new Set(candidates)].filter((id) => id !== actorId);
}
