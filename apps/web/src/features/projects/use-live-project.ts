import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';

const ProjectActivityFeed = graphql(`
  subscription ProjectActivityFeed($projectId: ID!) {
    projectActivity(projectId: $projectId) {
      id
    }
  }
`);

/**
 * Keeps an open project page current: whatever happens in the project (a new member, changed
 * details) refreshes what the page shows, for everyone looking at it. The event itself only
 * says that something happened; the page's own queries fetch what it means for them.
 */
export function useLiveProject(projectId: string, enabled: boolean): void {
  const client = useApolloClient();
  useSubscription(ProjectActivityFeed, {
    variables: { projectId },
    skip: !enabled,
    onData: () => {
      client
        .refetchQueries({
          include: [
            'ProjectOverview',
            'ProjectMembers',
            'ProjectActivity',
            'ProjectQuestions',
            'ProjectHypothesisProgress',
          ],
        })
        .catch(() => undefined);
    },
  });
}
