export { Forbidden } from './forbidden';
export { Loading } from './loading';
export { MAIN_CONTENT_ID } from './main-content';
export { NotFound } from './not-found';
export { PageHeading } from './page-heading';
export { QueryError } from './query-error';
export { useRouteFocus } from './route-focus';
export { usePageTitle } from './use-page-title';
