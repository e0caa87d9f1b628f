import { useMutation } from '@apollo/client/react';
import { LIMITS, type QuestionStatus } from '@ketenlab/domain';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextField,
  useFieldIds,
  useFormProblems,
  useValidationText,
} from '../../shared/forms';
import { useQuestionTerms } from './use-question-terms';

const RenameQuestionMutation = graphql(`
  mutation RenameQuestion($input: RenameQuestionInput!) {
    renameQuestion(input: $input) {
      id
      title
      updatedAt
    }
  }
`);

const SetQuestionStatusMutation = graphql(`
  mutation SetQuestionStatus($input: SetQuestionStatusInput!) {
    setQuestionStatus(input: $input) {
      id
      status
      updatedAt
    }
  }
`);

interface QuestionDetailsFormProps {
  question: { id: string; title: string; status: QuestionStatus };
  mayRename: boolean;
  maySetStatus: boolean;
}

/**
 * Title and status, each changed by its own button: choosing a status does nothing by itself
 * (WCAG 3.2.2). Until someone edits a field it shows the current value, also after others
 * changed it.
 */
export function QuestionDetailsForm({
  question,
  mayRename,
  maySetStatus,
}: QuestionDetailsFormProps) {
  const { t } = useTranslation('questions');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('details.title')}</Heading2>
      {mayRename ? <RenameForm question={question} /> : null}
      {maySetStatus ? <StatusForm question={question} /> : null}
    </section>
  );
}

const TITLE_FIELDS = ['title'] as const;

function RenameForm({ question }: { question: { id: string; title: string } }) {
  const { t } = useTranslation('questions');
  const ids = useFieldIds(TITLE_FIELDS);
  const problems = useFormProblems(TITLE_FIELDS);
  const validation = useValidationText();
  const [draft, setDraft] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [rename, { loading }] = useMutation(RenameQuestionMutation, {
    refetchQueries: ['ProjectQuestions'],
  });
  const title = draft ?? question.title;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setDone(false);
    const trimmed = title.trim();
    const found = !trimmed
      ? { title: validation.required(t('details.rename')) }
      : trimmed.length < LIMITS.questionTitleMin
        ? { title: validation.minLength(t('details.rename'), LIMITS.questionTitleMin) }
        : {};
    if (!problems.check(found)) return;
    try {
      await rename({ variables: { input: { id: question.id, title: trimmed } } });
      setDraft(null);
      setDone(true);
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="kl-form">
      <ErrorSummary problems={problems} ids={ids} order={TITLE_FIELDS} />
      <TextField
        id={ids.title}
        label={t('details.rename')}
        maxLength={LIMITS.questionTitleMax}
        value={title}
        onChange={(value) => {
          setDone(false);
          setDraft(value);
        }}
        error={problems.fields.title}
      />
      <SubmitButton busy={loading}>{t('details.renameSubmit')}</SubmitButton>
      <Paragraph role="status" className="kl-status">
        {done ? t('details.renamed') : ''}
      </Paragraph>
    </form>
  );
}

function StatusForm({ question }: { question: { id: string; status: QuestionStatus } }) {
  const { t } = useTranslation('questions');
  const terms = useQuestionTerms();
  const id = useId();
  const [draft, setDraft] = useState<QuestionStatus | null>(null);
  const [changed, setChanged] = useState<QuestionStatus | null>(null);
  const problems = useFormProblems([] as const);
  const [setStatus, { loading }] = useMutation(SetQuestionStatusMutation, {
    refetchQueries: ['ProjectQuestions'],
  });
  const status = draft ?? question.status;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setChanged(null);
    try {
      await setStatus({ variables: { input: { id: question.id, status } } });
      setDraft(null);
      setChanged(status);
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="kl-form kl-after-form">
      <ErrorSummary problems={problems} ids={{}} order={[]} />
      <SelectField
        id={id}
        label={t('details.status')}
        description={t('details.statusDescription')}
        options={terms.statusOptions}
        value={status}
        onChange={(value) => {
          setChanged(null);
          setDraft(value);
        }}
      />
      <Button type="submit" appearance="secondary-action-button" busy={loading}>
        {t('details.statusSubmit')}
      </Button>
      <Paragraph role="status" className="kl-status">
        {changed ? t('details.statusChanged', { status: terms.status(changed) }) : ''}
      </Paragraph>
    </form>
  );
}
