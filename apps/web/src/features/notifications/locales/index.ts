import { en } from './en';
import { nl } from './nl';

export const notificationsLocales = { nl, en };
