import { hypothesisUpdate, type HypothesisEditDraft } from './hypothesis-update';

const before: HypothesisEditDraft = {
  statement: 'Huurachterstand daalt',
  rationale: '',
  direction: 'none',
  partnerIds: ['org-1'],
  tagText: 'huur, schulden',
  ownerId: 'user-1',
};
const all = { open: true, mayReassign: true };

describe('hypothesisUpdate', () => {
  it('sends nothing but the id when nothing changed', () => {
    const same = { ...before, statement: ' Huurachterstand daalt ', tagText: 'schulden, huur' };
    expect(hypothesisUpdate('h', before, same, all)).toEqual({ id: 'h' });
  });

  it('sends each changed field, trimmed, and no direction as null', () => {
    const after: HypothesisEditDraft = {
      statement: ' Huurachterstand daalt met vroegsignalering ',
      rationale: 'Pilot 2024',
      direction: 'none',
      partnerIds: ['org-2', 'org-1'],
      tagText: 'huur',
      ownerId: 'user-2',
    };
    expect(hypothesisUpdate('h', { ...before, direction: 'increase' }, after, all)).toEqual({
      id: 'h',
      statement: 'Huurachterstand daalt met vroegsignalering',
      rationale: 'Pilot 2024',
      expectedDirection: null,
      partnerOrganisationIds: ['org-2', 'org-1'],
      tags: ['huur'],
      ownerId: 'user-2',
    });
  });

  it('leaves out what the caller may not change: content once closed, the owner without reassign', () => {
    const after = {
      ...before,
      statement: 'Iets anders gezegd',
      ownerId: 'user-2',
      tagText: 'huur',
    };
    expect(hypothesisUpdate('h', before, after, { open: false, mayReassign: false })).toEqual({
      id: 'h',
      tags: ['huur'],
    });
  });
});
