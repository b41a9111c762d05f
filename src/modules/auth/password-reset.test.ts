import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';

let t: TestApp;
let a: RegionFixture;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'zuid');
});
afterAll(() => t.close());

async function lastLink(to: string): Promise<string> {
  const mail = await t.ctx.db.selectFrom('mail_outbox').select('text_body').where('to_address', '=', to).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  const m = /token=([\w-]+)/.exec(mail.text_body);
  if (!m?.[1]) throw new Error('no reset link in mail');
  return m[1];
}

describe('password reset by e-mail', () => {
  it('answers the same for known and unknown addresses and only mails the known one', async () => {
    const c = new TestClient(t.app);
    const known = await c.post('/api/auth/password-reset', { email: a.naaste.email });
    const unknown = await c.post('/api/auth/password-reset', { email: 'onbekend@zuid.test' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    const mails = await t.ctx.db.selectFrom('mail_outbox').select('to_address').execute();
    expect(mails.map((m) => m.to_address)).toContain(a.naaste.email);
    expect(mails.map((m) => m.to_address)).not.toContain('onbekend@zuid.test');
  });

  it('sets a new password once, ends old sessions, and refuses weak passwords without saving anything', async () => {
    const old = new TestClient(t.app);
    await old.login(a.naaste.email, PASSWORD);
    const c = new TestClient(t.app);
    await c.post('/api/auth/password-reset', { email: a.naaste.email });
    const token = await lastLink(a.naaste.email);

    const weak = await c.post('/api/auth/password-reset/confirm', { token, password: 'wachtwoord12' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].field).toBe('password');
    expect((await c.login(a.naaste.email, PASSWORD)).statusCode).toBe(200);

    const ok = await c.post('/api/auth/password-reset/confirm', { token, password: 'Nieuwe-Fiets-Op-Dinsdag-7' });
    expect(ok.statusCode).toBe(204);
    expect((await old.get('/api/clients')).statusCode).toBe(401);
    expect((await new TestClient(t.app).login(a.naaste.email, PASSWORD)).statusCode).toBe(401);
    expect((await new TestClient(t.app).login(a.naaste.email, 'Nieuwe-Fiets-Op-Dinsdag-7')).statusCode).toBe(200);

    const reused = await c.post('/api/auth/password-reset/confirm', { token, password: 'Nog-Een-Ander-Wachtwoord-8' });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().code).toBe('reset-invalid');
  });

  it('refuses an expired link', async () => {
    const c = new TestClient(t.app);
    await c.post('/api/auth/password-reset', { email: a.representative.email });
    const token = await lastLink(a.representative.email);
    await t.ctx.db.updateTable('password_resets').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', a.representative.id).execute();
    const res = await c.post('/api/auth/password-reset/confirm', { token, password: 'Nieuwe-Fiets-Op-Dinsdag-7' });
    expect(res.statusCode).toBe(410);
  });
});
