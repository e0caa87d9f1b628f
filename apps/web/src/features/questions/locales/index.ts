import { en } from './en';
import { nl } from './nl';

export const questionsLocales = { nl, en };
