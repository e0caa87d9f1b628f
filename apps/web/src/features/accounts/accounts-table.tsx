import {
  Alert,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { AccountActions, type AccountActionOutcome } from './account-actions';
import { statusOf, type Account } from './account-status';
import type { IssuedInvitation } from './invitation-link-panel';

export function AccountsTable({
  accounts,
  onReissued,
}: {
  accounts: readonly Account[];
  onReissued: (invitation: IssuedInvitation) => void;
}) {
  const { t } = useTranslation('accounts');
  const { user } = useSession();
  const [outcome, setOutcome] = useState<AccountActionOutcome | null>(null);
  return (
    <>
      {outcome?.kind === 'refused' ? (
        <Alert type="error" role="alert">
          <Paragraph>{outcome.message}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph role="status" className="kl-status">
        {outcome?.kind === 'done' ? outcome.message : ''}
      </Paragraph>
      <div className="kl-table-scroll" tabIndex={0} role="region" aria-label={t('list.caption')}>
        <Table className="kl-table">
          <TableCaption className="kl-visually-hidden">{t('list.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('fields.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.email')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.organisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('list.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('list.admin')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('list.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {accounts.map((account) => (
              <TableRow key={account.id}>
                <TableHeaderCell scope="row">{account.name}</TableHeaderCell>
                <TableCell className="kl-break">{account.email}</TableCell>
                <TableCell>{account.organisation.name}</TableCell>
                <TableCell>{t(`status.${statusOf(account)}`)}</TableCell>
                <TableCell>{account.isAdmin ? t('list.yes') : t('list.no')}</TableCell>
                <TableCell>
                  <AccountActions
                    account={account}
                    isSelf={account.id === user?.id}
                    onOutcome={setOutcome}
                    onReissued={onReissued}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
