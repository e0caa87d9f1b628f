import { filterToSearch, type BoardFilter } from './board/board-filter';

/** Where the hypothesis pages live, as the route table says. */
export function boardPath(projectId: string, filter: BoardFilter = {}): string {
  const search = filterToSearch(filter);
  return `/projecten/${projectId}/hypothesen${search ? `?${search}` : ''}`;
}

export function hypothesisPath(projectId: string, hypothesisId: string): string {
  return `/projecten/${projectId}/hypothesen/${hypothesisId}`;
}

/** The proposal form, with the question chosen in advance when it is known. */
export function proposePath(projectId: string, questionId?: string): string {
  const search = questionId ? `?${new URLSearchParams({ vraag: questionId })}` : '';
  return `/projecten/${projectId}/hypothesen/nieuw${search}`;
}
