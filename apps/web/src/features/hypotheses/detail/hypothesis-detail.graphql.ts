import { graphql } from '../../../gql';

export const HypothesisDetailQuery = graphql(`
  query HypothesisDetail($id: ID!, $projectId: ID!) {
    hypothesis(id: $id) {
      ...HypothesisCardFields
      ...HypothesisHistoryFields
      rationale
      expectedDirection
      createdAt
    }
    project(id: $projectId) {
      id
      title
      myRelation
      questions {
        id
        title
        versions {
          id
          name
        }
      }
      datasets {
        id
        title
      }
    }
  }
`);
