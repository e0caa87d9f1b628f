import type { Cases } from '../permission-walk';
import { next } from '../permission-world';

/** Accounts and the invitations that create them. */
export const ACCOUNT_CASES: Cases = {
  accounts: { action: 'account.read', call: () => ({ query: '{ accounts { id } }' }) },
  acceptInvitation: {
    action: 'auth.acceptInvitation',
    call: async (w) => {
      const invitation = await w.f.invitation(w.admin.token, w.owner.id);
      return {
        query:
          'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }',
        variables: {
          input: { token: invitation.token, password: 'een wachtwoord van genoeg tekens' },
        },
      };
    },
  },
  inviteAccount: {
    action: 'account.manage',
    call: (w) => ({
      query: 'mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { url } }',
      variables: {
        input: { email: `nieuw-${next()}@example.nl`, name: 'Nieuw', organisationId: w.owner.id },
      },
    }),
  },
  reissueInvitation: {
    action: 'account.manage',
    call: async (w) => {
      const invitation = await w.f.invitation(w.admin.token, w.owner.id);
      return {
        query: 'mutation($id: ID!) { reissueInvitation(id: $id) { url } }',
        variables: { id: invitation.userId },
      };
    },
  },
  updateAccount: {
    action: 'account.manage',
    call: async (w) => {
      const { user } = await w.f.user(w.owner);
      return {
        query: 'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }',
        variables: { input: { id: user.id, name: `Hernoemd ${next()}` } },
      };
    },
  },
};
