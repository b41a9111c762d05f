import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { seedDemo, type SeededIds } from '../demo/seed.js';
import { DEMO_PEOPLE, demoEmail } from '../demo/people.js';
import { DEMO_CLIENTS } from '../demo/clients.js';
import { DEMO_PASSWORD } from '../demo/logins.js';
import { seedLogbook } from '../demo/seed-logbook.js';
import { seedEvaluations } from '../demo/seed-evaluation.js';
import type { EvaluationList, EvaluationOverview } from './evaluation-model.js';
import type { ReportList, UpdateList } from '../logbook/model.js';

/** The demo logbook and evaluations, as Kim Hofman (demo client) finds them through the API. */
let t: TestApp;
let kimId = '';

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx);
  const region = await t.ctx.db.selectFrom('regions').select('id').where('slug', '=', 'voorbeeld').executeTakeFirstOrThrow();
  const users = new Map<string, { id: string; label: string }>();
  for (const p of DEMO_PEOPLE) {
    const u = await t.ctx.db
      .selectFrom('users as u')
      .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.id', 'u.display_name', 'o.name as org'])
      .where('u.email', '=', demoEmail(p.name))
      .executeTakeFirstOrThrow();
    users.set(p.key, { id: u.id, label: u.org ? `${u.display_name} (${u.org})` : u.display_name });
  }
  const clients = new Map<string, string>();
  for (const c of DEMO_CLIENTS) {
    const row = await t.ctx.db.selectFrom('clients').select('id').where('region_id', '=', region.id).where('first_name', '=', c.firstName).where('last_name', '=', c.lastName).executeTakeFirstOrThrow();
    clients.set(c.key, row.id);
  }
  kimId = clients.get('kim')!;
  const ids: SeededIds = { regionId: region.id, users, clients };
  // Until the demo seed runs these itself (src/modules/demo/seed.ts AREA_SEEDS), the test does.
  const already = await t.ctx.db.selectFrom('logbook_entries').select('id').limit(1).execute();
  if (already.length === 0) {
    await t.ctx.db.transaction().execute(async (trx) => {
      await seedLogbook(trx, ids, new Date());
      await seedEvaluations(trx, ids, new Date());
    });
  }
});
afterAll(() => t.close());

describe('demo logbook and evaluations', () => {
  it('shows Kim the good news, the reports with her reactions, and an evaluation held and one coming', async () => {
    const kim = new TestClient(t.app);
    expect((await kim.login(demoEmail('Kim Hofman'), DEMO_PASSWORD)).statusCode).toBe(200);
    const updates = (await kim.get(`/api/clients/${kimId}/logbook`)).json() as UpdateList;
    expect(updates.entries.some((e) => e.kind === 'goed-nieuws' && e.authorLabel === 'Jessica Hofman')).toBe(true);
    const reports = (await kim.get(`/api/clients/${kimId}/reports`)).json() as ReportList;
    expect(reports.canReact).toBe(true);
    expect(reports.entries.map((e) => e.reaction?.reaction ?? null).sort()).toEqual(['klopt', 'klopt-niet']);

    const list = (await kim.get(`/api/clients/${kimId}/evaluations`)).json() as EvaluationList;
    expect(list.evaluations.map((e) => e.status).sort()).toEqual(['held', 'planned']);
    const overview = (await kim.get(`/api/clients/${kimId}/evaluations/overview`)).json() as EvaluationOverview;
    expect(overview.held).toBe(1);
    expect(overview.yields['praktische-steun']).toBe(1);
    expect(overview.goals.every((g) => g.points.length === 1 && g.points[0]?.score === g.scoreNow)).toBe(true);
  });
});
