import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ketenlab/domain';
import { Heading3 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import {
  ErrorSummary,
  SubmitButton,
  TextField,
  useFieldIds,
  useFormProblems,
  useValidationText,
  type FieldErrors,
} from '../../shared/forms';

const CreateQuestionMutation = graphql(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      id
      title
      status
      updatedAt
    }
  }
`);

const FIELDS = ['title'] as const;

interface NewQuestionFormProps {
  projectId: string;
  onCreated: (questionId: string) => void;
}

/** A question starts with a title; its text is written together on the question's page. */
export function NewQuestionForm({ projectId, onCreated }: NewQuestionFormProps) {
  const { t } = useTranslation('questions');
  const ids = useFieldIds(FIELDS);
  const problems = useFormProblems(FIELDS);
  const validation = useValidationText();
  const [title, setTitle] = useState('');
  const [createQuestion, { loading }] = useMutation(CreateQuestionMutation, {
    refetchQueries: ['ProjectQuestions'],
  });

  const check = (): FieldErrors<'title'> => {
    const trimmed = title.trim();
    if (!trimmed) return { title: validation.required(t('create.field')) };
    if (trimmed.length < LIMITS.questionTitleMin)
      return { title: validation.minLength(t('create.field'), LIMITS.questionTitleMin) };
    return {};
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading || !problems.check(check())) return;
    try {
      const { data } = await createQuestion({
        variables: { input: { projectId, title: title.trim() } },
      });
      if (data) onCreated(data.createQuestion.id);
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <div className="kl-subsection">
      <Heading3>{t('create.title')}</Heading3>
      <form onSubmit={onSubmit} noValidate className="kl-form">
        <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
        <TextField
          id={ids.title}
          label={t('create.field')}
          description={t('create.description')}
          maxLength={LIMITS.questionTitleMax}
          value={title}
          onChange={setTitle}
          error={problems.fields.title}
        />
        <SubmitButton busy={loading}>{t('create.submit')}</SubmitButton>
      </form>
    </div>
  );
}
