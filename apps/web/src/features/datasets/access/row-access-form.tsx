import { useMutation } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { useFormat } from '../../../shared/format';
import {
  CheckboxGroupField,
  ErrorSummary,
  SubmitButton,
  useFieldIds,
  useFormProblems,
} from '../../../shared/forms';
import { useDatasetFieldText } from '../metadata/dataset-field-errors';

const SetDatasetRowAccessMutation = graphql(`
  mutation SetDatasetRowAccess($input: SetDatasetRowAccessInput!) {
    setDatasetRowAccess(input: $input) {
      id
      mayReadRows
      rowOrganisations {
        id
        name
      }
    }
  }
`);

const FIELDS = ['organisationIds'] as const;

interface Organisation {
  id: string;
  name: string;
}

interface RowAccessProps {
  datasetId: string;
  owner: Organisation;
  allowed: readonly Organisation[];
  /** The project's organisations: the only ones that can be given access. */
  candidates: readonly Organisation[];
  /** Only the owner organisation decides; everyone else reads the setting. */
  mayManage: boolean;
}

/** Which organisations besides the owner see the rows: a setting for the owner, a fact for others. */
export function RowAccess({ datasetId, owner, allowed, candidates, mayManage }: RowAccessProps) {
  const { t } = useTranslation('datasets');
  const format = useFormat();
  const headingId = useId();
  const statusId = useId();
  const ids = useFieldIds(FIELDS);
  const fieldText = useDatasetFieldText();
  const problems = useFormProblems(FIELDS, undefined, fieldText.forProblem);
  const [chosen, setChosen] = useState<string[]>(() => allowed.map((o) => o.id));
  const [saved, setSaved] = useState('');
  const [save, { loading }] = useMutation(SetDatasetRowAccessMutation);
  const others = candidates.filter((organisation) => organisation.id !== owner.id);
  const readers = [owner, ...allowed].map((organisation) => organisation.name);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setSaved('');
    problems.check({});
    try {
      await save({ variables: { input: { datasetId, organisationIds: chosen } } });
      setSaved(t('access.saved'));
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('access.title')}</Heading2>
      <Paragraph>
        {mayManage
          ? t('access.intro', { owner: owner.name })
          : t('access.introReadOnly', { owner: owner.name })}
      </Paragraph>
      {!mayManage ? (
        <Paragraph>{t('access.readOnly', { organisations: format.list(readers) })}</Paragraph>
      ) : others.length === 0 ? (
        <Paragraph>{t('access.noPartners')}</Paragraph>
      ) : (
        <form onSubmit={onSubmit} noValidate className="kl-form">
          <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
          <CheckboxGroupField
            id={ids.organisationIds}
            legend={t('access.organisations')}
            description={t('access.organisationsHint', { owner: owner.name })}
            options={others.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              setSaved('');
            }}
            error={problems.fields.organisationIds}
          />
          <SubmitButton busy={loading}>{t('access.submit')}</SubmitButton>
          <p id={statusId} role="status" className="kl-status">
            {saved}
          </p>
        </form>
      )}
    </section>
  );
}
