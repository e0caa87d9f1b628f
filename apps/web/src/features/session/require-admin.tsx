import { allowsPlatform } from '@ketenlab/domain';
import { Outlet } from 'react-router';
import { Forbidden } from '../../shared/page';
import { platformRelationOf } from './platform-relation';
import { useSession } from './use-session';

/** Administration pages open for administrators only; others learn why instead of a blank page. */
export function RequireAdmin() {
  const { user } = useSession();
  return allowsPlatform('account.manage', platformRelationOf(user)) ? <Outlet /> : <Forbidden />;
}
