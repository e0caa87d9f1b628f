import { PROJECT_RELATIONS } from './roles';
import { maySignOff, roundOutcome, signatoryOrganisations } from './registration';

describe('registration rounds', () => {
  it('is registered only when every organisation approved', () => {
    expect(roundOutcome(['approve', 'approve'])).toBe('registered');
    expect(roundOutcome(['approve', null])).toBe('requested');
    expect(roundOutcome([null, null])).toBe('requested');
    expect(roundOutcome([])).toBe('requested');
  });

  it('closes with changes requested as soon as one organisation asks for them', () => {
    expect(roundOutcome(['request_changes', null])).toBe('changes_requested');
    expect(roundOutcome(['approve', 'request_changes'])).toBe('changes_requested');
  });

  it('asks the owner organisation and each partner once, owner first', () => {
    expect(
      signatoryOrganisations({ ownerOrganisationId: 'o', partnerOrganisationIds: ['p', 'o', 'q'] }),
    ).toEqual(['o', 'p', 'q']);
  });

  it('lets lead, moderator and contributor sign for their own organisation, once, while open', () => {
    const open = { organisationId: 'p', decision: null };
    const may = (relation: (typeof PROJECT_RELATIONS)[number]) =>
      maySignOff({ relation, organisationId: 'p', roundStatus: 'requested', signOff: open });
    expect(PROJECT_RELATIONS.filter(may)).toEqual(['lead', 'moderator', 'contributor']);
    const base = { relation: 'contributor' as const, organisationId: 'p' };
    expect(
      maySignOff({ ...base, roundStatus: 'requested', signOff: { ...open, organisationId: 'q' } }),
    ).toBe(false);
    expect(
      maySignOff({ ...base, roundStatus: 'requested', signOff: { ...open, decision: 'approve' } }),
    ).toBe(false);
    for (const closed of ['registered', 'changes_requested', 'superseded'] as const)
      expect(maySignOff({ ...base, roundStatus: closed, signOff: open })).toBe(false);
  });
});
