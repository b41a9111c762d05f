import { createContext } from 'react';
import type { Locale, Session, SessionUser } from '../api/types';

export interface SessionValue {
  /** 'loading' only until the first answer of GET /api/auth/session. */
  status: 'loading' | 'ready';
  session: Session | null;
  /** Asks the server who is logged in (after login, 2FA, logout …). */
  refresh: () => Promise<Session | null>;
  /** Logs out here, or on all devices. The route guard then shows the login page. */
  logout: (everywhere?: boolean) => Promise<void>;
  /** True after the user logged out themselves (not after a session timed out). */
  loggedOut: boolean;
  /** Changes the language; saves it on the server when logged in. */
  changeLocale: (locale: Locale) => Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

export const isActive = (s: Session | null): s is Session & { user: SessionUser } =>
  !!s && s.authenticated && (s.stage ?? 'active') === 'active' && !!s.user;
