import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';

const QuestionActivityFeed = graphql(`
  subscription QuestionActivityFeed($projectId: ID!) {
    projectActivity(projectId: $projectId) {
      id
      objectType
    }
  }
`);

/**
 * Keeps an open question page current when someone else renames it, changes its status or saves
 * or restores a version, a partner signs off on its registration or a hypothesis changes (the
 * text itself arrives through the live document). Project events about other things are ignored.
 */
export function useLiveQuestion(projectId: string, enabled: boolean): void {
  const client = useApolloClient();
  useSubscription(QuestionActivityFeed, {
    variables: { projectId },
    skip: !enabled,
    onData: ({ data }) => {
      const type = data.data?.projectActivity.objectType;
      if (type === 'questionRegistration' || type === 'hypothesis') {
        client
          .refetchQueries({ include: ['QuestionRegistration', 'QuestionHypotheses'] })
          .catch(() => undefined);
        return;
      }
      if (type !== 'question' && type !== 'questionVersion') return;
      client
        .refetchQueries({ include: ['QuestionPage', 'QuestionVersions', 'QuestionRegistration'] })
        .catch(() => undefined);
    },
  });
}
