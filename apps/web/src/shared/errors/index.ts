export { hasProblem, problemsOf, type Problem, type ProblemCode } from './problems';
export { useProblemText } from './use-problem-text';
