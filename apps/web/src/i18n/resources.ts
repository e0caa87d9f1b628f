import { accountsLocales } from '../features/accounts/locales';
import { datasetsLocales } from '../features/datasets/locales';
import { hypothesesLocales } from '../features/hypotheses/locales';
import { notificationsLocales } from '../features/notifications/locales';
import { organisationsLocales } from '../features/organisations/locales';
import { personalTokensLocales } from '../features/personal-tokens/locales';
import { projectSettingsLocales } from '../features/project-settings/locales';
import { projectsLocales } from '../features/projects/locales';
import { questionsLocales } from '../features/questions/locales';
import { searchLocales } from '../features/search/locales';
import { sessionLocales } from '../features/session/locales';
import { commonLocales } from '../shared/locales';

/**
 * One namespace per feature. Each feature keeps its texts beside its code and exposes them
 * through its own `locales` face, so the route chunks stay lazy.
 */
export const resources = {
  nl: {
    common: commonLocales.nl,
    session: sessionLocales.nl,
    projects: projectsLocales.nl,
    questions: questionsLocales.nl,
    hypotheses: hypothesesLocales.nl,
    datasets: datasetsLocales.nl,
    projectSettings: projectSettingsLocales.nl,
    organisations: organisationsLocales.nl,
    accounts: accountsLocales.nl,
    personalTokens: personalTokensLocales.nl,
    search: searchLocales.nl,
    notifications: notificationsLocales.nl,
  },
  en: {
    common: commonLocales.en,
    session: sessionLocales.en,
    projects: projectsLocales.en,
    questions: questionsLocales.en,
    hypotheses: hypothesesLocales.en,
    datasets: datasetsLocales.en,
    projectSettings: projectSettingsLocales.en,
    organisations: organisationsLocales.en,
    accounts: accountsLocales.en,
    personalTokens: personalTokensLocales.en,
    search: searchLocales.en,
    notifications: notificationsLocales.en,
  },
} as const;

export type Namespace = keyof (typeof resources)['nl'];
