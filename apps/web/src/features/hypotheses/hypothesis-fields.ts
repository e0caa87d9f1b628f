import { graphql } from '../../gql';

/**
 * What a card on the board shows. The move mutation and the live event ask for the same
 * fields, so the cache has all a card needs whichever of them arrives.
 */
export const HypothesisCardFields = graphql(`
  fragment HypothesisCardFields on Hypothesis {
    id
    projectId
    questionId
    statement
    status
    tags
    updatedAt
    allowedTransitions
    owner {
      id
      name
    }
    partners {
      id
      name
    }
    history {
      id
      evidence {
        id
      }
    }
  }
`);

/** The full history, as the detail page shows it. */
export const HypothesisHistoryFields = graphql(`
  fragment HypothesisHistoryFields on Hypothesis {
    id
    history {
      id
      from
      to
      rationale
      createdAt
      by {
        id
        name
      }
      evidence {
        id
        kind
        targetId
        quote
        url
        title
      }
    }
  }
`);
