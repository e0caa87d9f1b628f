import { useApolloClient, useSubscription } from '@apollo/client/react';
import { HypothesisChangedFeed } from './progress.graphql';

/**
 * Keeps the project overview's progress current: whenever anyone proposes, edits or moves a
 * hypothesis of the project, on any instance, the progress is fetched again. The event only
 * says which hypothesis changed; counts are the API's to make.
 */
export function useLiveProgress(projectId: string, enabled: boolean): void {
  const client = useApolloClient();
  useSubscription(HypothesisChangedFeed, {
    variables: { projectId },
    skip: !enabled,
    onData: () => {
      client.refetchQueries({ include: ['ProjectHypothesisProgress'] }).catch(() => undefined);
    },
  });
}
