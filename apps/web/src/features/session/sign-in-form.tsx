import { useApolloClient, useMutation } from '@apollo/client/react';
import { EMAIL_PATTERN, LIMITS } from '@ketenlab/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { resetSessionData } from './reset-session-data';
import {
  ErrorSummary,
  TextField,
  useFieldIds,
  useFormProblems,
  useValidationText,
  type FieldErrors,
  SubmitButton,
} from '../../shared/forms';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
      }
    }
  }
`);

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation('session');
  const client = useApolloClient();
  const ids = useFieldIds(FIELDS);
  const validation = useValidationText();
  const problems = useFormProblems(FIELDS, { UNAUTHENTICATED: t('signIn.wrongCredentials') });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading }] = useMutation(SignInMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const found: FieldErrors<Field> = {};
    if (!email.trim()) found.email = validation.required(t('signIn.email'));
    else if (!EMAIL_PATTERN.test(email.trim())) found.email = validation.email();
    if (!password) found.password = validation.required(t('signIn.password'));
    if (!problems.check(found)) return;
    try {
      await signIn({ variables: { input: { email: email.trim(), password } } });
      // Whatever was cached belonged to nobody; fetch the session and the rest afresh.
      await resetSessionData(client);
      onSignedIn();
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="kl-form">
      <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
      <TextField
        id={ids.email}
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        spellCheck={false}
        maxLength={LIMITS.emailMax}
        value={email}
        onChange={setEmail}
        error={problems.fields.email}
      />
      <TextField
        id={ids.password}
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        maxLength={LIMITS.passwordMax}
        value={password}
        onChange={setPassword}
        error={problems.fields.password}
      />
      <SubmitButton busy={loading}>{t('signIn.submit')}</SubmitButton>
    </form>
  );
}
