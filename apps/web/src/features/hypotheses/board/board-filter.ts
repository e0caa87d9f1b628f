/**
 * The board's filter lives in the address (`?vraag=…&eigenaar=…&partner=…&label=…`), so a
 * filtered board can be bookmarked, shared and reached with the back button. Parameter names
 * are Dutch, like the paths.
 */
export interface BoardFilter {
  questionId?: string;
  ownerId?: string;
  partnerOrganisationId?: string;
  tag?: string;
}

const PARAMS = {
  questionId: 'vraag',
  ownerId: 'eigenaar',
  partnerOrganisationId: 'partner',
  tag: 'label',
} as const satisfies Record<keyof BoardFilter, string>;

const KEYS = Object.keys(PARAMS) as Array<keyof BoardFilter>;

export function filterFromSearch(search: URLSearchParams): BoardFilter {
  const filter: BoardFilter = {};
  for (const key of KEYS) {
    const value = search.get(PARAMS[key])?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

export function filterToSearch(filter: BoardFilter): string {
  const search = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key]?.trim();
    if (value) search.set(PARAMS[key], value);
  }
  return search.toString();
}

export function isFiltered(filter: BoardFilter): boolean {
  return KEYS.some((key) => Boolean(filter[key]));
}
