/** Where a question's page lives: under its project, as the route table says. */
export function questionPath(projectId: string, questionId: string): string {
  return `/projecten/${projectId}/vragen/${questionId}`;
}
