import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let prof: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'oost');
  b = await regionFixture(t.ctx, 'west');
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.ctx.db.updateTable('users').set({ totp_last_step: null }).execute();
  prof = new TestClient(t.app);
  await prof.login(a.professional.email, PASSWORD, a.professional.totpSecret);
});

async function inviteToken(email: string): Promise<string> {
  const mail = await t.ctx.db.selectFrom('mail_outbox').select('text_body').where('to_address', '=', email).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  const m = /uitnodiging\/([\w-]+)/.exec(mail.text_body);
  if (!m?.[1]) throw new Error('no invitation link');
  return m[1];
}

describe('invitations', () => {
  it('lets an invited naaste make an account once, linked to the client', async () => {
    const res = await prof.post('/api/invitations', { clientId: a.clientId, email: 'Tante.Truus@Oost.test', displayName: 'Truus Tante', role: 'naaste', relationLabel: 'tante' });
    expect(res.statusCode).toBe(201);
    const token = await inviteToken('tante.truus@oost.test');

    const guest = new TestClient(t.app);
    const info = await guest.get(`/api/invitations/${token}`);
    expect(info.statusCode).toBe(200);
    expect(info.json()).toMatchObject({ displayName: 'Truus Tante', role: 'naaste', clientName: 'Cor Client' });

    const weak = await guest.post(`/api/invitations/${token}/accept`, { password: 'kort' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].field).toBe('password');
    expect(await t.ctx.db.selectFrom('users').select('id').where('email', '=', 'tante.truus@oost.test').executeTakeFirst()).toBeUndefined();

    const ok = await guest.post(`/api/invitations/${token}/accept`, { password: 'Appeltaart-Met-Slagroom-3' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().stage).toBe('active');
    // A professional's invitation proposes access; the naaste sees the client once the client agrees.
    expect((await guest.get('/api/clients')).json()).toEqual([]);
    const cor = new TestClient(t.app);
    await cor.login(a.clientUser.email, PASSWORD);
    const circle = (await cor.get(`/api/circles/${a.clientId}`)).json();
    const proposal = circle.pending.find((d: { memberLabel: string }) => d.memberLabel === 'Truus Tante (tante)');
    expect(proposal).toMatchObject({ preset: 'binnenkring', proposedByLabel: 'Pim Prof (Wijkteam oost)', waitingFor: ['client'], canConfirm: true });
    expect((await cor.post(`/api/circles/${a.clientId}/decisions/${proposal.id}/confirm`)).json().status).toBe('applied');
    const mine = await guest.get('/api/clients');
    expect(mine.json().map((c: { id: string }) => c.id)).toEqual([a.clientId]);

    const again = await new TestClient(t.app).post(`/api/invitations/${token}/accept`, { password: 'Appeltaart-Met-Slagroom-4' });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('invitation-used');
  });

  it('refuses an expired invitation', async () => {
    await prof.post('/api/invitations', { clientId: a.clientId, email: 'laat@oost.test', displayName: 'Lotte Laat', role: 'vrijwilliger' });
    const token = await inviteToken('laat@oost.test');
    await t.ctx.db.updateTable('invitations').set({ expires_at: new Date(Date.now() - 1000) }).where('email', '=', 'laat@oost.test').execute();
    const c = new TestClient(t.app);
    expect((await c.get(`/api/invitations/${token}`)).json().code).toBe('invitation-expired');
    const res = await c.post(`/api/invitations/${token}/accept`, { password: 'Appeltaart-Met-Slagroom-3' });
    expect(res.statusCode).toBe(410);
    expect(res.json().code).toBe('invitation-expired');
  });

  it('expires by default after 14 days', async () => {
    const res = await prof.post('/api/invitations', { clientId: a.clientId, email: 'veertien@oost.test', displayName: 'Vera Veertien', role: 'naaste' });
    const days = (new Date(res.json().expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
  });

  it('answers 404 for an unknown token', async () => {
    const res = await new TestClient(t.app).get('/api/invitations/dit-is-geen-echte-uitnodiging');
    expect(res.statusCode).toBe(404);
  });

  it('does not let a professional invite people around a client of another region', async () => {
    const res = await prof.post('/api/invitations', { clientId: b.clientId, email: 'x@west.test', displayName: 'X', role: 'naaste' });
    expect(res.statusCode).toBe(404);
    expect(await t.ctx.db.selectFrom('invitations').select('id').where('email', '=', 'x@west.test').executeTakeFirst()).toBeUndefined();
  });

  it('does not let a naaste invite others', async () => {
    const naaste = new TestClient(t.app);
    await naaste.login(a.naaste.email, PASSWORD);
    const res = await naaste.post('/api/invitations', { clientId: a.clientId, email: 'y@oost.test', displayName: 'Y', role: 'naaste' });
    expect(res.statusCode).toBe(403);
  });
});

describe('invitations for people who already have an account', () => {
  it('lets a professional of another team join a circle with their own account, with access once the client agreed', async () => {
    const cor = new TestClient(t.app);
    await cor.login(a.clientUser.email, PASSWORD);
    const res = await cor.post('/api/invitations', { clientId: a.clientId, email: a.otherProfessional.email, displayName: 'Olga Ander', role: 'professional', relationLabel: 'schuldhulpverlener' });
    expect(res.statusCode).toBe(201);
    const token = await inviteToken(a.otherProfessional.email);
    expect((await new TestClient(t.app).get(`/api/invitations/${token}`)).json()).toMatchObject({ existingAccount: true, role: 'professional' });
    // Someone else's session cannot use it.
    expect((await prof.post(`/api/invitations/${token}/join`)).statusCode).toBe(403);
    const olga = new TestClient(t.app);
    await olga.login(a.otherProfessional.email, PASSWORD, a.otherProfessional.totpSecret);
    expect((await olga.get(`/api/clients/${a.clientId}`)).statusCode).toBe(403);
    const joined = await olga.post(`/api/invitations/${token}/join`);
    expect(joined.statusCode).toBe(200);
    // Cor invited her himself, so his invitation was his decision: the professional preset applies.
    expect(joined.json()).toEqual({ clientId: a.clientId, status: 'applied' });
    expect((await olga.get(`/api/clients/${a.clientId}`)).statusCode).toBe(200);
    expect((await olga.post(`/api/invitations/${token}/join`)).statusCode).toBe(410);
  });

  it('refuses unknown professionals, people already in the circle and accounts of another region', async () => {
    const unknown = await prof.post('/api/invitations', { clientId: a.clientId, email: 'nieuw.prof@oost.test', displayName: 'Nieuwe Prof', role: 'professional' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('email');
    const already = await prof.post('/api/invitations', { clientId: a.clientId, email: a.naaste.email, displayName: 'Nel Naaste', role: 'naaste' });
    expect(already.statusCode).toBe(422);
    expect(already.json().errors[0].field).toBe('email');
    const elsewhere = await prof.post('/api/invitations', { clientId: a.clientId, email: b.naaste.email, displayName: 'Nel West', role: 'naaste' });
    expect(elsewhere.statusCode).toBe(422);
    const notAPro = await prof.post('/api/invitations', { clientId: a.clientId, email: a.representative.email, displayName: 'Vera Vader', role: 'professional' });
    expect(notAPro.statusCode).toBe(422);
    expect(notAPro.json().errors[0].field).toBe('role');
  });

  it('gives a client-side account the role it is invited for when joining', async () => {
    const res = await prof.post('/api/invitations', { clientId: a.clientId, email: a.representative.email, displayName: 'Vera Vader', role: 'naaste', relationLabel: 'vriendin' });
    expect(res.statusCode).toBe(201);
    const token = await inviteToken(a.representative.email);
    const vera = new TestClient(t.app);
    await vera.login(a.representative.email, PASSWORD);
    expect((await vera.post(`/api/invitations/${token}/join`)).json()).toEqual({ clientId: a.clientId, status: 'pending' });
    const roles = await t.ctx.db.selectFrom('user_roles').select('role').where('user_id', '=', a.representative.id).orderBy('role').execute();
    expect(roles.map((r) => r.role)).toEqual(['naaste', 'vertegenwoordiger']);
  });
});

describe('invitations and the client\'s refusals', () => {
  it('refuses to invite, or to let join, someone the client said no to', async () => {
    const cor = new TestClient(t.app);
    await cor.login(a.clientUser.email, PASSWORD);
    const reviewOn = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    // An invitation goes out first; then Cor records that he does not want his sister involved.
    expect((await prof.post('/api/invitations', { clientId: a.clientId, email: 'zus.zeeman@oost.test', displayName: 'Zoë Zeeman', role: 'naaste', relationLabel: 'zus' })).statusCode).toBe(201);
    const token = await inviteToken('zus.zeeman@oost.test');
    const refusal = await cor.post(`/api/clients/${a.clientId}/refusals`, { personName: 'Zoë Zeeman', relationLabel: 'zus', reason: 'Ik wil nu even geen contact met haar.', reviewOn });
    expect(refusal.statusCode, refusal.body).toBe(201);

    const again = await prof.post('/api/invitations', { clientId: a.clientId, email: 'zoe.anders@oost.test', displayName: '  zoë   ZEEMAN ', role: 'naaste' });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0].field).toBe('email');

    const accept = await new TestClient(t.app).post(`/api/invitations/${token}/accept`, { password: 'Appeltaart-Met-Slagroom-3' });
    expect(accept.statusCode).toBe(422);
    expect(await t.ctx.db.selectFrom('users').select('id').where('email', '=', 'zus.zeeman@oost.test').executeTakeFirst()).toBeUndefined();
  });
});
