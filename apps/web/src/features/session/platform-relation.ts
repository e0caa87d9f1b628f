import type { PlatformRelation } from '@ketenlab/domain';
import type { SessionUser } from './use-session';

/** The caller's relation to the platform, as the shared permission matrix knows it. */
export function platformRelationOf(user: Pick<SessionUser, 'isAdmin'> | null): PlatformRelation {
  if (!user) return 'anonymous';
  return user.isAdmin ? 'admin' : 'user';
}
