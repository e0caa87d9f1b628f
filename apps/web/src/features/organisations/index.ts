export { OrganisationsPage } from './organisations.page';
