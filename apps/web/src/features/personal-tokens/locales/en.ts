import type { LocaleShape } from '../../../i18n/locale-shape';
import type { nl } from './nl';

export const en: LocaleShape<typeof nl> = {
  title: 'Access tokens',
  intro:
    'With a personal access token, scripts and other systems use the Ketenlab API on your behalf, with your rights. Revoke a token as soon as you no longer need it.',
  create: {
    title: 'New token',
    name: 'Name',
    nameDescription: 'What do you use the token for? For example "Reporting script".',
    validity: 'Valid for',
    validities: {
      '30': '30 days',
      '90': '90 days',
      '365': '1 year',
      never: 'No end date',
    },
    submit: 'Create token',
  },
  created: {
    title: 'Token “{{name}}” has been created',
    once: 'Copy the token now and keep it safe. You will never see it again.',
    secret: 'Token',
  },
  list: {
    title: 'Your tokens',
    caption: 'Your personal access tokens',
    empty: 'You have no active tokens.',
    name: 'Name',
    created: 'Created',
    lastUsed: 'Last used',
    expires: 'Expires',
    actions: 'Actions',
    neverUsed: 'Not used yet',
    noExpiry: 'Never',
    revoke: 'Revoke',
    revoked: 'Token “{{name}}” has been revoked and no longer works.',
  },
};
