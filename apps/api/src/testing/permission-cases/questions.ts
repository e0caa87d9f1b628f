import type { Cases } from '../permission-walk';
import { next } from '../permission-world';

/** Questions of a project and their saved versions. */
export const QUESTION_CASES: Cases = {
  question: {
    action: 'question.read',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query: 'query($id: ID!) { question(id: $id) { id title } }',
        variables: { id: question.id },
      };
    },
  },
  questionVersion: {
    action: 'question.read',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      const version = await w.f.questionVersion(w.lead.token, question.id);
      return {
        query:
          'query($id: ID!) { questionVersion(id: $id) { id name createdBy { id name organisation { name } } } }',
        variables: { id: version.id },
      };
    },
  },
  createQuestion: {
    action: 'question.create',
    call: (w) => ({
      query: 'mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }',
      variables: { input: { projectId: w.projectId, title: `Deelvraag ${next()}` } },
    }),
  },
  deleteQuestion: {
    action: 'question.delete',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query: 'mutation($id: ID!) { deleteQuestion(id: $id) }',
        variables: { id: question.id },
      };
    },
  },
  renameQuestion: {
    action: 'question.rename',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query: 'mutation($input: RenameQuestionInput!) { renameQuestion(input: $input) { id } }',
        variables: { input: { id: question.id, title: `Nieuwe titel ${next()}` } },
      };
    },
  },
  restoreQuestionVersion: {
    action: 'question.edit',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      const version = await w.f.questionVersion(w.lead.token, question.id);
      return {
        query: 'mutation($id: ID!) { restoreQuestionVersion(id: $id) }',
        variables: { id: version.id },
      };
    },
  },
  saveQuestionVersion: {
    action: 'question.edit',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query:
          'mutation($input: SaveQuestionVersionInput!) { saveQuestionVersion(input: $input) { id } }',
        variables: { input: { questionId: question.id, name: `Versie ${next()}` } },
      };
    },
  },
  setQuestionStatus: {
    action: 'question.setStatus',
    call: async (w) => {
      const question = await w.f.question(w.lead.token, w.projectId);
      return {
        query:
          'mutation($input: SetQuestionStatusInput!) { setQuestionStatus(input: $input) { status } }',
        variables: { input: { id: question.id, status: 'in_review' } },
      };
    },
  },
};
