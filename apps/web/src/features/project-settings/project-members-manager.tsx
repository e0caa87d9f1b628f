import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Loading, QueryError } from '../../shared/page';
import { byRoleThenName } from '../projects';
import { AddMemberForm } from './add-member-form';
import { MemberRow } from './member-row';

const ProjectSettingsMembersQuery = graphql(`
  query ProjectSettingsMembers($id: ID!) {
    project(id: $id) {
      id
      members {
        role
        user {
          id
          name
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

/** What the last change did, for the status line, or why it was refused, for the alert. */
export interface MemberChangeOutcome {
  kind: 'done' | 'refused';
  message: string;
  /** The control that made the change is gone (a removed row). */
  focusLost?: boolean;
}

interface ProjectMembersManagerProps {
  projectId: string;
  ownerName: string;
  partnerNames: string[];
}

export function ProjectMembersManager({
  projectId,
  ownerName,
  partnerNames,
}: ProjectMembersManagerProps) {
  const { t } = useTranslation('projectSettings');
  const headingId = useId();
  const [outcome, setOutcome] = useState<MemberChangeOutcome | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (outcome?.focusLost) heading.current?.focus();
  }, [outcome]);
  const { data, loading, error, refetch } = useQuery(ProjectSettingsMembersQuery, {
    variables: { id: projectId },
  });
  const members = [...(data?.project.members ?? [])].sort(byRoleThenName);

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId} ref={heading} tabIndex={-1}>
        {t('members.title')}
      </Heading2>
      <Paragraph>{t('members.intro')}</Paragraph>
      {outcome?.kind === 'refused' ? (
        <Alert type="error" role="alert">
          <Paragraph>{outcome.message}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph role="status" className="kl-status">
        {outcome?.kind === 'done' ? outcome.message : ''}
      </Paragraph>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data ? (
        <Table className="kl-table">
          <TableCaption className="kl-visually-hidden">{t('members.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('members.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('members.organisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('members.role')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('members.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => (
              <MemberRow
                key={member.user.id}
                projectId={projectId}
                member={member}
                onOutcome={setOutcome}
              />
            ))}
          </TableBody>
        </Table>
      ) : null}
      <AddMemberForm
        projectId={projectId}
        memberIds={members.map((m) => m.user.id)}
        organisationNames={[ownerName, ...partnerNames]}
        onOutcome={setOutcome}
      />
    </section>
  );
}
