import { en } from './en';
import { nl } from './nl';

export const datasetsLocales = { nl, en };
