/**
 * How deep a GraphQL operation may reach: enforced by the API while it validates an operation,
 * and checked against every operation the web sends (its tests), so the web never asks what the
 * API refuses. The board is the deepest: three nested lists (hypotheses, history, evidence).
 */
export const OPERATION_LIMITS = {
  /** Selection sets, from the operation down. */
  maxDepth: 12,
  /** Lists inside lists. */
  maxListDepth: 4,
  /** The same field inside itself (a dataset's reports' dataset's reports…). */
  maxSelfReferentialDepth: 2,
} as const;
