import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, totpCode, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { MAX_FAILURES } from './throttle.js';

let t: TestApp;
let a: RegionFixture;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'noord');
});
afterAll(() => t.close());
beforeEach(async () => {
  // Each test may log in with TOTP again; the replay guard would otherwise refuse a reused code.
  await t.ctx.db.updateTable('users').set({ totp_last_step: null }).execute();
  await t.ctx.db.deleteFrom('login_throttle').execute();
});

describe('log-in', () => {
  it('refuses a wrong password and an unknown address with the same answer', async () => {
    const c = new TestClient(t.app);
    const wrong = await c.post('/api/auth/login', { email: a.naaste.email, password: 'Verkeerd-Wachtwoord-99' });
    const unknown = await c.post('/api/auth/login', { email: 'niemand@noord.test', password: 'Verkeerd-Wachtwoord-99' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    const w = wrong.json();
    const u = unknown.json();
    expect(w.code).toBe('bad-credentials');
    expect(u.code).toBe(w.code);
    expect(u.detail).toBe(w.detail);
    expect(w.messages.nl).toMatch(/klopt niet/);
    expect(w.messages.en).toMatch(/not correct/);
  });

  it('logs a client-side user straight in and shows the session', async () => {
    const c = new TestClient(t.app);
    const res = await c.login(a.naaste.email, PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().stage).toBe('active');
    const session = (await c.get('/api/auth/session')).json();
    expect(session.authenticated).toBe(true);
    expect(session.user.email).toBe(a.naaste.email);
    expect(session.user.roles).toEqual(['naaste']);
    expect(session.user.regionName).toBe('Regio noord');
  });

  it('sets an httpOnly SameSite=Lax session cookie', async () => {
    const c = new TestClient(t.app);
    const res = await c.login(a.naaste.email, PASSWORD);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/samenspel=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('locks an address after repeated failures, whether or not the account exists', async () => {
    for (const email of [a.naaste.email, 'bestaat.niet@noord.test']) {
      const c = new TestClient(t.app);
      for (let i = 0; i < MAX_FAILURES; i++) {
        const res = await c.post('/api/auth/login', { email, password: `Fout-wachtwoord-nr-${i}` });
        expect(res.statusCode).toBe(401);
      }
      const locked = await c.post('/api/auth/login', { email, password: PASSWORD });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().code).toBe('too-many-requests');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    }
    // The real owner was told by e-mail; nobody is told anything for the unknown address.
    const mails = await t.ctx.db.selectFrom('mail_outbox').select(['to_address', 'subject']).execute();
    expect(mails.filter((m) => m.to_address === a.naaste.email && /Te vaak/.test(m.subject))).toHaveLength(1);
    expect(mails.some((m) => m.to_address === 'bestaat.niet@noord.test')).toBe(false);
  });
});

describe('second factor', () => {
  it('keeps a professional out until the TOTP code is given', async () => {
    const c = new TestClient(t.app);
    const res = await c.post('/api/auth/login', { email: a.professional.email, password: PASSWORD });
    expect(res.json().stage).toBe('mfa_required');
    expect((await c.get('/api/clients')).statusCode).toBe(401);
    const bad = await c.post('/api/auth/mfa/verify', { code: '000000' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('code');
    const ok = await c.post('/api/auth/mfa/verify', { code: await totpCode(a.professional.totpSecret!) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().stage).toBe('active');
    expect((await c.get('/api/clients')).statusCode).toBe(200);
  });

  it('never accepts the same TOTP code twice', async () => {
    const code = await totpCode(a.professional.totpSecret!);
    const first = new TestClient(t.app);
    await first.post('/api/auth/login', { email: a.professional.email, password: PASSWORD });
    expect((await first.post('/api/auth/mfa/verify', { code })).statusCode).toBe(200);
    const second = new TestClient(t.app);
    await second.post('/api/auth/login', { email: a.professional.email, password: PASSWORD });
    expect((await second.post('/api/auth/mfa/verify', { code })).statusCode).toBe(400);
  });

  it('enrols a professional without a second factor, with recovery codes that work once', async () => {
    const { createUser } = await import('../accounts/service.js');
    const { id } = await createUser(t.ctx.db, a.regionId, { displayName: 'Nieuwe Collega', email: 'nieuw@noord.test', roles: ['professional'], organisationId: a.organisationId, password: PASSWORD });
    const c = new TestClient(t.app);
    const res = await c.post('/api/auth/login', { email: 'nieuw@noord.test', password: PASSWORD });
    expect(res.json().stage).toBe('mfa_enrol');
    expect((await c.get('/api/clients')).statusCode).toBe(401);
    const enrol = (await c.get('/api/auth/mfa/enrolment')).json();
    expect(enrol.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Samenspel/);
    expect(enrol.qrSvg).toMatch(/^<svg/);
    const done = await c.post('/api/auth/mfa/enrolment', { code: await totpCode(enrol.secret) });
    expect(done.statusCode).toBe(200);
    const codes: string[] = done.json().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await c.get('/api/clients')).statusCode).toBe(200);
    const stored = await t.ctx.db.selectFrom('users').select(['totp_secret_enc', 'totp_enabled_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.totp_enabled_at).not.toBeNull();
    expect(stored.totp_secret_enc).not.toContain(enrol.secret);

    const r1 = new TestClient(t.app);
    await r1.post('/api/auth/login', { email: 'nieuw@noord.test', password: PASSWORD });
    expect((await r1.post('/api/auth/mfa/verify', { code: codes[0] })).statusCode).toBe(200);
    const r2 = new TestClient(t.app);
    await r2.post('/api/auth/login', { email: 'nieuw@noord.test', password: PASSWORD });
    expect((await r2.post('/api/auth/mfa/verify', { code: codes[0] })).statusCode).toBe(400);
  });
});

describe('sessions', () => {
  it('rotates the session id at log-in and at the second factor (no fixation)', async () => {
    const c = new TestClient(t.app);
    await c.post('/api/auth/login', { email: a.professional.email, password: PASSWORD });
    const pending = c.cookies.get('samenspel')!;
    await c.post('/api/auth/mfa/verify', { code: await totpCode(a.professional.totpSecret!) });
    const active = c.cookies.get('samenspel')!;
    expect(active).not.toBe(pending);

    // An attacker who planted or saw the pre-login cookie gets nothing with it.
    const attacker = new TestClient(t.app);
    attacker.cookies.set('samenspel', pending);
    expect((await attacker.get('/api/clients')).statusCode).toBe(401);
    expect((await attacker.get('/api/auth/session')).json().authenticated).toBe(false);

    // Logging in again while holding a session replaces it as well.
    const before = c.cookies.get('samenspel')!;
    await t.ctx.db.updateTable('users').set({ totp_last_step: null }).execute();
    await c.login(a.professional.email, PASSWORD, a.professional.totpSecret);
    expect(c.cookies.get('samenspel')).not.toBe(before);
    attacker.cookies.set('samenspel', before);
    expect((await attacker.get('/api/clients')).statusCode).toBe(401);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const idle = new TestClient(t.app);
    await idle.login(a.naaste.email, PASSWORD);
    await t.ctx.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - t.ctx.config.sessionIdleMs - 1000) }).where('user_id', '=', a.naaste.id).execute();
    expect((await idle.get('/api/clients')).statusCode).toBe(401);

    const absolute = new TestClient(t.app);
    await absolute.login(a.naaste.email, PASSWORD);
    expect((await absolute.get('/api/clients')).statusCode).toBe(200);
    await t.ctx.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', a.naaste.id).execute();
    expect((await absolute.get('/api/clients')).statusCode).toBe(401);
  });

  it('logs out one session, and everywhere', async () => {
    const laptop = new TestClient(t.app);
    const phone = new TestClient(t.app);
    await laptop.login(a.naaste.email, PASSWORD);
    await phone.login(a.naaste.email, PASSWORD);
    expect((await laptop.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await laptop.get('/api/clients')).statusCode).toBe(401);
    expect((await phone.get('/api/clients')).statusCode).toBe(200);

    const third = new TestClient(t.app);
    await third.login(a.naaste.email, PASSWORD);
    expect((await third.post('/api/auth/logout-everywhere')).statusCode).toBe(204);
    expect((await phone.get('/api/clients')).statusCode).toBe(401);
    expect((await third.get('/api/clients')).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('rejects a state-changing request without or with a wrong token', async () => {
    const c = new TestClient(t.app);
    await c.login(a.naaste.email, PASSWORD);
    const without = await c.request('POST', '/api/auth/logout', {}, { headers: { 'x-csrf-token': '' } });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf');
    const forged = await c.request('POST', '/api/auth/logout', {}, { headers: { 'x-csrf-token': 'forged-token-value' } });
    expect(forged.statusCode).toBe(403);
    // Still logged in: the forged requests did nothing.
    expect((await c.get('/api/clients')).statusCode).toBe(200);
  });

  it('rejects a log-in without a token (login CSRF)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: a.naaste.email, password: PASSWORD } });
    expect(res.statusCode).toBe(403);
  });
});
