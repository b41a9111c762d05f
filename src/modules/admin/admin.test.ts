import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'een');
  b = await regionFixture(t.ctx, 'twee');
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.ctx.db.updateTable('users').set({ totp_last_step: null }).execute();
  admin = new TestClient(t.app);
  expect((await admin.login(a.admin.email, PASSWORD, a.admin.totpSecret)).statusCode).toBe(200);
});

describe('organisation management', () => {
  it('creates and renames an organisation, with 409 for a stale version', async () => {
    const created = await admin.post('/api/admin/organisations', { name: 'GGZ Een', kind: 'ggz', municipalityId: a.municipalityId });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toMatchObject({ name: 'GGZ Een', kind: 'ggz', municipalityName: 'Gemeente een', version: 1, userCount: 0 });

    const renamed = await admin.patch(`/api/admin/organisations/${org.id}`, { name: 'GGZ Een en Twee', version: 1 });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().version).toBe(2);

    const stale = await admin.patch(`/api/admin/organisations/${org.id}`, { name: 'Iets anders', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: 'GGZ Een en Twee', version: 2 });
  });

  it('names the wrong field and saves nothing on bad input', async () => {
    const res = await admin.post('/api/admin/organisations', { name: '', kind: 'bakkerij' });
    expect(res.statusCode).toBe(422);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'kind']));
    const dup = await admin.post('/api/admin/organisations', { name: 'Wijkteam een', kind: 'wijkteam' });
    expect(dup.statusCode).toBe(422);
    expect(dup.json().errors[0].field).toBe('name');
  });

  it('refuses a municipality of another region', async () => {
    const res = await admin.post('/api/admin/organisations', { name: 'Sluiproute', kind: 'overig', municipalityId: b.municipalityId });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('municipalityId');
  });
});

describe('teams', () => {
  it('creates teams in an organisation and puts a user in one', async () => {
    const created = await admin.post(`/api/admin/organisations/${a.organisationId}/teams`, { name: 'Team Centrum' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Team Centrum', memberCount: 0 });
    const dup = await admin.post(`/api/admin/organisations/${a.organisationId}/teams`, { name: 'team centrum' });
    expect(dup.statusCode).toBe(422);
    expect(dup.json().errors[0].field).toBe('name');

    const user = (await admin.get('/api/admin/users?q=Olga')).json()[0];
    const moved = await admin.patch(`/api/admin/users/${a.otherProfessional.id}`, { teamId: created.json().id, version: user.version });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ teamId: created.json().id, teamName: 'Team Centrum' });
    const teams = (await admin.get(`/api/admin/organisations/${a.organisationId}/teams`)).json();
    expect(teams.find((t: { name: string }) => t.name === 'Team Centrum').memberCount).toBe(1);
  });

  it('refuses a team of another organisation and drops the team when the organisation changes', async () => {
    const other = (await admin.post('/api/admin/organisations', { name: 'Welzijn Een', kind: 'welzijn' })).json();
    const foreignTeam = (await admin.post(`/api/admin/organisations/${other.id}/teams`, { name: 'Team Welzijn' })).json();
    let user = (await admin.get('/api/admin/users?q=Olga')).json()[0];
    const wrong = await admin.patch(`/api/admin/users/${a.otherProfessional.id}`, { teamId: foreignTeam.id, version: user.version });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].field).toBe('teamId');

    const moved = await admin.patch(`/api/admin/users/${a.otherProfessional.id}`, { organisationId: other.id, version: user.version });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ organisationId: other.id, teamId: null });
    user = moved.json();
    const joined = await admin.patch(`/api/admin/users/${a.otherProfessional.id}`, { teamId: foreignTeam.id, version: user.version });
    expect(joined.json().teamName).toBe('Team Welzijn');
  });

  it('does not show or add teams of another region', async () => {
    expect((await admin.get(`/api/admin/organisations/${b.organisationId}/teams`)).statusCode).toBe(404);
    expect((await admin.post(`/api/admin/organisations/${b.organisationId}/teams`, { name: 'Sluip' })).statusCode).toBe(404);
    expect(await t.ctx.db.selectFrom('teams').select('id').where('name', '=', 'Sluip').executeTakeFirst()).toBeUndefined();
  });
});

