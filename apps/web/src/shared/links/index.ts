export { AppButtonLink, AppLink, AppNavLink } from './app-link';
