import { en } from './en';
import { nl } from './nl';

export const searchLocales = { nl, en };
