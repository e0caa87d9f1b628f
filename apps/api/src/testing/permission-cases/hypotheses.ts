import type { Cases } from '../permission-walk';
import { dataChangeFlag, next } from '../permission-world';

/** Hypotheses on the board, and the "data changed since" flags on them. */
export const HYPOTHESIS_CASES: Cases = {
  hypothesis: {
    action: 'hypothesis.read',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      const hypothesis = await w.f.hypothesis(w.lead.token, question.id);
      return {
        query: 'query($id: ID!) { hypothesis(id: $id) { id status } }',
        variables: { id: hypothesis.id },
      };
    },
  },
  hypothesisChanged: {
    action: 'hypothesis.read',
    call: (w) => ({
      query: 'subscription($id: ID!) { hypothesisChanged(projectId: $id) { id status tags } }',
      variables: { id: w.projectId },
    }),
    trigger: async (w) =>
      w.f.hypothesis(w.lead.token, (await w.f.question(w.lead.token, w.projectId)).id),
  },
  proposeHypothesis: {
    action: 'hypothesis.propose',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query:
          'mutation($input: ProposeHypothesisInput!) { proposeHypothesis(input: $input) { id } }',
        variables: { input: { questionId: question.id, statement: `Stelling ${next()}` } },
      };
    },
  },
  updateHypothesis: {
    action: 'hypothesis.update',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      const hypothesis = await w.f.hypothesis(w.lead.token, question.id);
      return {
        query:
          'mutation($input: UpdateHypothesisInput!) { updateHypothesis(input: $input) { id } }',
        variables: { input: { id: hypothesis.id, statement: `Scherper ${next()}` } },
      };
    },
  },
  transitionHypothesis: {
    action: 'hypothesis.transition',
    // Starting the investigation is the move every role that may move hypotheses can make.
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      const hypothesis = await w.f.hypothesis(w.lead.token, question.id);
      return {
        query:
          'mutation($input: TransitionHypothesisInput!) { transitionHypothesis(input: $input) { status } }',
        variables: { input: { hypothesisId: hypothesis.id, to: 'under_investigation' } },
      };
    },
  },
  acknowledgeDataChange: {
    action: 'dataChange.acknowledge',
    call: async (w) => ({
      query: 'mutation($id: ID!) { acknowledgeDataChange(id: $id) { acknowledgedAt } }',
      variables: { id: await dataChangeFlag(w) },
    }),
  },
};
