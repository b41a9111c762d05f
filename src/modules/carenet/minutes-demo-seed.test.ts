import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestApp } from '../../testing/test-app.js';
import { seededDemoApp } from '../../testing/demo-app.js';
import { DEMO_PASSWORD, demoEmail } from '../demo/index.js';
import { DEMO_PEOPLE, demoPerson } from '../demo/people.js';
import { seal } from '../auth/secret-box.js';
import { newTotpSecret } from '../auth/totp.js';
import type { MinutesView, MyActionView, OverdueMinutesView } from './minutes-model.js';
import type { SignalView } from './signals-model.js';
import type { SurveyOverview, SurveyResults } from './survey-model.js';

let t: TestApp;

beforeAll(async () => {
  ({ t } = await seededDemoApp());
}, 120_000);
afterAll(() => t.close());

async function as(key: string): Promise<TestClient> {
  const email = demoEmail(demoPerson(key).name);
  const secret = newTotpSecret();
  await t.ctx.db.updateTable('users').set({ totp_secret_enc: seal(t.ctx.config.secretKey, secret), totp_enabled_at: new Date(), totp_last_step: null }).where('email', '=', email).execute();
  const c = new TestClient(t.app);
  expect((await c.login(email, DEMO_PASSWORD, secret)).statusCode).toBe(200);
  return c;
}

const demoPeopleByName = (name: string): string => DEMO_PEOPLE.find((p) => p.name === name)!.key;

describe('the demo minutes, signals and survey', () => {
  it('shows the chair late minutes, Sanne her action point, Yara a raised signal, and survey results', async () => {
    const fatima = await as('fatima');
    const late = (await fatima.get('/api/care-minutes/overdue')).json() as OverdueMinutesView[];
    expect(late.some((m) => m.daysLate === 2)).toBe(true);
    const sanne = await as('sanne');
    const mine = (await sanne.get('/api/care-actions/mine')).json() as MyActionView[];
    expect(mine.map((a) => a.body)).toContain('Gesprek met jongerenwerk en school plannen');
    const yara = await as('yara');
    const raised = (await yara.get('/api/care-signals/raised')).json() as SignalView[];
    expect(raised.map((s) => s.title)).toEqual(['Blowen rond het schoolplein']);
    const networkId = raised[0]!.networkId;
    const overview = (await fatima.get(`/api/care-survey/networks/${networkId}`)).json() as SurveyOverview;
    const round = overview.rounds.find((r) => r.resultsAvailable)!;
    const results = (await fatima.get(`/api/care-survey/rounds/${round.id}/results`)).json() as SurveyResults;
    expect(results.answerCount).toBe(4);
  });
});

describe('the browser walk-through, through the API', () => {
  it('the secretary writes and sends the late minutes with an action for Sanne, who reads them and closes it', async () => {
    const fatima = await as('fatima');
    const late = ((await fatima.get('/api/care-minutes/overdue')).json() as OverdueMinutesView[]).find((m) => m.daysLate === 2)!;
    const secretaryKey = demoPeopleByName(late.secretaryName!);
    const secretary = await as(secretaryKey);
    const view = (await secretary.get(`/api/care-minutes/meetings/${late.meetingId}`)).json() as MinutesView;
    expect(view.canWrite).toBe(true);
    const first = view.items[0]!;
    expect((await secretary.put(`/api/care-minutes/meetings/${late.meetingId}/items/${first.itemId}`, { body: 'Winkeliers en jongerenwerk praten met de groep.', decisions: '', version: first.version })).statusCode).toBe(200);
    const sanneId = view.people.find((p) => p.name === 'Sanne Verbeek')!.userId;
    expect((await secretary.post(`/api/care-minutes/meetings/${late.meetingId}/items/${first.itemId}/actions`, { body: 'Ouders uitnodigen', ownerUserId: sanneId, dueOn: '2099-01-01' })).statusCode).toBe(201);
    expect((await secretary.post(`/api/care-minutes/meetings/${late.meetingId}/publish`, { version: view.version })).statusCode).toBe(200);
    expect(((await fatima.get('/api/care-minutes/overdue')).json() as OverdueMinutesView[]).map((m) => m.meetingId)).not.toContain(late.meetingId);
    const sanne = await as('sanne');
    const read = (await sanne.get(`/api/care-minutes/meetings/${late.meetingId}`)).json() as MinutesView;
    expect(read.items[0]?.body).toBe('Winkeliers en jongerenwerk praten met de groep.');
    const mine = ((await sanne.get('/api/care-actions/mine')).json() as MyActionView[]).find((a) => a.body === 'Ouders uitnodigen')!;
    expect((await sanne.post(`/api/care-actions/${mine.id}/close`, { version: mine.version })).statusCode).toBe(200);
  });
});
