/**
 * Pages behind sign-in. Nobody signed in → the sign-in page (coming back here afterwards); a
 * one-time password → the password change first, as the server insists (403 password_change_required).
 */
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageSpin } from '../components/PageSpin';

export function RequireAuth({
  children,
  allowOneTimePassword = false,
}: {
  children: ReactNode;
  allowOneTimePassword?: boolean;
}) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageSpin />;
  if (me.error) return <ErrorAlert error={me.error} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (me.data.user.mustChangePassword && !allowOneTimePassword) return <Navigate to="/password" replace />;
  return children;
}
