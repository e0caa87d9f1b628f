import { graphql } from '../../../gql';

export const TransitionHypothesisMutation = graphql(`
  mutation TransitionHypothesis($input: TransitionHypothesisInput!) {
    transitionHypothesis(input: $input) {
      ...HypothesisCardFields
      ...HypothesisHistoryFields
    }
  }
`);

/** The question's saved versions, which a verdict may cite. */
export const EvidenceSourcesQuery = graphql(`
  query EvidenceSources($questionId: ID!) {
    question(id: $questionId) {
      id
      title
      versions {
        id
        name
        createdAt
      }
    }
  }
`);
