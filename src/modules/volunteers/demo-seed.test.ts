import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestApp } from '../../testing/test-app.js';
import { seededDemoApp } from '../../testing/demo-app.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../demo/index.js';
import { seal } from '../auth/secret-box.js';
import { newTotpSecret } from '../auth/totp.js';
import type { RequestDetail, RequestListItem, VolunteerListItem } from './model.js';

let t: TestApp;

beforeAll(async () => {
  ({ t } = await seededDemoApp());
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
