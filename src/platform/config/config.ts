import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

/**
 * All runtime settings come from the environment so that one build runs as embedded demo, as a
 * test instance and as a production node behind a load balancer.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  PUBLIC_URL: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Samenspel <noreply@samenspel.local>'),
  SECRET_KEY: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  INVITATION_DAYS: z.coerce.number().int().positive().default(14),
  ERASURE_WAIT_DAYS: z.coerce.number().int().min(0).max(365).default(14),
  LOG_LEVEL: z.string().default('info'),
  JOBS: z.enum(['on', 'off']).default('on'),
  SECURE_COOKIES: z.enum(['auto', 'on', 'off']).default('auto'),
  TRUST_PROXY: z.string().optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  secretKey: Buffer;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** How long a resolved session may be served from the process cache; 0 = always ask the database. */
  sessionCacheMs: number;
  invitationDays: number;
  /** Days between an erasure request and its execution, so the client can change their mind (AVG). */
  erasureWaitDays: number;
  logLevel: string;
  jobsEnabled: boolean;
  secureCookies: boolean;
  /**
   * Which proxies may set X-Forwarded-For: off unless configured, because a trusted but absent proxy
   * lets any client pick the IP address that rate limits count by.
   */
  trustProxy: boolean | number | string;
};

/**
 * The secret key encrypts TOTP secrets at rest. In embedded mode it is generated once and kept in the
 * data directory so a fresh clone needs no set-up; in server mode operators pass SECRET_KEY.
 */
function loadSecretKey(explicit: string | undefined, dataDir: string): Buffer {
  if (explicit) {
    const key = Buffer.from(explicit, explicit.length === 64 ? 'hex' : 'base64');
    if (key.length !== 32) throw new Error('SECRET_KEY must be 32 bytes (64 hex characters or base64)');
    return key;
  }
  const file = path.join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}

/** "true"/"false", a hop count ("1"), or addresses/CIDRs ("10.0.0.0/8,127.0.0.1"), as Fastify takes them. */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const e = envSchema.parse(env);
  const dataDir = path.resolve(e.DATA_DIR);
  const secureCookies = e.SECURE_COOKIES === 'auto' ? e.NODE_ENV === 'production' : e.SECURE_COOKIES === 'on';
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    secretKey: overrides.secretKey ?? loadSecretKey(e.SECRET_KEY, dataDir),
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    sessionCacheMs: e.SESSION_CACHE_SECONDS * 1000,
    invitationDays: e.INVITATION_DAYS,
    erasureWaitDays: e.ERASURE_WAIT_DAYS,
    logLevel: e.LOG_LEVEL,
    jobsEnabled: e.JOBS === 'on',
    secureCookies,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    ...overrides,
  };
}
