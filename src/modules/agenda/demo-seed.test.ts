import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_REGION, demoEmail, seedDemo } from '../demo/index.js';
import { seedAgenda } from '../demo/seed-agenda.js';
import type { SeededIds } from '../demo/seed.js';
import type { CalendarView } from './model.js';

let t: TestApp;
let ids: SeededIds;

/** The demo seed's ids, rebuilt from the database (the seed wires seedAgenda itself once the lead adds it). */
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
  ids = await seededIds();
  if ((await t.ctx.db.selectFrom('agenda_items').select('id').limit(1).execute()).length === 0) {
    await t.ctx.db.transaction().execute((trx) => seedAgenda(trx, ids, new Date()));
  }
}, 120_000);
afterAll(() => t.close());

describe('the demo agenda', () => {
  it('gives Henk a Tuesday-morning coffee at 10:00 with one week off, and a cancelled meeting', async () => {
    const ria = new TestClient(t.app);
    const p = DEMO_PEOPLE.find((x) => x.key === 'ria')!;
    expect((await ria.login(demoEmail(p.name), DEMO_PASSWORD)).statusCode).toBe(200);
    const res = await ria.get(`/api/clients/${ids.clients.get('henk')}/agenda`);
    expect(res.statusCode, res.body).toBe(200);
    const cal = res.json() as CalendarView;
    const coffee = cal.occurrences.filter((o) => o.title === 'Koffie drinken met Wim');
    expect(coffee.length).toBeGreaterThanOrEqual(3);
    expect(coffee.every((o) => o.startTime === '10:00' && new Date(`${o.date}T12:00:00Z`).getUTCDay() === 2)).toBe(true);
    expect(coffee.filter((o) => o.cancelled)).toHaveLength(1);
    expect(cal.occurrences.find((o) => o.title === 'Netwerkoverleg: hulp in huis')?.cancelled).toBe(true);
  });
});
