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
  /** Dataset metadata, versions and the shape of their profiles (no values from rows). */
  'dataset.read': { scope: 'project', allow: MEMBERS },
  'dataset.create': { scope: 'project', allow: EDITORS },
  /**
   * The metadata (description, publisher, licence, ...) is the owner organisation's to keep, as
   * DCAT publisher. A lead from another organisation may not change it either: being responsible
   * for the project is not being responsible for another organisation's data description; a
   * lead who doubts it files a quality report, which the owner handles.
   */
  'dataset.update': { scope: 'project', allow: EDITORS, organisations: 'owner' },
  /**
   * Rows and everything read from them (preview, sample rows, frequent values, min/max,
   * histograms, downloads): members of the owner organisation or one it allowed (dataset.ts).
   */
  'dataset.rows.read': { scope: 'project', allow: MEMBERS, organisations: 'rowReaders' },
  /** Uploading a version hands over rows, so it is for those who may read them. */
  'dataset.upload': { scope: 'project', allow: EDITORS, organisations: 'rowReaders' },
  /** Which organisations see the rows is the owner organisation's call alone. */
  'dataset.access.manage': { scope: 'project', allow: EDITORS, organisations: 'owner' },
  /** Asking every organisation of the project to sign off on a question and its hypotheses. */
  'question.requestRegistration': { scope: 'project', allow: ['lead'] },
  /**
   * Signing off on a registration round; only for one's own organisation, once per round
   * (maySignOff in registration.ts adds those conditions).
   */
  'question.signOffRegistration': { scope: 'project', allow: EDITORS },
  /** Reading, filing and replying to quality reports: anyone who may see the dataset. */
  'qualityReport.read': { scope: 'project', allow: MEMBERS },
  'qualityReport.file': { scope: 'project', allow: MEMBERS },
  'qualityReport.reply': { scope: 'project', allow: MEMBERS },
  /** Answering, confirming and rejecting: editing members of the dataset's owner organisation. */
  'qualityReport.handle': { scope: 'project', allow: EDITORS, organisations: 'owner' },
  /** Who changed data that something relies on, and who acknowledged it: members, as the dependant. */
  'dataChange.read': { scope: 'project', allow: MEMBERS },
  /** Saying one has looked at a "data changed since" flag on something one works on. */
  'dataChange.acknowledge': { scope: 'project', allow: EDITORS },
} as const satisfies Record<string, PermissionRule>;

export type PermissionRule =
  | { scope: 'platform'; allow: readonly PlatformRelation[] }
  | {
      scope: 'project';
      allow: readonly ProjectRelation[];
      /**
       * A further rule on the caller's organisation, for objects owned by one organisation
       * inside a project (datasets): `rowReaders` are the owner and the organisations it
       * allowed, `owner` the owner alone.
       */
      organisations?: OrganisationRule;
    };

export type OrganisationRule = 'rowReaders' | 'owner';

/** An object owned by one organisation that lets others read its rows. */
export interface OrganisationOwned {
  ownerOrganisationId: string;
  rowOrganisationIds: readonly string[];
}

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

/** The organisation rule an action carries, if any. */
export function organisationRuleOf(action: ProjectAction): OrganisationRule | undefined {
  const rule: PermissionRule = PERMISSIONS[action];
  return rule.scope === 'project' ? rule.organisations : undefined;
}

/** Whether `organisationId` passes the organisation rule of `action` on `object`. */
export function allowsOrganisation(
  action: ProjectAction,
  organisationId: string,
  object: OrganisationOwned,
): boolean {
  switch (organisationRuleOf(action)) {
    case undefined:
      return true;
    case 'owner':
      return organisationId === object.ownerOrganisationId;
    case 'rowReaders':
      return (
        organisationId === object.ownerOrganisationId ||
        object.rowOrganisationIds.includes(organisationId)
      );
  }
}
