import { en } from './en';
import { nl } from './nl';

export const qualityReportsLocales = { nl, en };
