import type { LocaleShape } from '../../../i18n/locale-shape';
import type { nl } from './nl';

export const en: LocaleShape<typeof nl> = {
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the e-mail address and password of your Ketenlab account.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    wrongCredentials: 'The e-mail address or the password is not correct.',
    noAccount: 'No account yet? An administrator of your organisation can invite you.',
  },
  invitation: {
    title: 'Accept invitation',
    intro: 'Choose a password for your Ketenlab account. You will be signed in right away.',
    password: 'New password',
    passwordDescription:
      'At least {{min}} characters. A sentence of a few words is strong and easy to remember.',
    repeat: 'Repeat the password',
    mismatch: 'The two passwords are not the same.',
    submit: 'Set password and sign in',
    alreadyUsed: 'This invitation has already been used. Sign in with your password.',
  },
};
