import { graphql } from '../../../../gql';

/** Who and what the edit form offers: the project's organisations, and its members to own it. */
export const HypothesisEditOptionsQuery = graphql(`
  query HypothesisEditOptions($projectId: ID!, $withMembers: Boolean!) {
    project(id: $projectId) {
      id
      ownerOrganisation {
        id
        name
      }
      partners {
        id
        name
      }
      members @include(if: $withMembers) {
        role
        user {
          id
          name
        }
      }
    }
  }
`);

export const UpdateHypothesisMutation = graphql(`
  mutation UpdateHypothesis($input: UpdateHypothesisInput!) {
    updateHypothesis(input: $input) {
      ...HypothesisCardFields
      rationale
      expectedDirection
    }
  }
`);
