export { byRoleThenName } from './member-order';
export { ProjectListPage } from './project-list.page';
export { ProjectOverviewPage } from './project-overview.page';
export {
  PROJECT_FIELDS,
  ProjectFields,
  useProjectFieldsCheck,
  type ProjectFieldValues,
} from './project-fields';
export { useProjectTerms } from './use-project-terms';
