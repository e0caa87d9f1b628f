import type { Cases } from '../permission-walk';

/** Searching the platform. */
export const SEARCH_CASES: Cases = {
  search: {
    action: 'search.query',
    call: () => ({ query: '{ search(query: "schulden") { objectId } }' }),
  },
};
