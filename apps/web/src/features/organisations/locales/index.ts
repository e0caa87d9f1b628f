import { en } from './en';
import { nl } from './nl';

export const organisationsLocales = { nl, en };
