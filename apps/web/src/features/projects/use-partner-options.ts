import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const PartnerOrganisationsQuery = graphql(`
  query PartnerOrganisations {
    organisations {
      id
      name
    }
  }
`);

/**
 * Organisations that can be partners in a project: all but the owner, which takes part anyway.
 * Sorted by name in the reader's language.
 */
export function usePartnerOptions(ownerOrganisationId: string) {
  const { data, loading, error } = useQuery(PartnerOrganisationsQuery);
  const options = (data?.organisations ?? [])
    .filter((organisation) => organisation.id !== ownerOrganisationId)
    .map((organisation) => ({ value: organisation.id, label: organisation.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { options, loading: loading && !data, error };
}
