import { useContext } from 'react';
import type { SessionUser } from '../api/types';
import { SessionContext, isActive, type SessionValue } from './SessionContext';

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** The logged-in user (stage active), or null. */
export function useUser(): SessionUser | null {
  const { session } = useSession();
  return isActive(session) ? session.user : null;
}
