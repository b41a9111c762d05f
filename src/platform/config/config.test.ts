import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const base = { DATA_DIR: '/tmp', SECRET_KEY: 'ab'.repeat(32) } as NodeJS.ProcessEnv;

describe('config', () => {
  it('uses safe defaults', () => {
    const c = loadConfig(base);
    expect(c.port).toBe(3000);
    expect(c.secureCookies).toBe(false);
    expect(c.trustProxy).toBe(false);
    expect(c.sessionCacheMs).toBe(5000);
    expect(c.secretKey).toHaveLength(32);
    expect(c.erasureWaitDays).toBe(14);
  });

  it('reads the erasure waiting period and keeps it within 0 to 365 days', () => {
    expect(loadConfig({ ...base, ERASURE_WAIT_DAYS: '0' }).erasureWaitDays).toBe(0);
    expect(loadConfig({ ...base, ERASURE_WAIT_DAYS: '365' }).erasureWaitDays).toBe(365);
    for (const bad of ['-1', '366', '2.5', 'twee weken']) {
      expect(() => loadConfig({ ...base, ERASURE_WAIT_DAYS: bad }), bad).toThrow();
    }
  });

  it('turns on Secure cookies in production and reads proxy settings', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).secureCookies).toBe(true);
    expect(loadConfig({ ...base, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...base, TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ ...base, TRUST_PROXY: '10.0.0.0/8' }).trustProxy).toBe('10.0.0.0/8');
  });

  it('refuses a secret key of the wrong length and a bad port', () => {
    expect(() => loadConfig({ ...base, SECRET_KEY: 'abcd' })).toThrow(/32 bytes/);
    expect(() => loadConfig({ ...base, PORT: 'zeventig' })).toThrow();
  });
});
