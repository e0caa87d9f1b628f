export { ProjectQuestions } from './project-questions';
export { QuestionPage } from './question.page';
