import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { generate } from 'otplib';
import { loadConfig, type Config } from '../platform/config/config.js';
import { createContext, closeContext } from '../platform/bootstrap.js';
import type { AppContext } from '../platform/context.js';
import { buildApp } from '../server/app.js';
import { createTestDb } from './test-db.js';

export interface TestApp {
  ctx: AppContext;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}, build: { authRateLimit?: number } = {}): Promise<TestApp> {
  const dbh = await createTestDb();
  // Tests change sessions in the database directly; the process cache has its own tests.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: os.tmpdir() }, { secretKey: randomBytes(32), sessionCacheMs: 0, ...overrides });
  const ctx = await createContext(config, { dbh, migrate: false, log: pino({ level: 'silent' }) });
  const app = await buildApp(ctx, { serveWeb: false, logger: false, authRateLimit: build.authRateLimit ?? 10_000 });
  return {
    ctx,
    app,
    async close() {
      await app.close();
      await closeContext({ ...ctx, dbh: { ...ctx.dbh, close: () => dbh.drop() } });
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A browser stand-in: keeps cookies and sends the CSRF token the way the web app does. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  csrf: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepCookies(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (expired || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async request(method: Method, url: string, body?: unknown, extra: Partial<InjectOptions> = {}): Promise<LightMyRequestResponse> {
    if (method !== 'GET' && this.csrf === undefined) await this.refreshCsrf();
    const headers: Record<string, string> = { ...(extra.headers as Record<string, string> | undefined) };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (method !== 'GET' && this.csrf && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({ method, url, ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}), ...extra, headers });
    this.keepCookies(res);
    const json = res.headers['content-type']?.toString().includes('json') ? (res.json() as { csrfToken?: string }) : undefined;
    if (json && typeof json.csrfToken === 'string') this.csrf = json.csrfToken;
    return res;
  }

  async refreshCsrf(): Promise<void> {
    const res = await this.request('GET', '/api/auth/session');
    this.csrf = (res.json() as { csrfToken: string }).csrfToken;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});

  /** Full log-in; for users with a second factor pass the TOTP secret. */
  async login(email: string, password: string, totpSecret?: string): Promise<LightMyRequestResponse> {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.statusCode !== 200) return res;
    const stage = (res.json() as { stage: string }).stage;
    if (stage === 'mfa_required' && totpSecret) return this.post('/api/auth/mfa/verify', { code: await totpCode(totpSecret) });
    return res;
  }
}

export const totpCode = (secret: string, epochSeconds = Math.floor(Date.now() / 1000)) => generate({ secret, epoch: epochSeconds });
