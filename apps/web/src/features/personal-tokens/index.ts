export { PersonalTokensPage } from './personal-tokens.page';
