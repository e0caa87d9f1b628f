/** Roles a user can hold inside one project. Order matters: earlier roles carry more power. */
export const PROJECT_ROLES = ['lead', 'moderator', 'contributor', 'observer'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/**
 * How a caller relates to a project. Members relate through their role; a signed-in user who is
 * not a member but may see the project because of its visibility is a `visitor`; anyone else is
 * an `outsider` (who must not even learn that the project exists).
 */
export const PROJECT_RELATIONS = [...PROJECT_ROLES, 'visitor', 'outsider'] as const;
export type ProjectRelation = (typeof PROJECT_RELATIONS)[number];

/** How a caller relates to the platform as a whole. */
export const PLATFORM_RELATIONS = ['anonymous', 'user', 'admin'] as const;
export type PlatformRelation = (typeof PLATFORM_RELATIONS)[number];

export function isProjectRole(value: string): value is ProjectRole {
  return (PROJECT_ROLES as readonly string[]).includes(value);
}
