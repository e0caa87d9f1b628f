import type { AccountsQuery } from '../../gql/graphql';

export type Account = AccountsQuery['accounts'][number];
export type AccountStatus = 'active' | 'invited' | 'deactivated';

/** Deactivation wins: a deactivated account cannot sign in, whether it was set up or not. */
export function statusOf(account: Pick<Account, 'activated' | 'deactivatedAt'>): AccountStatus {
  if (account.deactivatedAt) return 'deactivated';
  return account.activated ? 'active' : 'invited';
}
