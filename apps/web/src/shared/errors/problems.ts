import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The API's error vocabulary, plus what can go wrong before an answer arrives. */
export const PROBLEM_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'NETWORK',
  'INTERNAL',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One refusal or failure, reduced to what the interface may show. */
export interface Problem {
  code: ProblemCode;
  /** The input field the API named, e.g. `title`; null when the problem is not about one field. */
  field: string | null;
  /** The API's own (English) message; shown only when no translation says it better. */
  serverMessage: string;
}

function codeOf(value: unknown): ProblemCode {
  return (PROBLEM_CODES as readonly unknown[]).includes(value)
    ? (value as ProblemCode)
    : 'INTERNAL';
}

function fieldOf(value: unknown): string | null {
  // Nested inputs come as dotted paths; the form knows its fields by their last segment.
  return typeof value === 'string' && value ? (value.split('.').pop() ?? null) : null;
}

export function problemsOf(error: unknown): Problem[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({
      code: codeOf(e.extensions?.['code']),
      field: fieldOf(e.extensions?.['field']),
      serverMessage: e.message,
    }));
  }
  return [{ code: 'NETWORK', field: null, serverMessage: '' }];
}

export function hasProblem(error: unknown, code: ProblemCode): boolean {
  return problemsOf(error).some((problem) => problem.code === code);
}
