import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from './client';

interface Loaded<T> {
  key: string;
  path: string;
  data?: T;
  error?: ApiError;
}

export interface ApiResult<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Loads again; the old data stays visible meanwhile. */
  reload: () => void;
}

/**
 * GETs a path (null = nothing to load) and keeps the answer.
 * With keepPrevious, the answer for an earlier path stays visible while a new one loads (filters, paging).
 */
export function useApi<T>(path: string | null, { keepPrevious = false }: { keepPrevious?: boolean } = {}): ApiResult<T> {
  const [round, setRound] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const key = `${round}:${path ?? ''}`;

  useEffect(() => {
    if (!path) return;
    let cancelled = false;
    api.get<T>(path).then(
      (data) => {
        if (!cancelled) setLoaded({ key, path, data });
      },
      (error: unknown) => {
        if (cancelled) return;
        const e = error instanceof ApiError ? error : new ApiError({ type: 'about:blank', title: String(error), status: 0, code: 'client' });
        setLoaded({ key, path, error: e });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, path]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const samePath = loaded !== null && (loaded.path === path || (keepPrevious && path !== null));
  return {
    data: samePath ? loaded.data : undefined,
    error: samePath && loaded.key === key ? loaded.error : undefined,
    loading: path !== null && (!loaded || loaded.key !== key),
    reload,
  };
}
