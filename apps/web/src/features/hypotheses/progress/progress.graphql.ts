import { graphql } from '../../../gql';

export const ProjectHypothesisProgressQuery = graphql(`
  query ProjectHypothesisProgress($projectId: ID!) {
    project(id: $projectId) {
      id
      hypothesisProgress {
        questions {
          questionId
          title
          total
          counts {
            status
            count
          }
        }
        verdictsThisMonth {
          month
          start
          total
          counts {
            status
            count
          }
        }
        staleAfterDays
        staleCount
        stale {
          id
          statement
          status
          lastActivityAt
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const HypothesisChangedFeed = graphql(`
  subscription HypothesisProgressFeed($projectId: ID!) {
    hypothesisChanged(projectId: $projectId) {
      id
    }
  }
`);
