import { en } from './en';
import { nl } from './nl';

export const hypothesesLocales = { nl, en };