describe('user management', () => {
  it('creates a user who gets a welcome link, and lists only users of the own region', async () => {
    const res = await admin.post('/api/admin/users', { displayName: 'Hanna Hulp', email: 'hanna@een.test', roles: ['professional'], organisationId: a.organisationId });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'hanna@een.test', roles: ['professional'], mfaEnabled: false, status: 'active' });
    const mail = await t.ctx.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('to_address', '=', 'hanna@een.test').executeTakeFirstOrThrow();
    expect(mail.text_body).toMatch(/wachtwoord-herstellen\?token=/);

    const users = (await admin.get('/api/admin/users')).json() as { email: string }[];
    expect(users.map((u) => u.email)).toContain('hanna@een.test');
    expect(users.some((u) => u.email.endsWith('@twee.test'))).toBe(false);
  });

  it('cannot touch a user of another region', async () => {
    const res = await admin.patch(`/api/admin/users/${b.naaste.id}`, { displayName: 'Overgenomen', version: 1 });
    expect(res.statusCode).toBe(404);
    const mfa = await admin.post(`/api/admin/users/${b.professional.id}/reset-mfa`);
    expect(mfa.statusCode).toBe(404);
    const row = await t.ctx.db.selectFrom('users').select(['display_name', 'totp_enabled_at']).where('id', '=', b.naaste.id).executeTakeFirstOrThrow();
    expect(row.display_name).toBe('Nel Naaste');
  });

  it('disables a user, which ends their sessions', async () => {
    const prof = new TestClient(t.app);
    await prof.login(a.professional.email, PASSWORD, a.professional.totpSecret);
    const current = (await admin.get('/api/admin/users?q=Pim')).json()[0];
    const res = await admin.patch(`/api/admin/users/${a.professional.id}`, { status: 'disabled', version: current.version });
    expect(res.statusCode).toBe(200);
    expect((await prof.get('/api/clients')).statusCode).toBe(401);
    await t.ctx.db.updateTable('users').set({ totp_last_step: null }).execute();
    expect((await new TestClient(t.app).login(a.professional.email, PASSWORD)).statusCode).toBe(401);
  });

  it('does not show, change or create client-side accounts: that someone is a client is client data', async () => {
    const emails = ((await admin.get('/api/admin/users')).json() as { email: string }[]).map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining([a.professional.email, a.admin.email, a.policy.email]));
    for (const u of [a.clientUser, a.naaste, a.representative]) expect(emails).not.toContain(u.email);
    expect((await admin.patch(`/api/admin/users/${a.naaste.id}`, { displayName: 'Anders', version: 1 })).statusCode).toBe(404);
    expect((await admin.post(`/api/admin/users/${a.clientUser.id}/reset-mfa`)).statusCode).toBe(404);
    const made = await admin.post('/api/admin/users', { displayName: 'Nieuwe Client', email: 'nc@een.test', roles: ['client'] });
    expect(made.statusCode).toBe(422);
    expect(made.json().errors[0].field).toMatch(/^roles/);
  });

  it('changes staff roles without touching a role as naaste', async () => {
    await t.ctx.db.insertInto('user_roles').values({ user_id: a.otherProfessional.id, region_id: a.regionId, role: 'naaste' }).execute();
    const current = (await admin.get('/api/admin/users?q=Olga')).json()[0];
    expect(current.roles).toEqual(['professional']);
    const res = await admin.patch(`/api/admin/users/${a.otherProfessional.id}`, { roles: ['professional', 'teamleider'], version: current.version });
    expect(res.json().roles).toEqual(['professional', 'teamleider']);
    const all = await t.ctx.db.selectFrom('user_roles').select('role').where('user_id', '=', a.otherProfessional.id).orderBy('role').execute();
    expect(all.map((r) => r.role)).toEqual(['naaste', 'professional', 'teamleider']);
  });

  it('keeps non-administrators out', async () => {
    const prof = new TestClient(t.app);
    await prof.login(a.policy.email, PASSWORD, a.policy.totpSecret);
    expect((await prof.get('/api/admin/users')).statusCode).toBe(403);
    expect((await prof.get('/api/admin/outbox')).statusCode).toBe(403);
  });

  it('shows the stored mail outbox to the administrator of the region', async () => {
    await admin.post('/api/admin/users', { displayName: 'Otto Outbox', email: 'otto@een.test', roles: ['teamleider'], organisationId: a.organisationId });
    const list = (await admin.get('/api/admin/outbox')).json() as { id: string; to: string; text: string }[];
    const msg = list.find((m) => m.to === 'otto@een.test');
    expect(msg).toBeDefined();
    const one = await admin.get(`/api/admin/outbox/${msg!.id}`);
    expect(one.json().text).toMatch(/Hallo Otto Outbox/);
  });
});
