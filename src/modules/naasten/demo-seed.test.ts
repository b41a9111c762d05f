import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestApp } from '../../testing/test-app.js';
import { seededDemoApp } from '../../testing/demo-app.js';
import type { SeededIds } from '../demo/seed.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../demo/index.js';
import { seal } from '../auth/secret-box.js';
import { newTotpSecret } from '../auth/totp.js';
import type { MyCardView, TeamDashboardView, WorklistView } from './model.js';

let t: TestApp;
let ids: SeededIds;

beforeAll(async () => {
  ({ t, ids } = await seededDemoApp());
}, 120_000);
afterAll(() => t.close());

async function demoLogin(key: string): Promise<TestClient> {
  const p = DEMO_PEOPLE.find((x) => x.key === key)!;
  const staff = p.roles.some((r) => ['professional', 'teamleider'].includes(r));
  const secret = staff ? newTotpSecret() : undefined;
  if (secret) await t.ctx.db.updateTable('users').set({ totp_secret_enc: seal(t.ctx.config.secretKey, secret), totp_enabled_at: new Date() }).where('email', '=', demoEmail(p.name)).execute();
  const c = new TestClient(t.app);
  expect((await c.login(demoEmail(p.name), DEMO_PASSWORD, secret)).statusCode).toBe(200);
  return c;
}

describe('the demo naastenkaarten', () => {
  it('shows Ruben a late card in Sanne’s circle, Sanne a call to make, and Monique a rising burden', async () => {
    const ruben = (await (await demoLogin('ruben')).get('/api/naastenkaarten/team')).json() as TeamDashboardView;
    const sanne = ruben.professionals.find((p) => p.name === 'Sanne Verbeek');
    expect(sanne?.circles.some((c) => c.overdue.some((o) => o.days === 9))).toBe(true);

    const list = (await (await demoLogin('sanne')).get('/api/me/naasten-worklist')).json() as WorklistView;
    expect(list.items).toContainEqual(expect.objectContaining({ kind: 'check-in', clientId: ids.clients.get('kim'), naasteName: 'Jessica Hofman' }));

    const monique = (await (await demoLogin('monique')).get(`/api/me/naastenkaarten/${ids.clients.get('henk')}`)).json() as MyCardView;
    expect(monique.burden.trend).toBe('zwaarder');
    expect(monique.burden.checks.map((c) => c.score)).toEqual([4, 5, 6, 7, 8]);
  });
});
