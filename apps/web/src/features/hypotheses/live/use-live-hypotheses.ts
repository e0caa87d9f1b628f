import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '../../../gql';

const HypothesisActivityFeed = graphql(`
  subscription HypothesisActivityFeed($projectId: ID!) {
    projectActivity(projectId: $projectId) {
      id
      objectType
    }
  }
`);

/** The queries that show hypotheses, refreshed when someone else changes one. */
export const HYPOTHESIS_QUERIES = [
  'HypothesisBoard',
  'HypothesisDetail',
  'QuestionHypotheses',
  'ProjectHypothesesSummary',
];

/**
 * Keeps every open view of a project's hypotheses current for everyone looking at it: when a
 * hypothesis is proposed, edited or moved, the views fetch what they show again.
 */
export function useLiveHypotheses(projectId: string, enabled: boolean): void {
  const client = useApolloClient();
  useSubscription(HypothesisActivityFeed, {
    variables: { projectId },
    skip: !enabled,
    onData: ({ data }) => {
      if (data.data?.projectActivity.objectType !== 'hypothesis') return;
      client.refetchQueries({ include: HYPOTHESIS_QUERIES }).catch(() => undefined);
    },
  });
}
