export { ProjectQuestions } from './project-questions';
export { QuestionPage } from './question.page';
export { questionPath } from './question-path';
