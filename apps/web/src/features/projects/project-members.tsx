import { useQuery } from '@apollo/client/react';
import {
  Heading2,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Loading, QueryError } from '../../shared/page';
import { byRoleThenName } from './member-order';
import { useProjectTerms } from './use-project-terms';

const ProjectMembersQuery = graphql(`
  query ProjectMembers($id: ID!) {
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

/** Who works on the project, in which role; leads first, then by name. */
export function ProjectMembers({ projectId }: { projectId: string }) {
  const { t } = useTranslation('projects');
  const terms = useProjectTerms();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(ProjectMembersQuery, {
    variables: { id: projectId },
  });
  const members = [...(data?.project.members ?? [])].sort(byRoleThenName);
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('members.title')}</Heading2>
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
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => (
              <TableRow key={member.user.id}>
                <TableHeaderCell scope="row">{member.user.name}</TableHeaderCell>
                <TableCell>{member.user.organisation.name}</TableCell>
                <TableCell>{terms.role(member.role)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </section>
  );
}
