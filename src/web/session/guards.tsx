import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import type { Session, Stage } from '../api/types';
import { LoadingMessage } from '../components/LoadingMessage';
import { safeReturnPath } from '../lib/format';
import { NoAccessPage } from '../pages/NoAccessPage';
import { hasRole } from './roles';
import { useSession, useUser } from './useSession';

const STAGE_PAGE: Record<Exclude<Stage, 'active'>, string> = {
  mfa_required: '/inloggen/code',
  mfa_enrol: '/inloggen/tweestapsverificatie',
};

// A half-logged-in session (waiting for the second factor) is not "authenticated" but has a stage.
const stageOf = (s: Session | null): Stage | 'anonymous' => s?.stage ?? (s?.authenticated ? 'active' : 'anonymous');

const withReturn = (path: string, back: string | null) => (back && back !== '/' ? `${path}?terug=${encodeURIComponent(back)}` : path);

/** Pages behind login. Sends others to login (keeping where they wanted to go) or to the 2FA step. */
export function RequireAuth() {
  const { status, session, loggedOut } = useSession();
  const location = useLocation();
  if (status === 'loading') return <LoadingMessage />;
  const stage = stageOf(session);
  const here = `${location.pathname}${location.search}`;
  if (stage === 'anonymous') {
    // Logged out on purpose: a plain login page with "Je bent uitgelogd". Session ended: come back here after login.
    return loggedOut ? (
      <Navigate to="/inloggen" replace state={{ loggedOut: true }} />
    ) : (
      <Navigate to={withReturn('/inloggen', here)} replace />
    );
  }
  if (stage !== 'active') return <Navigate to={withReturn(STAGE_PAGE[stage], here)} replace />;
  return <Outlet />;
}

/** Where to go once logged in: the ?terug= path if it is safe, else home. */
function useReturnPath(): string {
  const [params] = useSearchParams();
  return safeReturnPath(params.get('terug')) ?? '/';
}

/** The login page: who is already (partly) logged in goes on to the next step. */
export function RequireAnonymous({ children }: { children: ReactNode }) {
  const { status, session } = useSession();
  const back = useReturnPath();
  if (status === 'loading') return <LoadingMessage />;
  const stage = stageOf(session);
  if (stage === 'active') return <Navigate to={back} replace />;
  if (stage !== 'anonymous') return <Navigate to={withReturn(STAGE_PAGE[stage], back)} replace />;
  return children;
}

/** The 2FA pages: only in their own login stage. */
export function RequireStage({ stage: wanted, children }: { stage: Exclude<Stage, 'active'>; children: ReactNode }) {
  const { status, session } = useSession();
  const back = useReturnPath();
  if (status === 'loading') return <LoadingMessage />;
  const stage = stageOf(session);
  if (stage === wanted) return children;
  if (stage === 'anonymous') return <Navigate to={withReturn('/inloggen', back)} replace />;
  if (stage === 'active') return <Navigate to={back} replace />;
  return <Navigate to={withReturn(STAGE_PAGE[stage], back)} replace />;
}

/** Pages for some roles only (for example beheer). Others see a short explanation. */
export function RequireRole({ roles }: { roles: string[] }) {
  const user = useUser();
  return hasRole(user, ...roles) ? <Outlet /> : <NoAccessPage />;
}
