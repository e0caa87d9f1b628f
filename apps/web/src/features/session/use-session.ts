import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { MeQuery as MeResult } from '../../gql/graphql';
import { hasProblem } from '../../shared/errors';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      isAdmin
      organisation {
        id
        name
      }
    }
  }
`);

export type SessionUser = MeResult['me'];

export interface Session {
  /** The signed-in user; null when nobody is signed in. */
  user: SessionUser | null;
  loading: boolean;
  /** Set when it is unknown who is signed in, e.g. because the API cannot be reached. */
  error: unknown;
  refetch: () => Promise<unknown>;
}

/** Who is signed in. Every caller shares one cached `me` query. */
export function useSession(): Session {
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const signedOut = error !== undefined && hasProblem(error, 'UNAUTHENTICATED');
  return {
    user: signedOut ? null : (data?.me ?? null),
    loading: loading && !data,
    error: signedOut ? undefined : error,
    refetch: () => refetch(),
  };
}
