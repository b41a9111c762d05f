import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestApp } from '../../testing/test-app.js';
import { seededDemoApp } from '../../testing/demo-app.js';
import type { SeededIds } from '../demo/seed.js';
import { demoEmail } from '../demo/people.js';
import { DEMO_PASSWORD } from '../demo/logins.js';
import type { EvaluationList, EvaluationOverview } from './evaluation-model.js';
import type { ReportList, UpdateList } from '../logbook/model.js';

/** The demo logbook and evaluations, as Kim Hofman (demo client) finds them through the API. */
let t: TestApp;
let kimId = '';

beforeAll(async () => {
  let ids: SeededIds;
  ({ t, ids } = await seededDemoApp());
  kimId = ids.clients.get('kim')!;
}, 120_000);
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
