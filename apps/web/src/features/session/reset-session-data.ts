import type { ApolloClient } from '@apollo/client';

/**
 * Forgets everything cached for the previous session and asks again who is signed in. Refetches
 * for a page that is being left get aborted on the way; that is expected and not an error.
 */
export async function resetSessionData(client: ApolloClient): Promise<void> {
  await client.resetStore().catch(() => undefined);
}
