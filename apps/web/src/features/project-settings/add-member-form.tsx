import { useQuery } from '@apollo/client/react';
import { LIMITS, type ProjectRole } from '@ketenlab/domain';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useFormat } from '../../shared/format';
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
import { useProjectTerms } from '../projects';
import type { MemberChangeOutcome } from './project-members-manager';
import { useDebouncedValue } from './use-debounced-value';
import { useMemberMutations } from './use-member-mutations';

const ProjectMemberCandidatesQuery = graphql(`
  query ProjectMemberCandidates($projectId: ID!, $query: String!) {
    projectMemberCandidates(projectId: $projectId, query: $query) {
      id
      name
      organisation {
        id
        name
      }
    }
  }
`);

const FIELDS = ['search', 'userId', 'role'] as const;
type Field = (typeof FIELDS)[number];

interface AddMemberFormProps {
  projectId: string;
  memberIds: readonly string[];
  /** The owner and partner organisations: only their people can join. */
  organisationNames: readonly string[];
  onOutcome: (outcome: MemberChangeOutcome) => void;
}

/**
 * Find a person of the owner or a partner organisation and add them in a role. Typing narrows
 * the list of people to choose from; the number found is announced as it changes.
 */
export function AddMemberForm({
  projectId,
  memberIds,
  organisationNames,
  onOutcome,
}: AddMemberFormProps) {
  const { t } = useTranslation('projectSettings');
  const terms = useProjectTerms();
  const format = useFormat();
  const validation = useValidationText();
  const headingId = useId();
  const ids = useFieldIds(FIELDS);
  const problems = useFormProblems(FIELDS);
  const [search, setSearch] = useState('');
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<ProjectRole>('contributor');
  const query = useDebouncedValue(search.trim(), 250);
  const candidates = useQuery(ProjectMemberCandidatesQuery, { variables: { projectId, query } });
  const { putMember, busy } = useMemberMutations();

  const people = (candidates.data?.projectMemberCandidates ?? []).filter(
    (person) => !memberIds.includes(person.id),
  );
  const options = people.map((person) => ({
    value: person.id,
    label: `${person.name} (${person.organisation.name})`,
  }));
  const chosen = people.find((person) => person.id === userId);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: FieldErrors<Field> = {};
    if (!chosen) found.userId = validation.choose(t('add.person'));
    if (!problems.check(found) || !chosen) return;
    try {
      await putMember({ variables: { input: { projectId, userId: chosen.id, role } } });
      onOutcome({
        kind: 'done',
        message: t('add.added', { name: chosen.name, role: terms.role(role).toLocaleLowerCase() }),
      });
      setUserId('');
      setSearch('');
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="kl-form kl-subsection"
      aria-labelledby={headingId}
    >
      <Heading3 id={headingId}>{t('add.title')}</Heading3>
      <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
      <TextField
        id={ids.search}
        type="search"
        label={t('add.search')}
        description={t('add.searchDescription', { organisations: format.list(organisationNames) })}
        optional
        maxLength={LIMITS.nameMax}
        value={search}
        onChange={setSearch}
        error={problems.fields.search}
      />
      <Paragraph role="status" className="kl-status">
        {candidates.data ? t('add.found', { count: options.length }) : ''}
      </Paragraph>
      <SelectField
        id={ids.userId}
        label={t('add.person')}
        placeholder={t('add.choosePerson')}
        options={options}
        value={chosen ? chosen.id : ''}
        onChange={setUserId}
        error={problems.fields.userId}
      />
      <SelectField
        id={ids.role}
        label={t('add.role')}
        options={terms.roleOptions}
        value={role}
        onChange={setRole}
        error={problems.fields.role}
      />
      <SubmitButton busy={busy}>{t('add.submit')}</SubmitButton>
    </form>
  );
}
