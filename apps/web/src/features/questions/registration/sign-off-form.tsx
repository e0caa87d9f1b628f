import { useMutation } from '@apollo/client/react';
import { LIMITS, type SignOffDecision } from '@ketenlab/domain';
import { Button, ButtonGroup, Heading4 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import {
  ErrorSummary,
  TextareaField,
  useFieldIds,
  useFormProblems,
  useValidationText,
} from '../../../shared/forms';

const SignOffRegistrationMutation = graphql(`
  mutation SignOffRegistration($input: SignOffRegistrationInput!) {
    signOffRegistration(input: $input) {
      id
      status
    }
  }
`);

const FIELDS = ['reason'] as const;

interface SignOffFormProps {
  registrationId: string;
  organisation: string;
}

/** Approve, or ask for changes with a reason, on behalf of one's own organisation. */
export function SignOffForm({ registrationId, organisation }: SignOffFormProps) {
  const { t } = useTranslation('questions');
  const ids = useFieldIds(FIELDS);
  const problems = useFormProblems(FIELDS, { CONFLICT: t('registration.signConflict') });
  const validation = useValidationText();
  const [reason, setReason] = useState('');
  const [signOff, { loading }] = useMutation(SignOffRegistrationMutation, {
    refetchQueries: ['QuestionRegistration'],
    awaitRefetchQueries: true,
  });

  const send = async (decision: SignOffDecision) => {
    if (loading) return;
    const trimmed = reason.trim();
    const missing =
      decision === 'request_changes' && !trimmed
        ? { reason: validation.required(t('registration.reason')) }
        : {};
    if (!problems.check(missing)) return;
    try {
      await signOff({ variables: { input: { registrationId, decision, reason: trimmed } } });
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <form onSubmit={(event) => event.preventDefault()} noValidate className="kl-form">
      <Heading4>{t('registration.signFor', { organisation })}</Heading4>
      <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
      <TextareaField
        id={ids.reason}
        label={t('registration.reason')}
        description={t('registration.reasonHint')}
        optional
        rows={3}
        maxLength={LIMITS.signOffReasonMax}
        value={reason}
        onChange={setReason}
        error={problems.fields.reason}
      />
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={loading}
          onClick={() => void send('approve')}
        >
          {t('registration.approve')}
        </Button>
        <Button
          appearance="secondary-action-button"
          busy={loading}
          onClick={() => void send('request_changes')}
        >
          {t('registration.requestChanges')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
