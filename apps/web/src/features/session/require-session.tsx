import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading, QueryError } from '../../shared/page';
import { signInPath } from './return-path';
import { useSession } from './use-session';

/** Guards the signed-in part of the app: visitors go to sign in, and come back here after. */
export function RequireSession() {
  const { user, loading, error, refetch } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (error) return <QueryError error={error} onRetry={refetch} />;
  if (!user) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}
