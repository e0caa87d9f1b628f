import { en } from './en';
import { nl } from './nl';

export const projectsLocales = { nl, en };
