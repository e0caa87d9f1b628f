export { hasProblem, problemsOf, type ProblemCode } from './problems';
export { useProblemText } from './use-problem-text';
