import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../shared/page';
import { AccountsTable } from './accounts-table';
import { InvitationLinkPanel, type IssuedInvitation } from './invitation-link-panel';
import { InviteAccountForm } from './invite-account-form';

const AccountsQuery = graphql(`
  query Accounts {
    accounts {
      id
      name
      email
      isAdmin
      activated
      deactivatedAt
      organisation {
        id
        name
      }
    }
  }
`);

/** Administrators invite people, hand out invitation links and switch accounts on and off. */
export function AccountsPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('title'));
  const listHeadingId = useId();
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const { data, loading, error, refetch } = useQuery(AccountsQuery);

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph lead>{t('intro')}</Paragraph>
      {issued ? <InvitationLinkPanel invitation={issued} /> : null}
      <InviteAccountForm onInvited={setIssued} />
      <section aria-labelledby={listHeadingId} className="kl-section">
        <Heading2 id={listHeadingId}>{t('list.title')}</Heading2>
        {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        {loading && !data ? <Loading /> : null}
        {data ? <AccountsTable accounts={data.accounts} onReissued={setIssued} /> : null}
      </section>
    </>
  );
}
