import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type StoreObject,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { MeQuery } from '../features/session';
import { hasProblem } from '../shared/errors';
import { createLiveLink } from './live-link';

/**
 * One client for the app. Requests go as JSON POSTs to the same origin, which is what the API's
 * CSRF prevention accepts, with the session cookie. When any request finds the session gone
 * (expired, signed out elsewhere), the session query is asked again: it then reports nobody
 * signed in, and the guarded routes send the user to sign in.
 */
export function createApolloClient(): ApolloClient {
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([
      new ErrorLink(({ error, operation }) => {
        if (operation.operationName !== 'Me' && hasProblem(error, 'UNAUTHENTICATED')) {
          // The session query fails in turn (that is how it reports "signed out"): nothing to catch.
          client.refetchQueries({ include: [MeQuery] }).catch(() => undefined);
        }
      }),
      ApolloLink.split(
        ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
        createLiveLink(() => {
          client.refetchQueries({ include: 'active' }).catch(() => undefined);
        }),
        new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
      ),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        // Members have no id of their own; they live inside their project.
        ProjectMember: { keyFields: false },
        Project: { fields: { members: { merge: false }, partners: { merge: false } } },
        // A version's profile and its columns have no ids of their own. Pages ask for different
        // fields of them (names only, or the full profile): merge column by column, so one
        // query's answer does not wipe out what another asked for.
        DatasetVersion: { fields: { profile: { merge: true } } },
        DatasetProfile: {
          fields: {
            columns: {
              merge: (
                existing: readonly StoreObject[] | undefined,
                incoming: readonly StoreObject[],
                { mergeObjects },
              ) =>
                incoming.map((column, i) => {
                  const before = existing?.[i];
                  return before ? mergeObjects(before, column) : column;
                }),
            },
          },
        },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
  return client;
}
