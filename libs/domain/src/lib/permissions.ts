import type { PlatformRelation, ProjectRelation } from './roles';

/**
 * The permission matrix: the one place that decides who may do what. The API enforces it on
 * every resolver and field (deny by default: an action missing here cannot be declared); the web
 * reads it only to hide what the API would refuse.
 *
 * Platform actions are decided by the caller's platform relation; project actions by the
 * caller's relation to the project in question.
 */
const MEMBERS = ['lead', 'moderator', 'contributor', 'observer'] as const;
const EDITORS = ['lead', 'moderator', 'contributor'] as const;
const SIGNED_IN = ['user', 'admin'] as const;

export const PERMISSIONS = {
  // Platform scope
  'auth.signIn': { scope: 'platform', allow: ['anonymous', 'user', 'admin'] },
  'auth.acceptInvitation': { scope: 'platform', allow: ['anonymous', 'user', 'admin'] },
  'auth.self': { scope: 'platform', allow: SIGNED_IN },
  'organisation.read': { scope: 'platform', allow: SIGNED_IN },
  'organisation.manage': { scope: 'platform', allow: ['admin'] },
  'account.read': { scope: 'platform', allow: ['admin'] },
  'account.manage': { scope: 'platform', allow: ['admin'] },
  'project.create': { scope: 'platform', allow: SIGNED_IN },
  'project.list': { scope: 'platform', allow: SIGNED_IN },
  'search.query': { scope: 'platform', allow: SIGNED_IN },
  /** Your own notifications only: every query is bounded to the caller as recipient. */
  'notification.read': { scope: 'platform', allow: SIGNED_IN },
  'notification.markRead': { scope: 'platform', allow: SIGNED_IN },
  // Project scope
  'project.read': { scope: 'project', allow: [...MEMBERS, 'visitor'] },
  'project.update': { scope: 'project', allow: ['lead'] },
  'project.members.read': { scope: 'project', allow: MEMBERS },
  'project.members.manage': { scope: 'project', allow: ['lead'] },
  'project.activity.read': { scope: 'project', allow: MEMBERS },
  /** Remembering when you last looked at a project, for "since your last visit". */
  'project.markSeen': { scope: 'project', allow: MEMBERS },
  'question.read': { scope: 'project', allow: MEMBERS },
  'question.create': { scope: 'project', allow: EDITORS },
  'question.rename': { scope: 'project', allow: EDITORS },
  'question.setStatus': { scope: 'project', allow: ['lead', 'moderator'] },
  'question.delete': { scope: 'project', allow: ['lead'] },
  /** Co-editing the body, saving and restoring named versions. Observers read only. */
  'question.edit': { scope: 'project', allow: EDITORS },
  'hypothesis.read': { scope: 'project', allow: MEMBERS },
  'hypothesis.propose': { scope: 'project', allow: EDITORS },
  /** Editing the text, partners and tags of an open hypothesis. */
  'hypothesis.update': { scope: 'project', allow: EDITORS },
  /** Giving a hypothesis to another owner. */
  'hypothesis.reassign': { scope: 'project', allow: ['lead'] },
  /**
   * May ask to move a hypothesis at all. Which moves follow from the actions below, named per
   * move in HYPOTHESIS_TRANSITIONS (hypothesis.ts).
   */
  'hypothesis.transition': { scope: 'project', allow: EDITORS },
  'hypothesis.investigate': { scope: 'project', allow: EDITORS },
  /** Setting a verdict (supported, refuted, inconclusive) is the lead's call. */
  'hypothesis.judge': { scope: 'project', allow: ['lead'] },
  'hypothesis.reopen': { scope: 'project', allow: ['lead'] },
  /** Withdrawing someone else's hypothesis; owners may withdraw their own (withdrawOwn). */
  'hypothesis.withdraw': { scope: 'project', allow: ['lead'] },
  'hypothesis.withdrawOwn': { scope: 'project', allow: EDITORS },
} as const satisfies Record<string, PermissionRule>;

export type PermissionRule =
  | { scope: 'platform'; allow: readonly PlatformRelation[] }
  | { scope: 'project'; allow: readonly ProjectRelation[] };

export type Action = keyof typeof PERMISSIONS;
export type PlatformAction = {
  [A in Action]: (typeof PERMISSIONS)[A]['scope'] extends 'platform' ? A : never;
}[Action];
export type ProjectAction = Exclude<Action, PlatformAction>;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function isPlatformAction(action: Action): action is PlatformAction {
  return PERMISSIONS[action].scope === 'platform';
}

export function allowsPlatform(action: PlatformAction, relation: PlatformRelation): boolean {
  return (PERMISSIONS[action].allow as readonly string[]).includes(relation);
}

export function allowsProject(action: ProjectAction, relation: ProjectRelation): boolean {
  return (PERMISSIONS[action].allow as readonly string[]).includes(relation);
}
