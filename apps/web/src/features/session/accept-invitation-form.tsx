import { useApolloClient, useMutation } from '@apollo/client/react';
import { LIMITS } from '@ketenlab/domain';
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

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        id
      }
    }
  }
`);

// `token` is not an input here, but the API names it when the link is bad: show that on top.
const FIELDS = ['password', 'repeat'] as const;
type Field = (typeof FIELDS)[number];

export function AcceptInvitationForm({
  token,
  onAccepted,
}: {
  token: string;
  onAccepted: () => void;
}) {
  const { t } = useTranslation('session');
  const client = useApolloClient();
  const ids = useFieldIds(FIELDS);
  const validation = useValidationText();
  const problems = useFormProblems(FIELDS, { CONFLICT: t('invitation.alreadyUsed') });
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const found: FieldErrors<Field> = {};
    if (!password) found.password = validation.required(t('invitation.password'));
    else if (password.length < LIMITS.passwordMin)
      found.password = validation.minLength(t('invitation.password'), LIMITS.passwordMin);
    if (password && repeat !== password) found.repeat = t('invitation.mismatch');
    if (!problems.check(found)) return;
    try {
      await accept({ variables: { input: { token, password } } });
      await resetSessionData(client);
      onAccepted();
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="kl-form">
      <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
      <TextField
        id={ids.password}
        label={t('invitation.password')}
        description={t('invitation.passwordDescription', { min: LIMITS.passwordMin })}
        type="password"
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        value={password}
        onChange={setPassword}
        error={problems.fields.password}
      />
      <TextField
        id={ids.repeat}
        label={t('invitation.repeat')}
        type="password"
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        value={repeat}
        onChange={setRepeat}
        error={problems.fields.repeat}
      />
      <SubmitButton busy={loading}>{t('invitation.submit')}</SubmitButton>
    </form>
  );
}
