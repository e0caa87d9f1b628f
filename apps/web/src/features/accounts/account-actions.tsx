import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { problemsOf, useProblemText } from '../../shared/errors';
import { statusOf, type Account } from './account-status';
import type { IssuedInvitation } from './invitation-link-panel';
import { useAccountActions } from './use-account-actions';

export interface AccountActionOutcome {
  kind: 'done' | 'refused';
  message: string;
}

interface AccountActionsProps {
  account: Account;
  /** The API refuses to let administrators lock themselves out; the buttons are not offered. */
  isSelf: boolean;
  onOutcome: (outcome: AccountActionOutcome) => void;
  onReissued: (invitation: IssuedInvitation) => void;
}

export function AccountActions({ account, isSelf, onOutcome, onReissued }: AccountActionsProps) {
  const { t } = useTranslation('accounts');
  const problemText = useProblemText();
  const actions = useAccountActions();
  const status = statusOf(account);
  const name = account.name;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      onOutcome({ kind: 'done', message: done });
    } catch (error) {
      onOutcome({ kind: 'refused', message: problemsOf(error).map(problemText).join(' ') });
    }
  };

  const reissue = () =>
    run(
      async () => {
        const { data } = await actions.reissue(account.id);
        if (data) {
          const { url, expiresAt, mailed } = data.reissueInvitation;
          onReissued({ name, url, expiresAt, mailed });
        }
      },
      t('actions.reissued', { name }),
    );

  const hidden = <span className="kl-visually-hidden"> {name}</span>;
  return (
    <ButtonGroup className="kl-row-actions">
      {status === 'invited' ? (
        <Button appearance="secondary-action-button" busy={actions.busy} onClick={reissue}>
          {t('actions.reissue')}
          {hidden}
        </Button>
      ) : null}
      {isSelf ? null : (
        <>
          <Button
            appearance="secondary-action-button"
            busy={actions.busy}
            onClick={() =>
              run(
                () => actions.setAdmin(account.id, !account.isAdmin),
                t(account.isAdmin ? 'actions.adminRevoked' : 'actions.adminGranted', { name }),
              )
            }
          >
            {account.isAdmin ? t('actions.revokeAdmin') : t('actions.makeAdmin')}
            {hidden}
          </Button>
          <Button
            appearance="subtle-button"
            hint={status === 'deactivated' ? undefined : 'danger'}
            busy={actions.busy}
            onClick={() =>
              run(
                () => actions.setActive(account.id, status === 'deactivated'),
                t(status === 'deactivated' ? 'actions.reactivated' : 'actions.deactivated', {
                  name,
                }),
              )
            }
          >
            {status === 'deactivated' ? t('actions.reactivate') : t('actions.deactivate')}
            {hidden}
          </Button>
        </>
      )}
    </ButtonGroup>
  );
}
