import { useMutation } from '@apollo/client/react';
import { LIMITS, QUALITY_DIMENSIONS, type QualityDimension } from '@ketenlab/domain';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextareaField,
  useFieldIds,
  useFormProblems,
  type FieldErrors,
} from '../../shared/forms';
import { useQualityTerms } from './use-quality-terms';

const FileQualityReportMutation = graphql(`
  mutation FileQualityReport($input: FileQualityReportInput!) {
    fileQualityReport(input: $input) {
      id
      state
    }
  }
`);

const FIELDS = ['dimension', 'column', 'description'] as const;
type Field = (typeof FIELDS)[number];
const WHOLE = '';

/** Reporting doubt about a dataset: a dimension, optionally a column of the current version. */
export function QualityReportForm({
  datasetId,
  columns,
}: {
  datasetId: string;
  columns: readonly string[];
}) {
  const { t } = useTranslation('qualityReports');
  const terms = useQualityTerms();
  const headingId = useId();
  const ids = useFieldIds(FIELDS);
  const problems = useFormProblems(FIELDS);
  const [dimension, setDimension] = useState<QualityDimension | ''>('');
  const [column, setColumn] = useState<string>(WHOLE);
  const [description, setDescription] = useState('');
  const [status, setStatus] = useState('');
  const [file, { loading }] = useMutation(FileQualityReportMutation, {
    refetchQueries: ['DatasetQualityReports'],
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setStatus('');
    const found: FieldErrors<Field> = {};
    if (!dimension) found.dimension = t('form.dimensionMissing');
    if (column !== WHOLE && !columns.includes(column)) found.column = t('form.columnGone');
    if (description.trim().length < LIMITS.qualityReportDescriptionMin) {
      found.description = description.trim()
        ? t('form.descriptionShort', { min: LIMITS.qualityReportDescriptionMin })
        : t('form.descriptionMissing');
    }
    if (!problems.check(found) || !dimension) return;
    try {
      await file({
        variables: {
          input: {
            datasetId,
            dimension,
            column: column === WHOLE ? null : column,
            description: description.trim(),
          },
        },
      });
      setDimension('');
      setColumn(WHOLE);
      setDescription('');
      setStatus(t('form.sent'));
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <section aria-labelledby={headingId} className="kl-subsection">
      <Heading3 id={headingId}>{t('form.title')}</Heading3>
      <form onSubmit={onSubmit} noValidate className="kl-form">
        <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
        <SelectField
          id={ids.dimension}
          label={t('form.dimension')}
          description={t('form.dimensionDescription')}
          placeholder={t('form.choose')}
          options={QUALITY_DIMENSIONS.map((value) => ({ value, label: terms.dimension(value) }))}
          value={dimension}
          onChange={setDimension}
          error={problems.fields.dimension}
        />
        {columns.length ? (
          <SelectField
            id={ids.column}
            label={t('form.column')}
            description={t('form.columnDescription')}
            options={[
              { value: WHOLE, label: t('form.wholeDataset') },
              ...columns.map((name) => ({ value: name, label: name })),
            ]}
            value={column}
            onChange={setColumn}
            error={problems.fields.column}
          />
        ) : null}
        <TextareaField
          id={ids.description}
          label={t('form.description')}
          description={t('form.descriptionDescription')}
          maxLength={LIMITS.qualityReportDescriptionMax}
          value={description}
          onChange={setDescription}
          error={problems.fields.description}
        />
        <SubmitButton busy={loading}>{t('form.submit')}</SubmitButton>
      </form>
      <Paragraph role="status" className="kl-status">
        {status}
      </Paragraph>
    </section>
  );
}
