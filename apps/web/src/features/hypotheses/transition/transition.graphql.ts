import { graphql } from '../../../gql';

export const TransitionHypothesisMutation = graphql(`
  mutation TransitionHypothesis($input: TransitionHypothesisInput!) {
    transitionHypothesis(input: $input) {
      ...HypothesisCardFields
      ...HypothesisHistoryFields
    }
  }
`);

/** The question's saved versions and the project's datasets, which a verdict may cite. */
export const EvidenceSourcesQuery = graphql(`
  query EvidenceSources($questionId: ID!, $projectId: ID!) {
    question(id: $questionId) {
      id
      title
      versions {
        id
        name
        createdAt
      }
    }
    project(id: $projectId) {
      id
      datasets {
        id
        title
      }
    }
  }
`);
