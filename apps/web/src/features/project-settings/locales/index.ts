import { en } from './en';
import { nl } from './nl';

export const projectSettingsLocales = { nl, en };
