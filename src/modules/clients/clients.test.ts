import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'alfa');
  b = await regionFixture(t.ctx, 'beta');
});
afterAll(() => t.close());
beforeEach(() => t.ctx.db.updateTable('users').set({ totp_last_step: null }).execute());

const as = async (u: { email: string; totpSecret?: string }) => {
  const c = new TestClient(t.app);
  const res = await c.login(u.email, PASSWORD, u.totpSecret);
  expect(res.statusCode).toBe(200);
  return c;
};

describe('client data through platform/access', () => {
  it('shows a professional only the clients they are involved with, and logs each read', async () => {
    const c = await as(a.professional);
    const list = await c.get('/api/clients');
    expect(list.statusCode).toBe(200);
    expect(list.json().map((x: { id: string }) => x.id).sort()).toEqual([a.clientId, a.minorId].sort());
    const detail = await c.get(`/api/clients/${a.clientId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ firstName: 'Cor', lastName: 'Client', relation: 'professional', age: expect.any(Number) });
    const log = await t.ctx.db
      .selectFrom('access_log')
      .selectAll()
      .where('client_id', '=', a.clientId)
      .where('actor_user_id', '=', a.professional.id)
      .where('purpose', '=', 'basisgegevens bekijken')
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ region_id: a.regionId, category: 'basis', action: 'read', actor_label: 'Pim Prof (Wijkteam alfa)' });
    expect(log[0]!.request_id).toBe(detail.headers['x-request-id']);
  });

  it('refuses a professional who is not involved, and administrators and policy advisers', async () => {
    for (const u of [a.otherProfessional, a.admin, a.policy]) {
      const c = await as(u);
      expect((await c.get(`/api/clients/${a.clientId}`)).statusCode).toBe(403);
    }
  });

  it('never crosses regions: a client of another region does not exist for you', async () => {
    const c = await as(a.professional);
    const res = await c.get(`/api/clients/${b.clientId}`);
    expect(res.statusCode).toBe(404);
    const list = await c.get('/api/clients');
    expect(list.json().map((x: { id: string }) => x.id)).not.toContain(b.clientId);
    const log = await t.ctx.db.selectFrom('access_log').select('seq').where('client_id', '=', b.clientId).execute();
    expect(log).toHaveLength(0);
  });

  it('lets a naaste see basis data of their person only', async () => {
    const c = await as(a.naaste);
    expect((await c.get(`/api/clients/${a.clientId}`)).statusCode).toBe(200);
    expect((await c.get(`/api/clients/${a.minorId}`)).statusCode).toBe(403);
  });

  it('rejects an id that is not a uuid with a field error', async () => {
    const c = await as(a.professional);
    const res = await c.get('/api/clients/niet-een-id');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('id');
  });
});

describe('who looked at my data', () => {
  it('tells the client who read their data, filterable by person', async () => {
    const prof = await as(a.professional);
    await prof.get(`/api/clients/${a.clientId}`);
    const naaste = await as(a.naaste);
    await naaste.get(`/api/clients/${a.clientId}`);

    const client = await as(a.clientUser);
    await client.get(`/api/clients/${a.clientId}`);
    const res = await client.get('/api/me/access-log');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.clients).toEqual([{ id: a.clientId, name: 'Cor Client', own: true }]);
    // The client's own look is in the log, but the page answers who *else* looked.
    expect(await t.ctx.db.selectFrom('access_log').select('seq').where('actor_user_id', '=', a.clientUser.id).execute()).not.toHaveLength(0);
    expect(body.entries.some((e: { actorUserId: string }) => e.actorUserId === a.clientUser.id)).toBe(false);
    expect(body.actors.some((x: { id: string }) => x.id === a.clientUser.id)).toBe(false);
    const labels = body.entries.map((e: { actorLabel: string }) => e.actorLabel);
    expect(labels).toContain('Pim Prof (Wijkteam alfa)');
    expect(labels).toContain('Nel Naaste');
    expect(body.actors.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([a.professional.id, a.naaste.id]));

    const filtered = (await client.get(`/api/me/access-log?actor=${a.naaste.id}`)).json();
    expect(filtered.entries.length).toBeGreaterThan(0);
    expect(filtered.entries.every((e: { actorUserId: string }) => e.actorUserId === a.naaste.id)).toBe(true);
  });

  it('lets a representative see the log of the child they represent, and nobody else', async () => {
    const prof = await as(a.professional);
    await prof.get(`/api/clients/${a.minorId}`);
    const rep = await as(a.representative);
    const res = (await rep.get(`/api/me/access-log?clientId=${a.minorId}`)).json();
    expect(res.entries.some((e: { actorUserId: string }) => e.actorUserId === a.professional.id)).toBe(true);
    expect((await rep.get(`/api/me/access-log?clientId=${a.clientId}`)).statusCode).toBe(404);
    const naaste = await as(a.naaste);
    expect((await naaste.get('/api/me/access-log')).statusCode).toBe(403);
  });
});
