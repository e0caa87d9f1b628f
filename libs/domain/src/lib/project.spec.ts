import { visibleToOutsider } from './project';

const base = { ownerOrganisationId: 'gemeente', partnerOrganisationIds: ['cbs'] };

describe(visibleToOutsider.name, () => {
  it('shows public projects to everyone signed in', () => {
    expect(visibleToOutsider({ ...base, visibility: 'public' }, 'police')).toBe(true);
  });

  it('shows partner projects to the owner and partner organisations only', () => {
    const project = { ...base, visibility: 'partners' as const };
    expect(visibleToOutsider(project, 'gemeente')).toBe(true);
    expect(visibleToOutsider(project, 'cbs')).toBe(true);
    expect(visibleToOutsider(project, 'police')).toBe(false);
  });

  it('shows private projects to nobody outside the members', () => {
    expect(visibleToOutsider({ ...base, visibility: 'private' }, 'gemeente')).toBe(false);
  });
});
