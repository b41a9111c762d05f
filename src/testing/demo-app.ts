import { DEMO_CLIENTS, DEMO_PEOPLE, DEMO_REGION, demoEmail, seedDemo } from '../modules/demo/index.js';
import type { SeededIds } from '../modules/demo/seed.js';
import { createTestApp, type TestApp } from './test-app.js';

/** An in-process app on a fresh database with the whole demo region, and the demo's keys resolved to ids. */
export async function seededDemoApp(): Promise<{ t: TestApp; ids: SeededIds }> {
  const t = await createTestApp();
  await seedDemo(t.ctx);
  const db = t.ctx.db;
  const region = await db.selectFrom('regions').select('id').where('slug', '=', DEMO_REGION.slug).executeTakeFirstOrThrow();
  const users = new Map<string, { id: string; label: string }>();
  for (const p of DEMO_PEOPLE) {
    const u = await db
      .selectFrom('users as u')
      .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.id', 'u.display_name', 'o.name as org'])
      .where('u.email', '=', demoEmail(p.name))
      .executeTakeFirstOrThrow();
    users.set(p.key, { id: u.id, label: u.org ? `${u.display_name} (${u.org})` : u.display_name });
  }
  const clients = new Map<string, string>();
  for (const c of DEMO_CLIENTS) {
    const row = await db.selectFrom('clients').select('id').where('region_id', '=', region.id).where('first_name', '=', c.firstName).where('last_name', '=', c.lastName).executeTakeFirstOrThrow();
    clients.set(c.key, row.id);
  }
  return { t, ids: { regionId: region.id, users, clients } };
}
