import { en } from './en';
import { nl } from './nl';

export const accountsLocales = { nl, en };
