import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { forgetOfflineCopies } from '../../shared/offline';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export function SignOutButton() {
  const { t } = useTranslation('common');
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const onClick = async () => {
    // Even when the server call fails, this browser should forget the session.
    await signOut().catch(() => undefined);
    // Live documents kept for offline editing belong to this person, not to the device.
    await forgetOfflineCopies();
    // A full page load leaves nothing of the previous user in memory: no cache, no page state.
    window.location.assign('/inloggen');
  };
  return (
    <Button appearance="subtle-button" onClick={onClick} busy={loading} className="kl-sign-out">
      {t('userMenu.signOut')}
    </Button>
  );
}
