import { en } from './en';
import { nl } from './nl';

export const personalTokensLocales = { nl, en };
