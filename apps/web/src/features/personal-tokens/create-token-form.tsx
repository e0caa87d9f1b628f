import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ketenlab/domain';
import { Heading2 } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import {
  ErrorSummary,
  SelectField,
  TextField,
  useFieldIds,
  useFormProblems,
  useValidationText,
  type FieldErrors,
  SubmitButton,
} from '../../shared/forms';
import type { NewToken } from './new-token-secret';

const CreatePersonalAccessTokenMutation = graphql(`
  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {
    createPersonalAccessToken(input: $input) {
      token
      personalAccessToken {
        id
        name
      }
    }
  }
`);

const FIELDS = ['name', 'expiresInDays'] as const;
type Field = (typeof FIELDS)[number];
const VALIDITIES = ['30', '90', '365', 'never'] as const;
type Validity = (typeof VALIDITIES)[number];

export function CreateTokenForm({ onCreated }: { onCreated: (token: NewToken) => void }) {
  const { t } = useTranslation('personalTokens');
  const headingId = useId();
  const ids = useFieldIds(FIELDS);
  const validation = useValidationText();
  const problems = useFormProblems(FIELDS);
  const [name, setName] = useState('');
  const [validity, setValidity] = useState<Validity>('90');
  const [create, { loading }] = useMutation(CreatePersonalAccessTokenMutation, {
    refetchQueries: ['PersonalAccessTokens'],
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const found: FieldErrors<Field> = {};
    if (!name.trim()) found.name = validation.required(t('create.name'));
    if (!problems.check(found)) return;
    try {
      const { data } = await create({
        variables: {
          input: {
            name: name.trim(),
            expiresInDays: validity === 'never' ? null : Number(validity),
          },
        },
      });
      if (!data) return;
      onCreated({
        name: data.createPersonalAccessToken.personalAccessToken.name,
        secret: data.createPersonalAccessToken.token,
      });
      setName('');
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('create.title')}</Heading2>
      <form onSubmit={onSubmit} noValidate className="kl-form">
        <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
        <TextField
          id={ids.name}
          label={t('create.name')}
          description={t('create.nameDescription')}
          maxLength={LIMITS.tokenNameMax}
          value={name}
          onChange={setName}
          error={problems.fields.name}
        />
        <SelectField
          id={ids.expiresInDays}
          label={t('create.validity')}
          options={VALIDITIES.map((value) => ({ value, label: t(`create.validities.${value}`) }))}
          value={validity}
          onChange={setValidity}
          error={problems.fields.expiresInDays}
        />
        <SubmitButton busy={loading}>{t('create.submit')}</SubmitButton>
      </form>
    </section>
  );
}
