export { AcceptInvitationPage } from './accept-invitation.page';
export { platformRelationOf } from './platform-relation';
export { RequireAdmin } from './require-admin';
export { RequireSession } from './require-session';
export { SignInPage } from './sign-in.page';
export { SignOutButton } from './sign-out-button';
export { MeQuery, useSession, type SessionUser } from './use-session';
