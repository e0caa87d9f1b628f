import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { problemsOf, useProblemText } from '../../../shared/errors';

const RequestRegistrationMutation = graphql(`
  mutation RequestRegistration($id: ID!) {
    requestRegistration(questionId: $id) {
      id
      status
    }
  }
`);

/** The lead's button that asks every organisation to sign off on the question as it is now. */
interface RequestRegistrationProps {
  questionId: string;
  /** Whether a round was requested before: the button then asks for a new one. */
  again: boolean;
  /** Whether the latest round is still open; the confirmation shows only while it is. */
  roundOpen: boolean;
}

export function RequestRegistration({ questionId, again, roundOpen }: RequestRegistrationProps) {
  const { t } = useTranslation('questions');
  const problemText = useProblemText({ BAD_USER_INPUT: t('registration.requestRefused') });
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [request, { loading }] = useMutation(RequestRegistrationMutation, {
    refetchQueries: ['QuestionRegistration'],
    awaitRefetchQueries: true,
  });

  const send = async () => {
    if (loading) return;
    setOutcome(null);
    try {
      await request({ variables: { id: questionId } });
      setOutcome({ ok: true, message: t('registration.requested') });
    } catch (error) {
      setOutcome({ ok: false, message: problemsOf(error).map(problemText).join(' ') });
    }
  };

  return (
    <div className="kl-registration-request">
      <Heading3>{t('registration.requestTitle')}</Heading3>
      <Paragraph>{t('registration.requestHint')}</Paragraph>
      <Button appearance="primary-action-button" busy={loading} onClick={() => void send()}>
        {again ? t('registration.requestAgain') : t('registration.request')}
      </Button>
      {outcome && !outcome.ok ? (
        <Alert type="error" role="alert">
          <Paragraph>{outcome.message}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph role="status" className="kl-status">
        {outcome?.ok && roundOpen ? outcome.message : ''}
      </Paragraph>
    </div>
  );
}
