import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_REGION, demoEmail, seedDemo } from '../demo/index.js';
import { seedVolunteers } from '../demo/seed-volunteers.js';
import { seal } from '../auth/secret-box.js';
import { newTotpSecret } from '../auth/totp.js';
import type { SeededIds } from '../demo/seed.js';
import type { RequestDetail, RequestListItem, VolunteerListItem } from './model.js';

let t: TestApp;

/** The demo seed's ids, rebuilt from the database (the seed calls seedVolunteers itself once the lead wires it). */
async function seededIds(): Promise<SeededIds> {
  const region = await t.ctx.db.selectFrom('regions').select('id').where('slug', '=', DEMO_REGION.slug).executeTakeFirstOrThrow();
  const users = new Map<string, { id: string; label: string }>();
  for (const p of DEMO_PEOPLE) {
    const u = await t.ctx.db.selectFrom('users').select(['id', 'display_name']).where('email', '=', demoEmail(p.name)).executeTakeFirst();
    if (u) users.set(p.key, { id: u.id, label: u.display_name });
  }
  const clients = new Map<string, string>();
  for (const c of DEMO_CLIENTS) {
    const row = await t.ctx.db.selectFrom('clients').select('id').where('first_name', '=', c.firstName).where('last_name', '=', c.lastName).executeTakeFirst();
    if (row) clients.set(c.key, row.id);
  }
  return { regionId: region.id, users, clients };
}

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx);
  if ((await t.ctx.db.selectFrom('volunteer_profiles').select('user_id').limit(1).execute()).length === 0) {
    const ids = await seededIds();
    await t.ctx.db.transaction().execute((trx) => seedVolunteers(trx, ids, new Date()));
  }
}, 120_000);
afterAll(() => t.close());

describe('the demo volunteers', () => {
  it('gives the coordinator four volunteers with their load, and Kim\'s open request with candidates', async () => {
    const thijs = DEMO_PEOPLE.find((p) => p.key === 'thijs')!;
    // A coordinator is staff: give Thijs the second factor he would enrol on first log-in.
    const secret = newTotpSecret();
    await t.ctx.db.updateTable('users').set({ totp_secret_enc: seal(t.ctx.config.secretKey, secret), totp_enabled_at: new Date() }).where('email', '=', demoEmail(thijs.name)).execute();
    const c = new TestClient(t.app);
    expect((await c.login(demoEmail(thijs.name), DEMO_PASSWORD, secret)).statusCode).toBe(200);
    const list = (await c.get('/api/volunteers')).json() as VolunteerListItem[];
    expect(list.map((v) => v.displayName)).toEqual(['Gerrit Bakker', 'Lisa Timmer', 'Samira Bouzid', 'Wim Kooistra']);
    expect(list.find((v) => v.displayName === 'Wim Kooistra')).toMatchObject({ tooMuch: true, load: { activeClients: 3 } });
    const requests = (await c.get('/api/volunteers/requests')).json() as RequestListItem[];
    const open = requests.find((r) => r.status === 'open')!;
    expect(open.firstName).toBe('Kim');
    const d = (await c.get(`/api/volunteers/requests/${open.id}`)).json() as RequestDetail;
    expect(d.candidates[0]!.displayName).toBe('Samira Bouzid');
  });

  it('stores profiles, a running match per existing volunteer link, and one open request', async () => {
    const profiles = await t.ctx.db.selectFrom('volunteer_profiles').select('status').execute();
    expect(profiles).toHaveLength(4);
    const matched = await t.ctx.db.selectFrom('volunteer_matches').select('id').where('status', '=', 'matched').execute();
    const links = await t.ctx.db.selectFrom('client_links').select('id').where('relation', '=', 'vrijwilliger').execute();
    expect(matched.length).toBe(links.length);
    expect(await t.ctx.db.selectFrom('volunteer_requests').select('first_name').where('status', '=', 'open').execute()).toEqual([{ first_name: 'Kim' }]);
  });
});
