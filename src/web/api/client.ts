import type { Locale, Problem } from './types';

/**
 * Small fetch wrapper for the Samenspel API.
 * - sends and receives JSON, with the session cookie (same origin only);
 * - adds the CSRF token to every request that changes something;
 * - turns problem+json answers into an ApiError;
 * - reports a 401 to whoever listens (the session), so the app can go to the login page.
 */

let csrfToken: string | null = null;
let unauthorizedListener: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Called on a 401 from any request that is not itself a login step. */
export function onUnauthorized(listener: (() => void) | null): void {
  unauthorizedListener = listener;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** The message for the user, in their language. */
  userMessage(locale: Locale): string {
    return this.problem.messages?.[locale] ?? this.problem.detail ?? this.problem.title;
  }

  /** Field errors as field name → message. */
  fieldErrors(locale: Locale): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      if (!(e.field in out)) out[e.field] = e[locale] || e.nl;
    }
    return out;
  }
}

/** Requests whose 401 means "wrong code or password", not "your session ended". */
const AUTH_STEP = /^\/api\/(auth\/(login|mfa|password-reset)|invitations\/[^/]+\/accept)/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function networkProblem(): Problem {
  return {
    type: 'about:blank',
    title: 'Network error',
    status: 0,
    code: 'network',
    messages: {
      nl: 'Er is geen verbinding met Samenspel. Kijk of je internet werkt en probeer het opnieuw.',
      en: 'There is no connection with Samenspel. Check your internet connection and try again.',
    },
  };
}

function toProblem(status: number, body: unknown): Problem {
  if (isRecord(body) && typeof body.code === 'string') {
    const b = body as Partial<Problem>;
    return {
      type: typeof b.type === 'string' ? b.type : 'about:blank',
      title: typeof b.title === 'string' ? b.title : `HTTP ${status}`,
      status: typeof b.status === 'number' ? b.status : status,
      code: body.code,
      ...(typeof b.detail === 'string' ? { detail: b.detail } : {}),
      ...(typeof b.requestId === 'string' ? { requestId: b.requestId } : {}),
      ...(isRecord(b.messages) ? { messages: b.messages as Problem['messages'] } : {}),
      ...(Array.isArray(b.errors) ? { errors: b.errors } : {}),
      ...('current' in body ? { current: body.current } : {}),
    };
  }
  return {
    type: 'about:blank',
    title: `HTTP ${status}`,
    status,
    code: status >= 500 ? 'internal' : 'unknown',
    messages: {
      nl: 'Er ging iets mis. Probeer het later opnieuw.',
      en: 'Something went wrong. Please try again later.',
    },
  };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(networkProblem());
  }

  const text = response.status === 204 ? '' : await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }

  if (!response.ok) {
    if (response.status === 401 && !AUTH_STEP.test(path)) unauthorizedListener?.();
    throw new ApiError(toProblem(response.status, data));
  }

  // Login, 2FA, invitation and session answers carry a fresh CSRF token: keep the newest.
  if (isRecord(data) && typeof data.csrfToken === 'string') csrfToken = data.csrfToken;
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
};

/** Builds a query string, leaving out empty values. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
