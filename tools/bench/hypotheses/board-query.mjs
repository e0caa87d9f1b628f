// The board as the API serves it: one GraphQL document, everything a board card shows.
export const BOARD_QUERY = `query Board($id: ID!) {
  project(id: $id) {
    id
    hypotheses {
      id questionId statement rationale expectedDirection status createdAt updatedAt lastActivityAt
      owner { id name }
      partners { id name }
      tags
      allowedTransitions
      history {
        id from to rationale createdAt
        by { id name }
        evidence { id kind targetId quote url title }
      }
    }
  }
}`;
