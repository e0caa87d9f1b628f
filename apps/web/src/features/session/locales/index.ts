import { en } from './en';
import { nl } from './nl';

export const sessionLocales = { nl, en };
