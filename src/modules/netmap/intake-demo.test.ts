import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestApp } from '../../testing/test-app.js';
import { seededDemoApp } from '../../testing/demo-app.js';
import type { SeededIds } from '../demo/seed.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../demo/index.js';
import { seal } from '../auth/secret-box.js';
import { newTotpSecret } from '../auth/totp.js';
import type { AnalysisView, NetworkSignal } from './analysis-model.js';
import type { IntakePage, IntakeView } from './intake-model.js';

let t: TestApp;
let ids: SeededIds;

/** A demo professional with the second factor they would enrol on first log-in. */
async function staff(key: string): Promise<TestClient> {
  const person = DEMO_PEOPLE.find((p) => p.key === key)!;
  const secret = newTotpSecret();
  await t.ctx.db.updateTable('users').set({ totp_secret_enc: seal(t.ctx.config.secretKey, secret), totp_enabled_at: new Date() }).where('email', '=', demoEmail(person.name)).execute();
  const c = new TestClient(t.app);
  expect((await c.login(demoEmail(person.name), DEMO_PASSWORD, secret)).statusCode).toBe(200);
  return c;
}

beforeAll(async () => {
  ({ t, ids } = await seededDemoApp());
}, 120_000);
afterAll(() => t.close());

describe('the demo network intake and signals', () => {
  it('warns Karin that Monique carries five of Henk’s nine agreements', async () => {
    const karin = await staff('karin');
    const henk = ids.clients.get('henk')!;
    const items = ((await karin.get('/api/me/network-signals')).json() as { items: NetworkSignal[] }).items;
    expect(items.filter((s) => s.clientId === henk).map((s) => [s.kind, s.clientName])).toContainEqual(['overbelast-taken', 'Henk Zandbergen']);
    expect(items.find((s) => s.kind === 'overbelast-taken')!.name).toMatch(/^Monique/);
    const v = (await karin.get(`/api/clients/${henk}/network/analysis`)).json() as AnalysisView;
    expect(v.tasks!.carriers[0]).toMatchObject({ name: 'Monique Zandbergen (dochter)', carries: 5, overloaded: true });
    expect(v.tasks!.total).toBe(9);
    expect(v.sentences.filter((s) => s.warn).map((s) => s.nl)).toContain('Let op: Monique Zandbergen (dochter) doet 5 van de 9 taken in het plan. Dat is veel voor één persoon. Vraag of het niet te veel wordt.');
  });

  it('gives Sanne Esther’s intake, paused at step 3, and lets her finish it', async () => {
    const sanne = await staff('sanne');
    const esther = ids.clients.get('esther')!;
    const items = ((await sanne.get('/api/me/network-signals')).json() as { items: NetworkSignal[] }).items.filter((s) => s.clientId === esther);
    expect(items.map((s) => [s.kind, s.name, s.step])).toEqual([
      ['intake-gepauzeerd', null, 2],
      ['wil-herstellen', 'Ineke', null],
    ]);
    const page = (await sanne.get(`/api/clients/${esther}/network/intake`)).json() as IntakePage;
    expect(page.current).toMatchObject({ status: 'paused', step: 2, participants: ['Esther Dijkhuis', 'Dennis (partner)', 'Sanne Verbeek (wijkcoach)'] });
    expect(page.current!.added.map((a) => a.displayName)).toEqual(['Dennis', 'Gerda', 'Ineke', 'Fenna', 'Ricardo']);
    const intake = page.current!;
    const url = `/api/clients/${esther}/network/intake/${intake.id}`;
    const resumed = (await sanne.put(url, { version: intake.version, step: 3, status: 'running' })).json() as IntakeView;
    expect((await sanne.post(`${url}/persons`, { step: 3, answer: 'vragen', person: { displayName: 'Buurvrouw Tineke', relation: 'buurvrouw', sector: 'buurt', closeness: 'verder' } })).statusCode).toBe(201);
    const done = (await sanne.post(`${url}/finish`, { version: resumed.version })).json() as IntakeView;
    expect(done.summary).toMatchObject({ added: 6, restore: 1 });
    const after = ((await sanne.get('/api/me/network-signals')).json() as { items: NetworkSignal[] }).items.filter((s) => s.clientId === esther);
    expect(after.map((s) => s.kind)).toEqual(['wil-herstellen']);
  });
});
