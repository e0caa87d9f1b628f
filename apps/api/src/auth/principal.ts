import type { PlatformRelation, ProjectRelation } from '@ketenlab/domain';
import type { User } from '../accounts/user.entity';

/** Who is calling, established once per request (or socket) from a cookie or a bearer token. */
export interface Principal {
  user: User | null;
  /** The auth token the request came with, so sign-out can revoke exactly that one. */
  tokenId: string | null;
  /** `web` for cookie sessions, `api` for bearer tokens: recorded in activity. */
  origin: 'web' | 'api';
  ip: string;
  /** Per-request memo of relations to projects, so a query touching many fields asks once. */
  projectRelations: Map<string, ProjectRelation>;
}

export function anonymousPrincipal(ip: string): Principal {
  return { user: null, tokenId: null, origin: 'web', ip, projectRelations: new Map() };
}

export function platformRelation(principal: Principal): PlatformRelation {
  if (!principal.user) return 'anonymous';
  return principal.user.isAdmin ? 'admin' : 'user';
}

/**
 * From here on in this request the caller is `user` on session `tokenId`: what signing in returns
 * (the user's e-mail, organisation…) is then read as that user, not as the anonymous caller.
 */
export function adoptSession(principal: Principal, user: User, tokenId: string): void {
  principal.user = user;
  principal.tokenId = tokenId;
  principal.projectRelations.clear();
}

/** The signed-in user, for code behind a guard that already required one. */
export function signedInUser(principal: Principal): User {
  if (!principal.user) throw new Error('signedInUser called without a signed-in principal');
  return principal.user;
}
