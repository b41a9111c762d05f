import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestApp } from '../../testing/test-app.js';
import { seededDemoApp } from '../../testing/demo-app.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../demo/index.js';
import type { SeededIds } from '../demo/seed.js';
import type { CalendarView } from './model.js';

let t: TestApp;
let ids: SeededIds;

beforeAll(async () => {
  ({ t, ids } = await seededDemoApp());
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
