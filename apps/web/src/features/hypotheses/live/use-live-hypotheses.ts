import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { HypothesisChangedSubscription } from '../../../gql/graphql';

const HypothesisChangedFeed = graphql(`
  subscription HypothesisChanged($projectId: ID!) {
    hypothesisChanged(projectId: $projectId) {
      ...HypothesisCardFields
      ...HypothesisHistoryFields
      rationale
      expectedDirection
    }
  }
`);

export type ChangedHypothesis = HypothesisChangedSubscription['hypothesisChanged'];

/** The queries that list hypotheses, refreshed after a proposal of one's own. */
export const HYPOTHESIS_QUERIES = [
  'HypothesisBoard',
  'QuestionHypotheses',
  'ProjectHypothesisProgress',
];

/**
 * Keeps every open view of a project's hypotheses current for everyone looking at it. Each
 * event carries the changed hypothesis with every field the board and the detail page show, so
 * the cache updates it in place and a moved card changes column by itself. `onChanged` is for
 * what the cache cannot know: whether a list should now hold a hypothesis it did not hold.
 */
export function useLiveHypotheses(
  projectId: string,
  enabled: boolean,
  onChanged?: (hypothesis: ChangedHypothesis) => void,
): void {
  useSubscription(HypothesisChangedFeed, {
    variables: { projectId },
    skip: !enabled,
    onData: ({ data }) => {
      if (data.data) onChanged?.(data.data.hypothesisChanged);
    },
  });
}
