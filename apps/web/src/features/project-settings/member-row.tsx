import { PROJECT_ROLES, type ProjectRole } from '@ketenlab/domain';
import {
  Button,
  FormLabel,
  Select,
  SelectOption,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSettingsMembersQuery } from '../../gql/graphql';
import { problemsOf, useProblemText } from '../../shared/errors';
import { useProjectTerms } from '../projects';
import type { MemberChangeOutcome } from './project-members-manager';
import { useMemberMutations } from './use-member-mutations';

type Member = ProjectSettingsMembersQuery['project']['members'][number];

interface MemberRowProps {
  projectId: string;
  member: Member;
  onOutcome: (outcome: MemberChangeOutcome) => void;
}

/**
 * One member with their role. Choosing a role does nothing by itself (WCAG 3.2.2): the change
 * happens on "Change role", so a keyboard user can browse the options safely.
 */
export function MemberRow({ projectId, member, onOutcome }: MemberRowProps) {
  const { t } = useTranslation('projectSettings');
  const terms = useProjectTerms();
  const problemText = useProblemText();
  const roleId = useId();
  const [role, setRole] = useState<ProjectRole>(member.role);
  const { putMember, removeMember, busy } = useMemberMutations();
  const name = member.user.name;

  const refuse = (error: unknown) =>
    onOutcome({ kind: 'refused', message: problemsOf(error).map(problemText).join(' ') });

  const changeRole = async () => {
    try {
      await putMember({ variables: { input: { projectId, userId: member.user.id, role } } });
      onOutcome({
        kind: 'done',
        message: t('members.roleChanged', { name, role: terms.role(role).toLocaleLowerCase() }),
      });
    } catch (error) {
      setRole(member.role);
      refuse(error);
    }
  };

  const remove = async () => {
    try {
      await removeMember({ variables: { input: { projectId, userId: member.user.id } } });
      // The row and its button are gone: the manager puts focus somewhere that still exists.
      onOutcome({ kind: 'done', message: t('members.removed', { name }), focusLost: true });
    } catch (error) {
      refuse(error);
    }
  };

  return (
    <TableRow>
      <TableHeaderCell scope="row">{name}</TableHeaderCell>
      <TableCell>{member.user.organisation.name}</TableCell>
      <TableCell>
        <div className="kl-inline-field">
          <FormLabel htmlFor={roleId} className="kl-visually-hidden">
            {t('members.roleOf', { name })}
          </FormLabel>
          <Select
            id={roleId}
            value={role}
            onChange={(event) =>
              setRole(PROJECT_ROLES.find((r) => r === event.target.value) ?? member.role)
            }
          >
            {terms.roleOptions.map((option) => (
              <SelectOption key={option.value} value={option.value}>
                {option.label}
              </SelectOption>
            ))}
          </Select>
          <Button appearance="secondary-action-button" busy={busy} onClick={changeRole}>
            {t('members.changeRole')}
            <span className="kl-visually-hidden"> {t('members.ofName', { name })}</span>
          </Button>
        </div>
      </TableCell>
      <TableCell>
        <Button appearance="subtle-button" hint="danger" busy={busy} onClick={remove}>
          {t('members.remove')}
          <span className="kl-visually-hidden"> {name}</span>
        </Button>
      </TableCell>
    </TableRow>
  );
}
