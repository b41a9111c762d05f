import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInNl } from '../../platform/access/index.js';
import { createClient } from '../clients/service.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { PROFESSIONAL_GRANTS, loginAs, membership } from '../../testing/safety-fixtures.js';
import { exportSections } from '../avg/sections.js';
import { plusDays, plusMonths } from './continuity-shared.js';
import './continuity-export.js';

let t: TestApp;
let a: RegionFixture;
let youthId = '';

const url = (clientId: string) => `/api/clients/${clientId}/future`;
const fields = (body: string) => (JSON.parse(body) as { errors: { field: string }[] }).errors.map((e) => e.field);

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'toekomst');
  // Fifteen today on the Dutch calendar.
  const birthDate = plusMonths(todayInNl(), -15 * 12);
  youthId = (await createClient(t.ctx.db, a.regionId, { firstName: 'Sem', lastName: 'Verzonnen', birthDate, municipalityId: a.municipalityId })).id;
  await membership(t.ctx, a.regionId, youthId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  await membership(t.ctx, a.regionId, a.minorId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
});
afterAll(() => t.close());

const dialogue = (over: Record<string, unknown> = {}) => ({
  heldOn: todayInNl(),
  participants: [
    { name: 'Sem', kind: 'jongere' },
    { name: 'Joy (ervaringsdeskundige)', kind: 'ervaringsdeskundige' },
  ],
  topicsDiscussed: ['Terug naar huis', 'School afmaken'],
  topicsOpen: ['Geld'],
  wishes: [
    { text: 'Bij mijn moeder wonen', changeable: true },
    { text: 'Mijn hond houden', changeable: false },
  ],
  format: 'plaatjes',
  pictograms: ['wonen', 'school', 'wonen'],
  ...over,
});

describe('toekomstplan', () => {
  it('logs a dialogue with who joined, what was and was not discussed, and changeable wishes', async () => {
    const c = await loginAs(t, a.professional);
    const res = await c.post(`${url(youthId)}/dialogues`, dialogue());
    expect(res.statusCode, res.body).toBe(201);
    const saved = res.json() as { id: string; version: number; pictograms: string[]; story: string | null };
    expect(saved.pictograms).toEqual(['wonen', 'school']);
    const page = (await c.get(url(youthId))).json() as { eligible: boolean; minAge: number; canEdit: boolean; dialogues: { topicsOpen: string[]; wishes: { changeable: boolean }[] }[] };
    expect(page).toMatchObject({ eligible: true, minAge: 14, canEdit: true });
    expect(page.dialogues[0]).toMatchObject({ topicsOpen: ['Geld'], wishes: [{ changeable: true }, { changeable: false }] });

    const update = { ...dialogue({ format: 'tekst', story: 'Ik wil later kok worden.' }), version: saved.version };
    const changed = await c.put(`${url(youthId)}/dialogues/${saved.id}`, update);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ format: 'tekst', story: 'Ik wil later kok worden.', pictograms: [], version: 2 });
    const stale = await c.put(`${url(youthId)}/dialogues/${saved.id}`, { ...update, story: 'Iets anders' });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { current: { story: string } }).current.story).toBe('Ik wil later kok worden.');
    // Part of the AVG export (the section as the export runs it, for the young person's own record).
    const section = exportSections().find((x) => x.key === 'toekomstplan');
    const collected = JSON.stringify(await section!.collect(t.ctx.db, { regionId: a.regionId, clientId: youthId, relation: 'self', rule: 'both', decidesAs: 'client', level: 'contribute', exceptionId: null }));
    expect(collected).toContain('Ik wil later kok worden.');
  });

  it('names the fields that do not fit the chosen form or the date', async () => {
    const c = await loginAs(t, a.professional);
    const res = await c.post(`${url(youthId)}/dialogues`, dialogue({ heldOn: plusDays(todayInNl(), 2), participants: [], topicsDiscussed: [' '], format: 'tekst', story: '' }));
    expect(res.statusCode).toBe(422);
    expect(fields(res.body)).toEqual(['heldOn', 'participants', 'topicsDiscussed', 'story']);
    const pictures = await c.post(`${url(youthId)}/dialogues`, dialogue({ pictograms: [] }));
    expect(fields(pictures.body)).toEqual(['pictograms']);
    const unknown = await c.post(`${url(youthId)}/dialogues`, dialogue({ pictograms: ['ruimteschip'] }));
    expect(unknown.statusCode).toBe(422);
  });

  it('is refused for a child under the minimum age, naming the field', async () => {
    const c = await loginAs(t, a.professional);
    const res = await c.post(`${url(a.minorId)}/dialogues`, dialogue());
    expect(res.statusCode).toBe(422);
    expect(fields(res.body)).toEqual(['clientId']);
    expect(res.json()).toMatchObject({ errors: [{ nl: expect.stringContaining('14 jaar') }] });
    expect((await c.get(url(a.minorId))).json()).toMatchObject({ eligible: false, canEdit: false, dialogues: [] });
    expect(await t.ctx.db.selectFrom('future_dialogues').select('id').where('client_id', '=', a.minorId).execute()).toEqual([]);
  });

  it('takes its minimum age from the region setting, which only the administrator changes', async () => {
    const admin = await loginAs(t, a.admin);
    const prof = await loginAs(t, a.professional);
    expect((await prof.get('/api/continuity/settings')).json()).toEqual({ futureMinAge: 14, version: 1 });
    expect((await prof.put('/api/continuity/settings', { futureMinAge: 16, version: 1 })).statusCode).toBe(403);
    expect((await admin.put('/api/continuity/settings', { futureMinAge: 9, version: 1 })).statusCode).toBe(422);
    const set = await admin.put('/api/continuity/settings', { futureMinAge: 16, version: 1 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ futureMinAge: 16, version: 2 });
    expect((await admin.put('/api/continuity/settings', { futureMinAge: 15, version: 1 })).statusCode).toBe(409);
    const refused = await prof.post(`${url(youthId)}/dialogues`, dialogue());
    expect(fields(refused.body)).toEqual(['clientId']);
    expect((await admin.put('/api/continuity/settings', { futureMinAge: 14, version: 2 })).statusCode).toBe(200);
    expect((await prof.post(`${url(youthId)}/dialogues`, dialogue())).statusCode).toBe(201);
  });
});
