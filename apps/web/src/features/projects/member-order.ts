import { PROJECT_ROLES, type ProjectRole } from '@ketenlab/domain';

interface Ordered {
  role: ProjectRole;
  user: { name: string };
}

/** Leads first, then down the roles; by name within a role. */
export function byRoleThenName(a: Ordered, b: Ordered): number {
  return (
    PROJECT_ROLES.indexOf(a.role) - PROJECT_ROLES.indexOf(b.role) ||
    a.user.name.localeCompare(b.user.name)
  );
}
