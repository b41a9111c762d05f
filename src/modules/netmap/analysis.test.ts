import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { loginAs, membership, person, PROFESSIONAL_GRANTS, type StaffUser } from '../../testing/safety-fixtures.js';
import { createClient } from '../clients/service.js';
import { insertPerson } from './service.js';
import { personInput } from './model.js';
import type { AnalysisView, NetworkSignal } from './analysis-model.js';
import { SIGNAL_SWEEP_JOB, scheduleSignalSweep } from './intake-jobs.js';

let t: TestApp;
let a: RegionFixture;
let dirk: string;
let pim: TestClient;
let petra: TestClient;
let olga: TestClient;
let nelLink: string;
let pimLink: string;
let petraUser: StaffUser;
const ids: Record<string, string> = {};

const add = async (key: string, input: Record<string, unknown>, linkId: string | null = null) => {
  const row = await insertPerson(t.ctx.db, a.regionId, dirk, a.professional.id, personInput.parse(input));
  if (linkId) await t.ctx.db.updateTable('network_persons').set({ link_id: linkId }).where('id', '=', row.id).execute();
  ids[key] = row.id;
};
const analysisOf = async (c: TestClient) => {
  const res = await c.get(`/api/clients/${dirk}/network/analysis`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as AnalysisView;
};
const signalsOf = async (c: TestClient) => ((await c.get('/api/me/network-signals')).json() as { items: NetworkSignal[] }).items.filter((s) => s.clientId === dirk);

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'analyse');
  dirk = (await createClient(t.ctx.db, a.regionId, { firstName: 'Dirk', lastName: 'Dijkstra', birthDate: '1948-02-03', municipalityId: a.municipalityId })).id;
  pimLink = await membership(t.ctx, a.regionId, dirk, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  nelLink = await membership(t.ctx, a.regionId, dirk, a.naaste.id, 'naaste', { basis: 'read', plan: 'contribute', netwerk: 'read' });
  // A professional who may see the network but not the plan.
  petraUser = await person(t.ctx, a.regionId, 'Petra Plan-loos', ['professional'], a.organisationId);
  await membership(t.ctx, a.regionId, dirk, petraUser.id, 'professional', { basis: 'read', netwerk: 'read' });
  pim = await loginAs(t, a.professional);
  petra = await loginAs(t, petraUser);
  olga = await loginAs(t, a.otherProfessional);

  // Anna (Nel's place on the map) gives four of six kinds of support in the unpaid network.
  await add('anna', { displayName: 'Anna', relation: 'dochter', sector: 'familie', closeness: 'heel-dichtbij', supportGiven: ['emotioneel', 'praktisch', 'gezelschap', 'begeleiding'], supportReceived: ['emotioneel'] }, nelLink);
  await add('bert', { displayName: 'Bert', relation: 'zoon', sector: 'familie', closeness: 'dichtbij', supportGiven: ['informatie'] });
  await add('cees', { displayName: 'Cees', relation: 'buurman', sector: 'buurt', closeness: 'dichtbij', supportGiven: ['praktisch'], supportReceived: ['gezelschap'] });
  await add('coach', { displayName: 'Wijkcoach Pim', relation: 'wijkcoach', sector: 'zorg', closeness: 'dichtbij', paid: true, supportGiven: ['begeleiding', 'informatie'] });
  await add('gp', { displayName: 'Dokter Smit', relation: 'huisarts', sector: 'zorg', closeness: 'verder', paid: true, supportGiven: ['informatie'] });
  await add('fred', { displayName: 'Fred', relation: 'oud-collega', sector: 'school-werk', closeness: 'verder', status: 'wil-herstellen' });
  await add('opa', { displayName: 'Opa Jan', relation: 'vader', sector: 'familie', closeness: 'heel-dichtbij', deceased: true });

  // Three running tasks for Nel, one for Dirk himself, one nobody has yet.
  for (const title of ['Boodschappen', 'Medicijnen klaarzetten', 'Post doornemen']) {
    const res = await pim.post(`/api/clients/${dirk}/plan/tasks`, { title, assignee: { kind: 'member', linkId: nelLink } });
    expect(res.statusCode, res.body).toBe(201);
  }
  expect((await pim.post(`/api/clients/${dirk}/plan/tasks`, { title: 'Zelf de krant halen', assignee: { kind: 'client' } })).statusCode).toBe(201);
  expect((await pim.post(`/api/clients/${dirk}/plan/tasks`, { title: 'Vervoer regelen', assignee: { kind: 'open' } })).statusCode).toBe(201);
});
afterAll(() => t.close());

