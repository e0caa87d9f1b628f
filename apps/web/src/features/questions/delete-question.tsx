import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../../shared/dialog';
import { problemsOf, useProblemText } from '../../shared/errors';

const DeleteQuestionMutation = graphql(`
  mutation DeleteQuestion($id: ID!) {
    deleteQuestion(id: $id)
  }
`);

interface DeleteQuestionProps {
  question: { id: string; title: string };
  onDeleted: () => void;
}

/** The lead removes a question, after saying yes to what that means. */
export function DeleteQuestion({ question, onDeleted }: DeleteQuestionProps) {
  const { t } = useTranslation('questions');
  const problemText = useProblemText();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [deleteQuestion, { loading }] = useMutation(DeleteQuestionMutation, {
    refetchQueries: ['ProjectQuestions'],
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'Question', id: question.id }) });
      cache.gc();
    },
  });

  const confirm = async () => {
    try {
      await deleteQuestion({ variables: { id: question.id } });
      setConfirming(false);
      onDeleted();
    } catch (error) {
      setConfirming(false);
      setRefusal(problemsOf(error).map(problemText).join(' '));
    }
  };

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('remove.title')}</Heading2>
      <Paragraph>{t('remove.intro')}</Paragraph>
      {refusal ? (
        <Alert type="error" role="alert">
          <Paragraph>{refusal}</Paragraph>
        </Alert>
      ) : null}
      <Button
        appearance="secondary-action-button"
        hint="danger"
        onClick={() => {
          setRefusal(null);
          setConfirming(true);
        }}
      >
        {t('remove.open')}
      </Button>
      <ConfirmDialog
        open={confirming}
        danger
        title={t('remove.confirmTitle')}
        body={t('remove.confirmBody', { title: question.title })}
        confirmLabel={t('remove.confirm')}
        cancelLabel={t('remove.cancel')}
        busy={loading}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
