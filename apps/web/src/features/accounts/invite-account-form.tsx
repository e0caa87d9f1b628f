import { useMutation, useQuery } from '@apollo/client/react';
import { EMAIL_PATTERN, LIMITS } from '@ketenlab/domain';
import { Heading2 } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  TextField,
  useFieldIds,
  useFormProblems,
  useValidationText,
  type FieldErrors,
  SubmitButton,
} from '../../shared/forms';
import type { IssuedInvitation } from './invitation-link-panel';

const InviteOrganisationsQuery = graphql(`
  query InviteOrganisations {
    organisations {
      id
      name
    }
  }
`);

const InviteAccountMutation = graphql(`
  mutation InviteAccount($input: InviteAccountInput!) {
    inviteAccount(input: $input) {
      url
      expiresAt
      mailed
      user {
        id
        name
      }
    }
  }
`);

const FIELDS = ['name', 'email', 'organisationId', 'isAdmin'] as const;
type Field = (typeof FIELDS)[number];

export function InviteAccountForm({
  onInvited,
}: {
  onInvited: (invitation: IssuedInvitation) => void;
}) {
  const { t } = useTranslation('accounts');
  const headingId = useId();
  const ids = useFieldIds(FIELDS);
  const validation = useValidationText();
  const problems = useFormProblems(FIELDS);
  const organisations = useQuery(InviteOrganisationsQuery);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [isAdmin, setIsAdmin] = useState(false);
  const [invite, { loading }] = useMutation(InviteAccountMutation, {
    refetchQueries: ['Accounts'],
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const found: FieldErrors<Field> = {};
    if (!name.trim()) found.name = validation.required(t('fields.name'));
    if (!email.trim()) found.email = validation.required(t('fields.email'));
    else if (!EMAIL_PATTERN.test(email.trim())) found.email = validation.email();
    if (!organisationId) found.organisationId = validation.choose(t('fields.organisation'));
    if (!problems.check(found)) return;
    try {
      const { data } = await invite({
        variables: { input: { name: name.trim(), email: email.trim(), organisationId, isAdmin } },
      });
      if (!data) return;
      const { user, url, expiresAt, mailed } = data.inviteAccount;
      onInvited({ name: user.name, url, expiresAt, mailed });
      setName('');
      setEmail('');
      setIsAdmin(false);
    } catch (error) {
      problems.showError(error);
    }
  };

  const options = [...(organisations.data?.organisations ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((organisation) => ({ value: organisation.id, label: organisation.name }));

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('invite.title')}</Heading2>
      <form onSubmit={onSubmit} noValidate className="kl-form">
        <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
        <TextField
          id={ids.name}
          label={t('fields.name')}
          autoComplete="off"
          maxLength={LIMITS.nameMax}
          value={name}
          onChange={setName}
          error={problems.fields.name}
        />
        <TextField
          id={ids.email}
          label={t('fields.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          maxLength={LIMITS.emailMax}
          value={email}
          onChange={setEmail}
          error={problems.fields.email}
        />
        <SelectField
          id={ids.organisationId}
          label={t('fields.organisation')}
          placeholder={t('invite.chooseOrganisation')}
          options={options}
          value={organisationId}
          onChange={setOrganisationId}
          error={problems.fields.organisationId}
          disabled={!organisations.data}
        />
        <CheckboxField
          id={ids.isAdmin}
          label={t('fields.isAdmin')}
          description={t('invite.isAdminDescription')}
          checked={isAdmin}
          onChange={setIsAdmin}
        />
        <SubmitButton busy={loading}>{t('invite.submit')}</SubmitButton>
      </form>
    </section>
  );
}
