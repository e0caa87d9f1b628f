import { graphql } from '../../../gql';

export const HypothesisBoardQuery = graphql(`
  query HypothesisBoard($projectId: ID!, $filter: HypothesisFilterInput) {
    project(id: $projectId) {
      id
      title
      myRelation
      ownerOrganisation {
        id
        name
      }
      partners {
        id
        name
      }
      questions {
        id
        title
      }
      members {
        role
        user {
          id
          name
        }
      }
      hypotheses(filter: $filter) {
        ...HypothesisCardFields
      }
      # Every tag in use, whatever the filter, for the tag filter's options.
      tagged: hypotheses {
        id
        tags
      }
    }
  }
`);
