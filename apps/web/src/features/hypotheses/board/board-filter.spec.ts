import { filterFromSearch, filterToSearch, isFiltered } from './board-filter';

describe('board filter in the address', () => {
  it('reads the Dutch parameters and ignores empty ones', () => {
    const filter = filterFromSearch(
      new URLSearchParams('vraag=q1&eigenaar=&partner=o2&label=%20huur%20&other=x'),
    );
    expect(filter).toEqual({ questionId: 'q1', partnerOrganisationId: 'o2', tag: 'huur' });
  });

  it('writes what it reads, in a fixed order', () => {
    const search = filterToSearch({ tag: 'vroeg signaal', ownerId: 'u1', questionId: 'q1' });
    expect(search).toBe('vraag=q1&eigenaar=u1&label=vroeg+signaal');
    expect(filterFromSearch(new URLSearchParams(search))).toEqual({
      questionId: 'q1',
      ownerId: 'u1',
      tag: 'vroeg signaal',
    });
  });

  it('knows an empty filter', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ tag: '' })).toBe(false);
    expect(isFiltered({ partnerOrganisationId: 'o1' })).toBe(true);
  });
});
