import { TEST_PASSWORD } from '../fixtures';
import type { Cases } from '../permission-walk';

/** Signing in and out, who you are, and your personal access tokens. */
export const SESSION_AND_TOKEN_CASES: Cases = {
  me: { action: 'auth.self', call: () => ({ query: '{ me { id } }' }) },
  personalAccessTokens: {
    action: 'auth.self',
    call: () => ({ query: '{ personalAccessTokens { id } }' }),
  },
  createPersonalAccessToken: {
    action: 'auth.self',
    call: () => ({
      query: 'mutation { createPersonalAccessToken(input: { name: "script" }) { token } }',
    }),
  },
  revokePersonalAccessToken: {
    action: 'auth.self',
    call: async (w, caller) => {
      const owner = caller === 'anonymous' ? w.lead.user : w.callers[caller].user;
      const { id } = await w.f.personalToken(owner);
      return {
        query: 'mutation($id: ID!) { revokePersonalAccessToken(id: $id) }',
        variables: { id },
      };
    },
  },
  signIn: {
    action: 'auth.signIn',
    call: (w) => ({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email: w.signIn.user.email, password: TEST_PASSWORD } },
    }),
  },
  signOut: {
    action: 'auth.self',
    call: async (w, caller) => ({
      query: 'mutation { signOut }',
      token: caller === 'anonymous' ? undefined : await w.f.session(w.callers[caller].user),
    }),
  },
};
