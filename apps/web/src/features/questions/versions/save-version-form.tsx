import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ketenlab/domain';
import { Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import {
  ErrorSummary,
  SubmitButton,
  TextField,
  useFieldIds,
  useFormProblems,
  useValidationText,
} from '../../../shared/forms';

const SaveQuestionVersionMutation = graphql(`
  mutation SaveQuestionVersion($input: SaveQuestionVersionInput!) {
    saveQuestionVersion(input: $input) {
      id
      name
      createdAt
    }
  }
`);

const FIELDS = ['name'] as const;

/** Keeps the live text as it is now, under a name. */
export function SaveVersionForm({ questionId }: { questionId: string }) {
  const { t } = useTranslation('questions');
  const ids = useFieldIds(FIELDS);
  const problems = useFormProblems(FIELDS);
  const validation = useValidationText();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveQuestionVersionMutation, {
    refetchQueries: ['QuestionVersions'],
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setSaved(null);
    const trimmed = name.trim();
    if (!problems.check(trimmed ? {} : { name: validation.required(t('versions.name')) })) return;
    try {
      const { data } = await save({ variables: { input: { questionId, name: trimmed } } });
      if (data) {
        setSaved(data.saveQuestionVersion.name);
        setName('');
      }
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="kl-form">
      <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
      <TextField
        id={ids.name}
        label={t('versions.name')}
        maxLength={LIMITS.versionNameMax}
        value={name}
        onChange={(value) => {
          setSaved(null);
          setName(value);
        }}
        error={problems.fields.name}
      />
      <SubmitButton busy={loading}>{t('versions.save')}</SubmitButton>
      <Paragraph role="status" className="kl-status">
        {saved ? t('versions.saved', { name: saved }) : ''}
      </Paragraph>
    </form>
  );
}
