import type { Cases } from '../permission-walk';
import { next } from '../permission-world';

/** Projects: reading and listing them, their activity feed, their settings and their members. */
export const PROJECT_CASES: Cases = {
  project: {
    action: 'project.read',
    call: (w) => ({
      query: 'query($id: ID!) { project(id: $id) { id title } }',
      variables: { id: w.projectId },
    }),
  },
  projectMemberCandidates: {
    action: 'project.members.manage',
    call: (w) => ({
      query:
        'query($id: ID!) { projectMemberCandidates(projectId: $id, query: "gebruiker") { id } }',
      variables: { id: w.projectId },
    }),
  },
  projects: { action: 'project.list', call: () => ({ query: '{ projects { id } }' }) },
  unseenProjectChanges: {
    action: 'project.list',
    call: () => ({ query: '{ unseenProjectChanges { projectId total lastSeenAt } }' }),
  },
  projectActivity: {
    action: 'project.activity.read',
    call: (w) => ({
      query: 'subscription($id: ID!) { projectActivity(projectId: $id) { action } }',
      variables: { id: w.projectId },
    }),
  },
  markProjectSeen: {
    action: 'project.markSeen',
    call: (w) => ({
      query: 'mutation($id: ID!) { markProjectSeen(projectId: $id) }',
      variables: { id: w.projectId },
    }),
  },
  createProject: {
    action: 'project.create',
    call: () => ({
      query:
        'mutation { createProject(input: { title: "Nieuw project", goal: "Iets leren" }) { id } }',
    }),
  },
  putProjectMember: {
    action: 'project.members.manage',
    call: async (w) => {
      const { user } = await w.f.user(w.owner);
      return {
        query: 'mutation($input: ProjectMemberInput!) { putProjectMember(input: $input) { role } }',
        variables: { input: { projectId: w.projectId, userId: user.id, role: 'observer' } },
      };
    },
  },
  removeProjectMember: {
    action: 'project.members.manage',
    call: async (w) => {
      const { user } = await w.f.user(w.owner);
      await w.f.member(w.lead.token, w.projectId, user.id, 'contributor');
      return {
        query: 'mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) }',
        variables: { input: { projectId: w.projectId, userId: user.id } },
      };
    },
  },
  updateProject: {
    action: 'project.update',
    call: (w) => ({
      query:
        'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id staleAfterDays } }',
      // The stale-after setting is part of it: only the lead sets it.
      variables: {
        input: { id: w.projectId, goal: `Eerder hulp bieden (${next()})`, staleAfterDays: 21 },
      },
    }),
  },
};
