export { HypothesisBoardPage } from './board/hypothesis-board.page';
export { HypothesisPage } from './detail/hypothesis.page';
export { boardPath, hypothesisPath, proposePath } from './hypothesis-paths';
export { ProposeHypothesisPage } from './propose/propose-hypothesis.page';
export { QuestionHypotheses } from './sections/question-hypotheses';
export { HypothesisProgressSection } from './progress/hypothesis-progress';
