import type { APIRequestContext } from 'playwright-core';

/**
 * A GraphQL call with a context's session, for arranging what a test needs (not for checking
 * what users see, which goes through the page).
 */
export async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables }, headers });
  const body = (await response.json()) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (body.errors?.length) {
    throw Object.assign(new Error(body.errors.map((e) => e.message).join('; ')), {
      codes: body.errors.map((e) => e.extensions?.code),
    });
  }
  return body.data as T;
}

/** The id of a project the context's user can see, by title. */
export async function projectIdByTitle(request: APIRequestContext, title: string): Promise<string> {
  const data = await graphql<{ projects: Array<{ id: string; title: string }> }>(
    request,
    '{ projects { id title } }',
  );
  const project = data.projects.find((p) => p.title === title);
  if (!project) throw new Error(`No project titled "${title}"`);
  return project.id;
}

/** Creates a project as the context's user, with the named partner organisations. */
export async function createProject(
  request: APIRequestContext,
  title: string,
  partnerNames: string[] = [],
): Promise<string> {
  const { organisations } = await graphql<{ organisations: Array<{ id: string; name: string }> }>(
    request,
    '{ organisations { id name } }',
  );
  const partnerOrganisationIds = organisations
    .filter((o) => partnerNames.includes(o.name))
    .map((o) => o.id);
  const data = await graphql<{ createProject: { id: string } }>(
    request,
    'mutation CreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }',
    { input: { title, goal: 'Een doel om te testen.', partnerOrganisationIds } },
  );
  return data.createProject.id;
}

/** Makes the person with this name a member, as the context's user (who must lead the project). */
export async function addMember(
  request: APIRequestContext,
  projectId: string,
  name: string,
  role: string,
): Promise<void> {
  const { projectMemberCandidates } = await graphql<{
    projectMemberCandidates: Array<{ id: string; name: string }>;
  }>(
    request,
    'query Candidates($projectId: ID!, $query: String!) { projectMemberCandidates(projectId: $projectId, query: $query) { id name } }',
    { projectId, query: name },
  );
  const person = projectMemberCandidates.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`${name} cannot join project ${projectId}`);
  await graphql(
    request,
    'mutation Put($input: ProjectMemberInput!) { putProjectMember(input: $input) { role } }',
    {
      input: { projectId, userId: person.id, role },
    },
  );
}
