import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onUnauthorized, setCsrfToken } from '../api/client';
import type { Locale, Session } from '../api/types';
import { applyLocale, currentLocale } from '../i18n';
import { SessionContext, isActive, type SessionValue } from './SessionContext';

const PENDING_KEY = 'samenspel.locale.chosen-before-login';

function markLocaleChosenBeforeLogin(): void {
  try {
    window.sessionStorage.setItem(PENDING_KEY, '1');
  } catch {
    // no storage: then the server's choice wins after login
  }
}

function takeLocaleChosenBeforeLogin(): boolean {
  try {
    const v = window.sessionStorage.getItem(PENDING_KEY) === '1';
    window.sessionStorage.removeItem(PENDING_KEY);
    return v;
  } catch {
    return false;
  }
}

/** Who is logged in. If the server cannot be reached, act as logged out: the login page shows the error on submit. */
async function loadSession(): Promise<Session> {
  try {
    return await api.get<Session>('/api/auth/session');
  } catch {
    return { authenticated: false, csrfToken: '' };
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<'loading' | 'ready'>('loading');
  const [session, setSession] = useState<Session | null>(null);
  const [loggedOut, setLoggedOut] = useState(false);

  const refresh = useCallback(async (): Promise<Session | null> => {
    const s = await loadSession();
    setSession(s);
    setStatus('ready');
    if (s.authenticated) setLoggedOut(false);
    return s;
  }, []);

  useEffect(() => {
    let cancelled = false;
    void loadSession().then((s) => {
      if (cancelled) return;
      setSession(s);
      setStatus('ready');
    });
    return () => {
      cancelled = true;
    };
  }, []);

  // Any 401 means the session is over: the route guard then sends the user to the login page.
  useEffect(() => {
    onUnauthorized(() => setSession((s) => ({ authenticated: false, csrfToken: s?.csrfToken ?? '' })));
    return () => onUnauthorized(null);
  }, []);

  // After login: the language saved on the server wins, unless the user picked one on the login page just now.
  const userId = isActive(session) ? session.user.id : null;
  const serverLocale = isActive(session) ? session.user.locale : null;
  useEffect(() => {
    if (!userId || !serverLocale) return;
    if (takeLocaleChosenBeforeLogin()) {
      const chosen = currentLocale();
      if (chosen !== serverLocale) {
        api.put('/api/me/locale', { locale: chosen }).then(
          () => setSession((s) => (s?.user ? { ...s, user: { ...s.user, locale: chosen } } : s)),
          () => undefined,
        );
      }
    } else if (serverLocale !== currentLocale()) {
      void applyLocale(serverLocale);
    }
  }, [userId, serverLocale]);

  const logout = useCallback(
    async (everywhere = false) => {
      await api.post(everywhere ? '/api/auth/logout-everywhere' : '/api/auth/logout');
      setCsrfToken(null);
      setLoggedOut(true);
      await refresh();
    },
    [refresh],
  );

  const changeLocale = useCallback(
    async (locale: Locale) => {
      await applyLocale(locale);
      if (isActive(session)) {
        setSession({ ...session, user: { ...session.user, locale } });
        await api.put('/api/me/locale', { locale });
      } else {
        markLocaleChosenBeforeLogin();
      }
    },
    [session],
  );

  const value = useMemo<SessionValue>(
    () => ({ status, session, refresh, logout, loggedOut, changeLocale }),
    [status, session, refresh, logout, loggedOut, changeLocale],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
