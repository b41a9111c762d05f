import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestApp } from '../../testing/test-app.js';
import { seededDemoApp } from '../../testing/demo-app.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../demo/index.js';
import { seal } from '../auth/secret-box.js';
import { newTotpSecret } from '../auth/totp.js';
import type { CaseView, InvolvementView, MyCareWork } from './case-model.js';

let t: TestApp;

beforeAll(async () => {
  ({ t } = await seededDemoApp());
}, 120_000);
afterAll(() => t.close());

async function demoLogin(key: string): Promise<TestClient> {
  const p = DEMO_PEOPLE.find((x) => x.key === key)!;
  const secret = newTotpSecret();
  await t.ctx.db.updateTable('users').set({ totp_secret_enc: seal(t.ctx.config.secretKey, secret), totp_enabled_at: new Date() }).where('email', '=', demoEmail(p.name)).execute();
  const c = new TestClient(t.app);
  expect((await c.login(demoEmail(p.name), DEMO_PASSWORD, secret)).statusCode).toBe(200);
  return c;
}

describe('the demo care cases', () => {
  it('has a case in each mode on a coming meeting, Milan’s involvement, a hand-over for Mehmet and a review for Fatima', async () => {
    const joost = await demoLogin('joost');
    const network = await t.ctx.db.selectFrom('care_cases').select(['network_id', 'id', 'label', 'mode']).orderBy('created_at').execute();
    const networkId = network[0]!.network_id;
    const list = (await joost.get(`/api/care-networks/${networkId}/cases`)).json() as { id: string; mode: string; label: string; nextMeeting: string | null }[];
    expect(new Set(list.map((c) => c.mode))).toEqual(new Set(['identified', 'anonymous', 'safety']));
    expect(list.every((c) => c.nextMeeting !== null)).toBe(true);

    const milan = list.find((c) => c.label === 'Jongen 14, schoolverzuim')!;
    const view = (await joost.get(`/api/care-cases/${milan.id}`)).json() as CaseView;
    expect([view.identifying, view.subject?.firstName]).toEqual([true, 'Milan']);
    const involved = (await joost.get(`/api/care-cases/${milan.id}/involvement`)).json() as InvolvementView;
    expect(involved.organisations.map((o) => o.organisation)).toEqual(expect.arrayContaining(['Jeugdhulp Veenwijk', 'Scholengroep Veenwijk']));

    // Sanne sits in the network; with consent for the coming meeting she sees who it is about.
    const asMember = (await (await demoLogin('sanne')).get(`/api/care-cases/${milan.id}`)).json() as CaseView;
    expect([asMember.role, asMember.subject?.firstName]).toEqual(['member', 'Milan']);

    const work = (await (await demoLogin('mehmet')).get('/api/me/care-work')).json() as MyCareWork;
    expect(work.handovers.map((h) => h.label)).toEqual(['Jongen 16, somber en teruggetrokken']);

    const reviews = (await (await demoLogin('fatima')).get('/api/care-cases/safety-reviews')).json() as { label: string; reviewStatus: string }[];
    expect(reviews).toContainEqual(expect.objectContaining({ label: 'Jongen 13, zorgen over veiligheid thuis', reviewStatus: 'pending' }));
  });
});
