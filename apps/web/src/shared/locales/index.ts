import { en } from './en';
import { nl } from './nl';

export const commonLocales = { nl, en };