describe('network analysis', () => {
  it('gives numbers and plain sentences for a crafted network', async () => {
    const v = await analysisOf(pim);
    expect(v).toMatchObject({
      clientName: 'Dirk Dijkstra',
      onMap: 6,
      size: 5,
      lostContact: 0,
      sectorsCovered: 3,
      missingSectors: ['vrienden', 'school-werk', 'vrije-tijd'],
      paid: { paid: 2, unpaid: 3, mostlyPaid: false },
      reciprocity: { given: 6, received: 2, balance: 'ontvangt-vooral' },
      supportLoad: { total: 6, top: { personId: ids.anna, name: 'Anna', gives: 4, overloaded: true } },
      restore: [{ personId: ids.fred, name: 'Fred', relation: 'oud-collega', sector: 'school-werk' }],
    });
    expect(v.functions.find((f) => f.fn === 'informatie')).toEqual({ fn: 'informatie', givers: 3 });
    expect(v.functions.find((f) => f.fn === 'belangen')).toEqual({ fn: 'belangen', givers: 0 });
    expect(v.tasks).toMatchObject({ total: 4, clientCarries: 1, carriers: [{ linkId: nelLink, personId: ids.anna, name: 'Nel Naaste', relation: 'naaste', carries: 3, overloaded: true }] });
    expect(v.flags.map((f) => `${f.kind}:${f.name}`)).toEqual(['overbelast-taken:Nel Naaste', 'overbelast-steun:Anna', 'wil-herstellen:Fred']);
    expect(v.sentences.filter((s) => s.warn).map((s) => s.nl)).toEqual([
      'Let op: Nel Naaste doet 3 van de 4 taken in het plan. Dat is veel voor één persoon. Vraag of het niet te veel wordt.',
      'Let op: Anna geeft 4 van de 6 soorten steun. Dat is veel voor één persoon.',
    ]);
    expect(v.sentences.filter((s) => !s.warn).map((s) => s.nl)).toEqual([
      '5 mensen horen nu bij het netwerk.',
      'Ze komen uit 3 van de 6 levensgebieden.',
      'Nog niemand bij: vrienden, school of werk en vrije tijd.',
      '2 van de 5 mensen krijgen betaald voor hun hulp.',
      'Je krijgt vooral steun: 6 keer krijgen en 2 keer geven.',
      'Niemand geeft nu opkomen voor je belangen.',
      '1 persoon om weer contact mee te zoeken: Fred.',
    ]);
  });

  it('leaves the task part out for someone who may not see the plan', async () => {
    const v = await analysisOf(petra);
    expect(v.tasks).toBeNull();
    expect(v.flags.map((f) => f.kind)).not.toContain('overbelast-taken');
    expect(v.sentences.at(-1)!.nl).toBe('De taken uit het plan tellen hier niet mee: je kunt het plan niet zien.');
    const log = await t.ctx.db.selectFrom('access_log').select(['category']).where('client_id', '=', dirk).where('actor_user_id', '=', petraUser.id).execute();
    expect(log.map((l) => l.category)).toEqual(['netwerk']);
    expect((await olga.get(`/api/clients/${dirk}/network/analysis`)).statusCode).toBe(403);
  });

  it('feeds the worklist, only for clients the professional may see, tasks only with plan access', async () => {
    const mine = await signalsOf(pim);
    expect(mine.map((s) => `${s.kind}:${s.name}`)).toEqual(['overbelast-taken:Anna', 'overbelast-steun:Anna', 'wil-herstellen:Fred']);
    expect(mine.every((s) => s.clientName === 'Dirk Dijkstra')).toBe(true);
    expect((await signalsOf(petra)).map((s) => s.kind)).toEqual(['overbelast-steun', 'wil-herstellen']);
    expect(await signalsOf(olga)).toEqual([]);
    const logged = await t.ctx.db.selectFrom('access_log').select('purpose').where('client_id', '=', dirk).where('actor_user_id', '=', a.professional.id).where('purpose', '=', 'netwerksignalen op je werklijst').execute();
    expect(logged.length).toBeGreaterThan(0);

    // The stored signals hold no text, and consent is checked again on every listing.
    const stored = await t.ctx.db.selectFrom('network_signals').selectAll().where('client_id', '=', dirk).execute();
    expect(stored).toHaveLength(3);
    await t.ctx.db.deleteFrom('consent_grants').where('link_id', '=', pimLink).where('category', '=', 'netwerk').execute();
    expect(await signalsOf(pim)).toEqual([]);
    await membership(t.ctx, a.regionId, dirk, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  });

  it('recomputes when the plan or the map changes', async () => {
    const plan = (await pim.get(`/api/clients/${dirk}/plan`)).json() as { tasks: { id: string; title: string; version: number }[] };
    const shopping = plan.tasks.find((x) => x.title === 'Boodschappen')!;
    const stopped = await pim.post(`/api/clients/${dirk}/plan/tasks/${shopping.id}/status`, { status: 'stopped', version: shopping.version });
    expect(stopped.statusCode, stopped.body).toBe(200);
    // 2 of 3 running tasks: fewer than three, so no longer an overload.
    expect((await signalsOf(pim)).map((s) => s.kind)).toEqual(['overbelast-steun', 'wil-herstellen']);

    await t.ctx.db.updateTable('network_persons').set({ status: 'actief', version: 2, updated_at: new Date() }).where('id', '=', ids.fred!).execute();
    expect((await signalsOf(pim)).map((s) => s.kind)).toEqual(['overbelast-steun']);
    // A person leaving the map takes their signal along.
    await t.ctx.db.deleteFrom('network_persons').where('id', '=', ids.anna!).execute();
    expect(await signalsOf(pim)).toEqual([]);
  });

  it('signals an intake without a map and a paused intake', async () => {
    const empty = (await createClient(t.ctx.db, a.regionId, { firstName: 'Eva', lastName: 'Leeg', birthDate: '1990-05-05', municipalityId: a.municipalityId })).id;
    await membership(t.ctx, a.regionId, empty, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
    const started = await pim.post(`/api/clients/${empty}/network/intake`, { participants: ['Eva', 'Pim'] });
    expect(started.statusCode).toBe(201);
    const intake = started.json() as { id: string; version: number };
    expect((await pim.put(`/api/clients/${empty}/network/intake/${intake.id}`, { version: 1, step: 3, status: 'paused' })).statusCode).toBe(200);
    const items = ((await pim.get('/api/me/network-signals')).json() as { items: NetworkSignal[] }).items.filter((s) => s.clientId === empty);
    expect(items.map((s) => [s.kind, s.clientName, s.step])).toEqual([
      ['intake-zonder-kaart', 'Eva Leeg', null],
      ['intake-gepauzeerd', 'Eva Leeg', 3],
    ]);
  });

  it('a daily sweep brings stored signals up to date without anyone looking', async () => {
    const gijs = (await createClient(t.ctx.db, a.regionId, { firstName: 'Gijs', lastName: 'Sweep', birthDate: '1970-01-01', municipalityId: a.municipalityId })).id;
    const heavy = await insertPerson(t.ctx.db, a.regionId, gijs, a.professional.id, personInput.parse({ displayName: 'Hanna', relation: 'zus', sector: 'familie', closeness: 'dichtbij', supportGiven: ['emotioneel', 'praktisch', 'gezelschap'] }));
    await insertPerson(t.ctx.db, a.regionId, gijs, a.professional.id, personInput.parse({ displayName: 'Ivo', relation: 'vriend', sector: 'vrienden', closeness: 'dichtbij', supportGiven: ['informatie'] }));
    const stored = () => t.ctx.db.selectFrom('network_signals').select(['kind', 'person_id']).where('client_id', '=', gijs).execute();
    expect(await stored()).toEqual([]);
    await scheduleSignalSweep(t.ctx, new Date(Date.now() - 1000));
    await t.ctx.jobs.runDue();
    expect(await stored()).toEqual([{ kind: 'overbelast-steun', person_id: heavy.id }]);
    const next = await t.ctx.db.selectFrom('jobs').select('run_at').where('kind', '=', SIGNAL_SWEEP_JOB).where('run_at', '>', new Date()).execute();
    expect(next).toHaveLength(1);
  });
});
