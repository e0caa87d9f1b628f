import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      id
      isAdmin
      deactivatedAt
    }
  }
`);

const ReissueInvitationMutation = graphql(`
  mutation ReissueInvitation($id: ID!) {
    reissueInvitation(id: $id) {
      url
      expiresAt
      mailed
      user {
        id
        name
      }
    }
  }
`);

/** What an administrator can do to an existing account. */
export function useAccountActions() {
  const [updateAccount, update] = useMutation(UpdateAccountMutation);
  const [reissueInvitation, reissue] = useMutation(ReissueInvitationMutation);
  return {
    setActive: (id: string, active: boolean) =>
      updateAccount({ variables: { input: { id, active } } }),
    setAdmin: (id: string, isAdmin: boolean) =>
      updateAccount({ variables: { input: { id, isAdmin } } }),
    reissue: (id: string) => reissueInvitation({ variables: { id } }),
    busy: update.loading || reissue.loading,
  };
}
