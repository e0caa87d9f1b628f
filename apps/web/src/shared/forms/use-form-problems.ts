import { useState } from 'react';
import { problemsOf, useProblemText, type Problem, type ProblemCode } from '../errors';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface FormProblems<F extends string> {
  fields: FieldErrors<F>;
  /** Problems that belong to no field of this form. */
  general: string[];
  /** Counts failed submits, so the summary takes focus again on each one. */
  attempt: number;
}

/**
 * Collects what is wrong with a form: client-side checks before sending, the API's refusals
 * after. Refusals naming a field of this form land next to that field; the rest are general.
 */
export function useFormProblems<F extends string>(
  fields: readonly F[],
  overrides?: Partial<Record<ProblemCode, string>>,
  /** A feature's own words for a refusal of one of its fields; undefined leaves it to the shared texts. */
  fieldText?: (problem: Problem) => string | undefined,
) {
  const problemText = useProblemText(overrides);
  const [state, setState] = useState<FormProblems<F>>({ fields: {}, general: [], attempt: 0 });
  const isField = (name: string | null): name is F =>
    name !== null && (fields as readonly string[]).includes(name);

  return {
    ...state,
    /** Returns true when the form may be sent. */
    check: (found: FieldErrors<F>): boolean => {
      const ok = Object.keys(found).length === 0;
      setState((s) => ({ fields: found, general: [], attempt: ok ? s.attempt : s.attempt + 1 }));
      return ok;
    },
    showError: (error: unknown) => {
      const next: FormProblems<F> = { fields: {}, general: [], attempt: state.attempt + 1 };
      for (const problem of problemsOf(error)) {
        if (isField(problem.field) && !next.fields[problem.field])
          next.fields[problem.field] = fieldText?.(problem) ?? problemText(problem);
        else next.general.push(problemText(problem));
      }
      setState(next);
    },
  };
}
