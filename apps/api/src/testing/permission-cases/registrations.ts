import type { Cases } from '../permission-walk';

/** Preregistration rounds of a question: requesting one and signing it off. */
export const REGISTRATION_CASES: Cases = {
  requestRegistration: {
    action: 'question.requestRegistration',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      await w.f.hypothesis(w.lead.token, question.id);
      return {
        query: 'mutation($id: ID!) { requestRegistration(questionId: $id) { id status } }',
        variables: { id: question.id },
      };
    },
  },
  signOffRegistration: {
    action: 'question.signOffRegistration',
    // A fresh round for every caller: an organisation signs once per round. Lead and contributor
    // sign for the project's own organisation, the moderator for the partner.
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      await w.f.hypothesis(w.lead.token, question.id);
      const { id } = await w.f.registration(w.lead.token, question.id);
      return {
        query:
          'mutation($input: SignOffRegistrationInput!) { signOffRegistration(input: $input) { id } }',
        variables: { input: { registrationId: id, decision: 'approve' } },
      };
    },
  },
};
