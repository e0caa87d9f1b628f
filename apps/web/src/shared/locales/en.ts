import type { LocaleShape } from '../../i18n/locale-shape';
import type { nl } from './nl';

export const en: LocaleShape<typeof nl> = {
  appName: 'Ketenlab',
  pageTitle: '{{title}} — Ketenlab',
  skipLink: 'Skip to content',
  loading: 'Loading…',
  optional: '(optional)',
  header: {
    home: 'Ketenlab, to the home page',
    tagline: 'Answering research questions together',
  },
  nav: {
    label: 'Main menu',
    projects: 'Projects',
    search: 'Search',
    tokens: 'Access tokens',
    organisations: 'Organisations',
    accounts: 'Accounts',
    signIn: 'Sign in',
  },
  userMenu: {
    label: 'Your account',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
  },
  language: {
    switchTo: 'Nederlands',
  },
  footer: {
    label: 'About Ketenlab',
    about:
      'Ketenlab is the workspace where municipalities and chain partners such as CBS, GGD and housing corporations research societal questions together.',
    accessibility: 'This website aims to be accessible according to WCAG 2.1 level AA.',
  },
  validation: {
    required: 'Enter {{field}}.',
    minLength: '{{field}} must be at least {{min}} characters long.',
    email: 'Enter an e-mail address like name@organisation.nl.',
    colour: 'Enter a colour as # followed by six characters, for example #01689b.',
    choose: 'Choose {{field}}.',
  },
  errorSummary: {
    title: 'This did not work yet',
  },
  errors: {
    UNAUTHENTICATED: 'You are not signed in (any more). Please sign in again.',
    FORBIDDEN: 'You do not have access to this, or it does not exist.',
    NOT_FOUND: 'This was not found. It may have been removed.',
    BAD_USER_INPUT: 'Some of the details are not right. Please check the form.',
    CONFLICT:
      'This is not possible because it conflicts with the current situation. Reload the page and try again.',
    RATE_LIMITED: 'Too many attempts. Wait a moment and try again.',
    RATE_LIMITED_seconds: 'Too many attempts. Try again in {{seconds}} seconds.',
    NETWORK: 'Ketenlab cannot be reached right now. Check your connection and try again.',
    INTERNAL: 'Something went wrong on our side. Please try again later.',
  },
  fieldErrors: {
    BAD_USER_INPUT: {
      email: 'Enter a valid e-mail address.',
      password: 'The password must be 12 to 256 characters long.',
      name: 'This name is too short or too long.',
      title: 'The title must be 3 to 200 characters long.',
      goal: 'Enter the goal, in at most 5000 characters.',
      societalObjective: 'The societal objective can be at most 2000 characters long.',
      colour: 'Enter a colour as # followed by six characters, for example #01689b.',
      partnerOrganisationIds: 'One or more partner organisations no longer exist.',
      organisationId: 'This organisation no longer exists.',
      userId:
        "This is not possible for this person. Only active accounts of the project's own or a partner organisation can be members.",
      id: 'You cannot remove your own administrator rights or deactivate yourself.',
      query: 'The search query is too long.',
      token:
        'This invitation link is invalid, used or expired. Ask an administrator for a new one.',
      expiresInDays: 'Choose a validity of 1 to 366 days.',
    },
    CONFLICT: {
      email: 'An account with this e-mail address already exists.',
      name: 'An organisation with this name already exists.',
      role: 'A project needs at least one lead. Make someone else lead first.',
    },
  },
  queryError: {
    retry: 'Try again',
  },
  copy: {
    button: 'Copy',
    copied: 'Copied to the clipboard.',
    failed: 'Copying did not work. Select the text and copy it yourself.',
  },
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist (any more). Check the address, or continue from the home page.',
    home: 'To the home page',
  },
  forbidden: {
    title: 'No access',
    body: 'You do not have access to this page. If you think this is wrong, contact an administrator.',
  },
};
