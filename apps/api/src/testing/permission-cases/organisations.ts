import type { Cases } from '../permission-walk';
import { next } from '../permission-world';

/** The organisations users belong to and projects are shared with. */
export const ORGANISATION_CASES: Cases = {
  organisations: {
    action: 'organisation.read',
    call: () => ({ query: '{ organisations { id } }' }),
  },
  createOrganisation: {
    action: 'organisation.manage',
    call: () => ({
      query:
        'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      variables: { input: { name: `Ketenpartner ${next()}`, kind: 'partner', colour: '#112233' } },
    }),
  },
  updateOrganisation: {
    action: 'organisation.manage',
    call: async (w) => {
      const organisation = await w.f.organisation(`Te wijzigen ${next()}`);
      return {
        query:
          'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }',
        variables: { input: { id: organisation.id, colour: '#445566' } },
      };
    },
  },
};
