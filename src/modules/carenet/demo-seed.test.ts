import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestApp } from '../../testing/test-app.js';
import { seededDemoApp } from '../../testing/demo-app.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../demo/index.js';
import { seal } from '../auth/secret-box.js';
import { newTotpSecret } from '../auth/totp.js';
import type { AttendanceStats, MeetingDetail, NetworkDetail, NetworkListItem } from './model.js';

let t: TestApp;
let fatima: TestClient;

beforeAll(async () => {
  ({ t } = await seededDemoApp());
  const person = DEMO_PEOPLE.find((p) => p.key === 'fatima')!;
  const secret = newTotpSecret();
  await t.ctx.db.updateTable('users').set({ totp_secret_enc: seal(t.ctx.config.secretKey, secret), totp_enabled_at: new Date() }).where('email', '=', demoEmail(person.name)).execute();
  fatima = new TestClient(t.app);
  expect((await fatima.login(demoEmail(person.name), DEMO_PASSWORD, secret)).statusCode).toBe(200);
}, 120_000);
afterAll(() => t.close());

describe('the demo care networks', () => {
  it('gives the chair her networks with members, coming meetings and attendance that shows repeated absence', async () => {
    const list = (await fatima.get('/api/care-networks')).json() as NetworkListItem[];
    const names = list.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Buurtnetwerk 0-12 Centrum', 'Netwerk 12-18', 'Zorgnetwerk 18+']));
    const adult = list.find((n) => n.name === 'Zorgnetwerk 18+')!;
    expect(adult.myRole.chair).toBe(true);
    const d = (await fatima.get(`/api/care-networks/${adult.id}`)).json() as NetworkDetail;
    expect(d.members.find((m) => m.organisationName === 'Woonstichting Veenwijk')?.mandateLevel).toBe('full');
    expect(d.upcoming.length).toBeGreaterThanOrEqual(2);
    const stats = (await fatima.get(`/api/care-networks/${adult.id}/attendance`)).json() as AttendanceStats;
    expect(stats.rows.find((r) => r.organisationName === 'Woonstichting Veenwijk')).toMatchObject({ repeatedAbsence: true, share: 0 });
    const m = (await fatima.get(`/api/care-meetings/${d.upcoming[0]!.id}`)).json() as MeetingDetail;
    expect(m.myRole.manage).toBe(true);
    expect(m.attendance.length).toBeGreaterThanOrEqual(3);
  });
});
