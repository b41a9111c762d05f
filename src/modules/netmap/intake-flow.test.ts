import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { loginAs, membership, person } from '../../testing/safety-fixtures.js';
import type { IntakePage, IntakeView } from './intake-model.js';

let t: TestApp;
let a: RegionFixture;
let pim: TestClient;
let cor: TestClient;
let reader: TestClient;
let olga: TestClient;
let base: string;

const anna = { displayName: 'An de Vries', relation: 'moeder', sector: 'familie', closeness: 'heel-dichtbij', supportGiven: ['emotioneel', 'praktisch'] };
const fred = { displayName: 'Fred', relation: 'oud-collega', sector: 'school-werk', closeness: 'verder', status: 'wil-herstellen' };

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'intake');
  pim = await loginAs(t, a.professional);
  cor = await loginAs(t, a.clientUser);
  olga = await loginAs(t, a.otherProfessional);
  const lees = await person(t.ctx, a.regionId, 'Lies Lezer', ['naaste']);
  await membership(t.ctx, a.regionId, a.clientId, lees.id, 'naaste', { basis: 'read', netwerk: 'read' });
  reader = await loginAs(t, lees);
  base = `/api/clients/${a.clientId}/network/intake`;
});
afterAll(() => t.close());

describe('network intake', () => {
  let intake: IntakeView;

  it('starts with nobody on the map and one open intake per client', async () => {
    const empty = (await pim.get(base)).json() as IntakePage;
    expect(empty).toMatchObject({ current: null, finished: [], canWrite: true, map: { people: 0, sectors: 0, restore: 0 } });

    const res = await pim.post(base, { participants: ['Cor Client', 'Pim Prof (wijkcoach)', 'Cor Client'] });
    expect(res.statusCode, res.body).toBe(201);
    intake = res.json() as IntakeView;
    expect(intake).toMatchObject({ status: 'running', step: 0, version: 1, participants: ['Cor Client', 'Pim Prof (wijkcoach)'], added: [] });
    expect(intake.startedByLabel).toContain('Pim Prof');

    const second = await cor.post(base, { participants: ['Cor Client'] });
    expect(second.statusCode).toBe(409);
    expect((second.json() as { current: IntakeView }).current.id).toBe(intake.id);
  });

  it('refuses bad input with the field that is wrong, and saves nothing', async () => {
    const noOne = await pim.post(base, { participants: [] });
    expect(noOne.statusCode).toBe(422);
    expect(JSON.stringify(noOne.json())).toContain('participants');
    const badStep = await pim.put(`${base}/${intake.id}`, { version: intake.version, step: 9, status: 'running' });
    expect(badStep.statusCode).toBe(422);
    expect(JSON.stringify(badStep.json())).toContain('step');
    const noName = await pim.post(`${base}/${intake.id}/persons`, { step: 1, answer: 'nu', person: { ...anna, displayName: ' ' } });
    expect(noName.statusCode).toBe(422);
    expect(JSON.stringify(noName.json())).toContain('displayName');
    // "Used to be there" needs the question: would you like to be in touch again?
    const lostButActive = await pim.post(`${base}/${intake.id}/persons`, { step: 5, answer: 'vroeger', person: { ...fred, status: 'actief' } });
    expect(lostButActive.statusCode).toBe(422);
    expect((lostButActive.json() as { errors: { field: string }[] }).errors[0]!.field).toBe('person.status');
    const persons = await t.ctx.db.selectFrom('network_persons').select('id').where('client_id', '=', a.clientId).execute();
    expect(persons).toHaveLength(0);
    expect(((await pim.get(base)).json() as IntakePage).current?.version).toBe(1);
  });

  it('walks the steps: notes per step, and the people named land on the map', async () => {
    const step1 = await pim.put(`${base}/${intake.id}`, { version: 1, step: 1, status: 'running', notes: { 'wie-neem-je-mee': 'Cor neemt zijn buurvrouw de volgende keer mee.' } });
    expect(step1.statusCode, step1.body).toBe(200);
    intake = step1.json() as IntakeView;
    expect(intake).toMatchObject({ step: 1, version: 2, notes: { 'wie-neem-je-mee': 'Cor neemt zijn buurvrouw de volgende keer mee.' } });

    const added = await pim.post(`${base}/${intake.id}/persons`, { step: 1, answer: 'nu', person: anna });
    expect(added.statusCode, added.body).toBe(201);
    const lost = await pim.post(`${base}/${intake.id}/persons`, { step: 4, answer: 'vroeger', person: fred });
    expect(lost.statusCode, lost.body).toBe(201);
    const view = lost.json() as IntakeView;
    expect(view.added.map((p) => [p.displayName, p.step, p.answer, p.status])).toEqual([
      ['An de Vries', 1, 'nu', 'actief'],
      ['Fred', 4, 'vroeger', 'wil-herstellen'],
    ]);
    // Adding people does not race with saving the step: the version stays.
    expect(view.version).toBe(2);

    const onMap = await t.ctx.db.selectFrom('network_persons').select(['display_name', 'sector', 'closeness', 'status', 'support_given', 'created_by']).where('client_id', '=', a.clientId).orderBy('display_name').execute();
    expect(onMap).toEqual([
      { display_name: 'An de Vries', sector: 'familie', closeness: 'heel-dichtbij', status: 'actief', support_given: ['emotioneel', 'praktisch'], created_by: a.professional.id },
      { display_name: 'Fred', sector: 'school-werk', closeness: 'verder', status: 'wil-herstellen', support_given: [], created_by: a.professional.id },
    ]);
  });

  it('pauses and resumes; a stale version gets 409 with the current intake', async () => {
    const paused = await pim.put(`${base}/${intake.id}`, { version: 2, step: 3, status: 'paused', notes: { familie: 'Moeder belt elke dag.' } });
    expect(paused.statusCode, paused.body).toBe(200);
    intake = paused.json() as IntakeView;
    expect(intake).toMatchObject({ status: 'paused', step: 3, version: 3, notes: { 'wie-neem-je-mee': 'Cor neemt zijn buurvrouw de volgende keer mee.', familie: 'Moeder belt elke dag.' } });
    expect(intake.pausedAt).not.toBeNull();

    const stale = await cor.put(`${base}/${intake.id}`, { version: 2, step: 4, status: 'running' });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { current: IntakeView }).current).toMatchObject({ version: 3, status: 'paused', step: 3 });

    const whilePaused = await pim.post(`${base}/${intake.id}/persons`, { step: 3, answer: 'nu', person: { ...anna, displayName: 'Buurman Kees', sector: 'buurt' } });
    expect(whilePaused.statusCode).toBe(409);
    expect((whilePaused.json() as { code: string }).code).toBe('intake-paused');

    // The client picks it up alone from their own account, where it was left.
    const page = (await cor.get(base)).json() as IntakePage;
    expect(page.current).toMatchObject({ id: intake.id, status: 'paused', step: 3 });
    const resumed = await cor.put(`${base}/${intake.id}`, { version: 3, step: 3, status: 'running', notes: { familie: '' } });
    expect(resumed.statusCode, resumed.body).toBe(200);
    intake = resumed.json() as IntakeView;
    expect(intake).toMatchObject({ status: 'running', pausedAt: null, version: 4 });
    expect(intake.notes).not.toHaveProperty('familie');
    const kees = await cor.post(`${base}/${intake.id}/persons`, { step: 3, answer: 'vragen', person: { displayName: 'Buurman Kees', relation: 'buurman', sector: 'buurt', closeness: 'verder' } });
    expect(kees.statusCode, kees.body).toBe(201);
  });

  it('lets people with read access look but not change, and keeps others out', async () => {
    expect((await reader.get(base)).statusCode).toBe(200);
    expect(((await reader.get(base)).json() as IntakePage).canWrite).toBe(false);
    expect((await reader.put(`${base}/${intake.id}`, { version: 4, step: 5, status: 'running' })).statusCode).toBe(403);
    expect((await reader.post(`${base}/${intake.id}/persons`, { step: 1, answer: 'nu', person: anna })).statusCode).toBe(403);
    expect((await olga.get(base)).statusCode).toBe(403);
    expect((await olga.post(`${base}/${intake.id}/finish`, { version: 4 })).statusCode).toBe(403);
    expect((await pim.put(`/api/clients/${a.minorId}/network/intake/${intake.id}`, { version: 4, step: 5, status: 'running' })).statusCode).toBe(404);
  });

  it('finishes with a summary of the map, and then allows a new intake', async () => {
    const stale = await pim.post(`${base}/${intake.id}/finish`, { version: 3 });
    expect(stale.statusCode).toBe(409);
    const done = await pim.post(`${base}/${intake.id}/finish`, { version: 4, notes: { samenvatting: 'Fred bellen via oud-collega’s.' } });
    expect(done.statusCode, done.body).toBe(200);
    const view = done.json() as IntakeView;
    expect(view).toMatchObject({ status: 'finished', step: 7, summary: { people: 2, sectors: 2, restore: 1, added: 3 } });
    expect(view.finishedByLabel).toContain('Pim Prof');
    expect((await pim.post(`${base}/${intake.id}/finish`, { version: 5 })).statusCode).toBe(409);
    expect((await pim.put(`${base}/${intake.id}`, { version: 5, step: 2, status: 'running' })).statusCode).toBe(409);

    const page = (await pim.get(base)).json() as IntakePage;
    expect(page.current).toBeNull();
    expect(page.finished.map((f) => f.id)).toEqual([intake.id]);
    expect(page.map).toEqual({ people: 2, sectors: 2, restore: 1 });
    expect((await pim.post(base, { participants: ['Cor Client'] })).statusCode).toBe(201);
  });

  it('lets only one of two simultaneous changes win', async () => {
    const open = ((await pim.get(base)).json() as IntakePage).current!;
    const saves = await Promise.all([
      pim.put(`${base}/${open.id}`, { version: open.version, step: 1, status: 'running' }),
      cor.put(`${base}/${open.id}`, { version: open.version, step: 2, status: 'paused' }),
    ]);
    expect(saves.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const minor = `/api/clients/${a.minorId}/network/intake`;
    const starts = await Promise.all([pim.post(minor, { participants: ['Mila'] }), pim.post(minor, { participants: ['Mila', 'Vera'] })]);
    expect(starts.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const rows = await t.ctx.db.selectFrom('network_intakes').select('id').where('client_id', '=', a.minorId).execute();
    expect(rows).toHaveLength(1);
  });

  it('logs every look and change in the client’s access log, and appears in the AVG download', async () => {
    const purposes = (await t.ctx.db.selectFrom('access_log').select(['purpose', 'category', 'action']).where('client_id', '=', a.clientId).execute()).map((r) => `${r.category}/${r.action}/${r.purpose}`);
    expect(purposes).toEqual(expect.arrayContaining(['netwerk/read/de netwerkintake bekijken', 'netwerk/update/de netwerkintake pauzeren', 'netwerk/create/iemand op de netwerkkaart zetten tijdens de intake', 'netwerk/update/de netwerkintake afronden']));
    const res = await cor.get(`/api/clients/${a.clientId}/export.json`);
    expect(res.statusCode).toBe(200);
    const section = JSON.stringify(res.json()).includes('network-intakes');
    expect(section).toBe(true);
    expect(res.body).toContain('Fred bellen via oud-collega');
  });
});
