import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { problemsOf } from '../../../shared/errors';

/** Where a refusal of a move belongs in the dialog. */
export type MoveProblem =
  | { at: 'rationale' | 'evidence' }
  | { at: 'evidenceField'; path: string; field: 'url' | 'title' | 'targetId' | 'quote' }
  | { at: 'evidenceTarget' }
  | { at: 'to' }
  | { at: 'forbidden' }
  | { at: 'general'; index: number };

const EVIDENCE_PATH = /^evidence\.(\d+)(?:\.(url|title|targetId|quote|kind))?$/;

/**
 * Sorts the API's refusals of a move by where the dialog shows them. The shared error helper
 * keeps only the last segment of a field path; a dialog with several pieces of evidence needs
 * the whole path (`evidence.1.url`) to put the message on the right one.
 */
export function moveProblemsOf(error: unknown): MoveProblem[] {
  const paths = CombinedGraphQLErrors.is(error)
    ? error.errors.map((e) => e.extensions?.['field'])
    : [];
  return problemsOf(error).map((problem, index): MoveProblem => {
    if (problem.code === 'FORBIDDEN') return { at: 'forbidden' };
    if (problem.code !== 'BAD_USER_INPUT') return { at: 'general', index };
    const path = typeof paths[index] === 'string' ? paths[index] : '';
    if (path === 'rationale' || path === 'evidence') return { at: path };
    if (path === 'to') return { at: 'to' };
    const match = EVIDENCE_PATH.exec(path);
    if (match?.[2] && match[2] !== 'kind') {
      return {
        at: 'evidenceField',
        path,
        field: match[2] as 'url' | 'title' | 'targetId' | 'quote',
      };
    }
    if (match) return { at: 'evidenceTarget' };
    return { at: 'general', index };
  });
}
