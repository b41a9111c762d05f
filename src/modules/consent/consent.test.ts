import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { member, PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { createUser } from '../accounts/service.js';
import { createClient, attachClientAccount } from '../clients/service.js';
import { PRESET_CELLS, NO_ACCESS } from './presets.js';
import { todayInNl } from '../../platform/access/index.js';
import type { CircleView } from './model.js';

let t: TestApp;
let a: RegionFixture;
let cor: TestClient;
let nel: TestClient;
let pim: TestClient;

const circleOf = async (c: TestClient, clientId: string) => (await c.get(`/api/circles/${clientId}`)).json() as CircleView;
const memberNamed = (circle: CircleView, name: string) => circle.members.find((m) => m.name === name)!;
const logFor = (clientId: string) =>
  t.ctx.db.selectFrom('access_log').select(['actor_label', 'category', 'action', 'purpose']).where('client_id', '=', clientId).orderBy('seq').execute();

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'kring');
  cor = new TestClient(t.app);
  await cor.login(a.clientUser.email, PASSWORD);
  nel = new TestClient(t.app);
  await nel.login(a.naaste.email, PASSWORD);
  pim = new TestClient(t.app);
  await pim.login(a.professional.email, PASSWORD, a.professional.totpSecret);
});
afterAll(() => t.close());

describe('the circle', () => {
  it('shows the client every member with their access per category, and who decides', async () => {
    const circle = await circleOf(cor, a.clientId);
    expect(circle.rule).toBe('client');
    expect(circle.deciders).toEqual([{ userId: a.clientUser.id, name: 'Cor Client', as: 'client' }]);
    expect(circle.me).toMatchObject({ relation: 'self', decidesAs: 'client', canPropose: false });
    expect(memberNamed(circle, 'Nel Naaste')).toMatchObject({ relation: 'naaste', label: 'buurvrouw', preset: 'binnenkring', cells: PRESET_CELLS.binnenkring, decides: false });
    expect(memberNamed(circle, 'Pim Prof')).toMatchObject({ relation: 'professional', organisationName: 'Wijkteam kring', preset: 'professional' });
  });

  it('does not show the circle to a member without network access, but does show them their own access', async () => {
    const vrijwilliger = await createUser(t.ctx.db, a.regionId, { displayName: 'Vik Vrijwillig', email: 'vik@kring.test', roles: ['vrijwilliger'], password: PASSWORD });
    await member(t.ctx, { regionId: a.regionId, clientId: a.clientId, userId: vrijwilliger.id, relation: 'vrijwilliger', label: 'maatje', memberLabel: 'Vik Vrijwillig' }, { userId: a.clientUser.id, label: 'Cor Client', as: 'client' }, 'buitenkring');
    const vik = new TestClient(t.app);
    await vik.login('vik@kring.test', PASSWORD);
    expect((await vik.get(`/api/circles/${a.clientId}`)).statusCode).toBe(403);
    const mine = await vik.get(`/api/circles/${a.clientId}/me`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ clientName: 'Cor Client', relation: 'vrijwilliger', cells: PRESET_CELLS.buitenkring, decidesAs: null });
  });

  it('lets a member leave the circle by themselves', async () => {
    const leaver = await createUser(t.ctx.db, a.regionId, { displayName: 'Lex Laat', email: 'lex@kring.test', roles: ['naaste'], password: PASSWORD });
    await member(t.ctx, { regionId: a.regionId, clientId: a.clientId, userId: leaver.id, relation: 'naaste', label: 'oom', memberLabel: 'Lex Laat (oom)' }, { userId: a.clientUser.id, label: 'Cor Client', as: 'client' }, 'buitenkring');
    const lex = new TestClient(t.app);
    await lex.login('lex@kring.test', PASSWORD);
    const mine = (await lex.get(`/api/circles/${a.clientId}/me`)).json();
    expect((await lex.request('DELETE', `/api/circles/${a.clientId}/me?version=${mine.version + 1}`)).statusCode).toBe(409);
    expect((await lex.request('DELETE', `/api/circles/${a.clientId}/me?version=${mine.version}`)).statusCode).toBe(204);
    expect((await lex.get(`/api/circles/${a.clientId}/me`)).statusCode).toBe(403);
    expect((await cor.get(`/api/circles/${a.clientId}/history`)).json().entries[0]).toMatchObject({ kind: 'member-removed', actorLabel: 'Lex Laat', subjectLabel: 'Lex Laat (oom)' });
  });

  it('shows a member without basis access not even the client\'s name', async () => {
    const quiet = await createUser(t.ctx.db, a.regionId, { displayName: 'Quin Stil', email: 'quin@kring.test', roles: ['naaste'], password: PASSWORD });
    await member(t.ctx, { regionId: a.regionId, clientId: a.clientId, userId: quiet.id, relation: 'naaste', label: 'kennis', memberLabel: 'Quin Stil' }, { userId: null, label: 'Pim Prof', as: null }, 'buitenkring');
    const quin = new TestClient(t.app);
    await quin.login('quin@kring.test', PASSWORD);
    const mine = await quin.get(`/api/circles/${a.clientId}/me`);
    expect(mine.json()).toMatchObject({ clientName: null, cells: NO_ACCESS, relation: 'naaste' });
    expect(mine.body).not.toContain('Cor');
    // Quin still finds the circle on the start page, without a name, to look at their access or leave.
    expect((await quin.get('/api/me/circles')).json()).toEqual({ circles: [{ clientId: a.clientId, name: null, relation: 'naaste' }] });
    expect((await nel.get('/api/me/circles')).json().circles).toContainEqual({ clientId: a.clientId, name: 'Cor Client', relation: 'naaste' });
  });

  it('keeps refusals out of the history that the wider circle reads', async () => {
    const reviewOn = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    expect((await cor.post(`/api/clients/${a.clientId}/refusals`, { personName: 'Gijs Geweigerd', relationLabel: 'broer', reason: 'Oude ruzie.', reviewOn })).statusCode).toBe(201);
    const forCor = (await cor.get(`/api/circles/${a.clientId}/history`)).json();
    expect(forCor.entries.some((e: { kind: string }) => e.kind === 'refusal-recorded')).toBe(true);
    const forNel = await nel.get(`/api/circles/${a.clientId}/history`);
    expect(forNel.statusCode).toBe(200);
    expect(forNel.body).not.toContain('Gijs Geweigerd');
  });

  it('is invisible to outsiders and other regions', async () => {
    const b = await regionFixture(t.ctx, 'elders');
    const other = new TestClient(t.app);
    await other.login(b.professional.email, PASSWORD, b.professional.totpSecret);
    expect((await other.get(`/api/circles/${a.clientId}`)).statusCode).toBe(404);
    const olga = new TestClient(t.app);
    await olga.login(a.otherProfessional.email, PASSWORD, a.otherProfessional.totpSecret);
    expect((await olga.get(`/api/circles/${a.clientId}`)).statusCode).toBe(403);
  });
});

describe('changing access', () => {
  it('takes effect on the naaste\'s next request and is in the history and the access log', async () => {
    expect((await nel.get(`/api/clients/${a.clientId}`)).statusCode).toBe(200);
    const nelMember = memberNamed(await circleOf(cor, a.clientId), 'Nel Naaste');
    const res = await cor.put(`/api/circles/${a.clientId}/members/${nelMember.linkId}/access`, { version: nelMember.version, cells: { ...PRESET_CELLS.binnenkring, basis: 'none' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'applied' });
    expect(memberNamed(res.json().circle, 'Nel Naaste')).toMatchObject({ cells: { basis: 'none', plan: 'contribute' }, preset: null, version: nelMember.version + 1 });

    expect((await nel.get(`/api/clients/${a.clientId}`)).statusCode).toBe(403);
    expect((await nel.get('/api/clients')).json()).toEqual([]);

    const history = (await cor.get(`/api/circles/${a.clientId}/history`)).json();
    expect(history.entries[0]).toMatchObject({ kind: 'consent-applied', actorLabel: 'Cor Client', subjectLabel: 'Nel Naaste (buurvrouw)' });
    expect(history.decisions[0]).toMatchObject({ status: 'applied', rule: 'client', confirmations: [{ label: 'Cor Client', as: 'client' }] });
    const log = await logFor(a.clientId);
    expect(log.some((e) => e.actor_label === 'Cor Client' && e.category === 'netwerk' && e.action === 'update')).toBe(true);
    expect(log.some((e) => e.actor_label === 'Nel Naaste' && e.category === 'basis' && e.action === 'read')).toBe(true);

    // Back to what it was, for the tests below.
    const again = memberNamed(await circleOf(cor, a.clientId), 'Nel Naaste');
    await cor.put(`/api/circles/${a.clientId}/members/${again.linkId}/access`, { version: again.version, cells: PRESET_CELLS.binnenkring, preset: 'binnenkring' });
    expect((await nel.get(`/api/clients/${a.clientId}`)).statusCode).toBe(200);
  });

  it('refuses a change made against an older version with 409 and the current circle', async () => {
    const m = memberNamed(await circleOf(cor, a.clientId), 'Nel Naaste');
    const first = await cor.put(`/api/circles/${a.clientId}/members/${m.linkId}/access`, { version: m.version, cells: PRESET_CELLS.buitenkring });
    expect(first.statusCode).toBe(200);
    const second = await cor.put(`/api/circles/${a.clientId}/members/${m.linkId}/access`, { version: m.version, cells: NO_ACCESS });
    expect(second.statusCode).toBe(409);
    expect(memberNamed(second.json().current, 'Nel Naaste')).toMatchObject({ cells: PRESET_CELLS.buitenkring, version: m.version + 1 });
    const now = memberNamed(await circleOf(cor, a.clientId), 'Nel Naaste');
    await cor.put(`/api/circles/${a.clientId}/members/${now.linkId}/access`, { version: now.version, cells: PRESET_CELLS.binnenkring });
  });

  it('resolves two racing changes by version: exactly one wins', async () => {
    const m = memberNamed(await circleOf(cor, a.clientId), 'Nel Naaste');
    const [x, y] = await Promise.all([
      cor.put(`/api/circles/${a.clientId}/members/${m.linkId}/access`, { version: m.version, cells: PRESET_CELLS.buitenkring }),
      cor.put(`/api/circles/${a.clientId}/members/${m.linkId}/access`, { version: m.version, cells: { ...NO_ACCESS, basis: 'read' } }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const now = memberNamed(await circleOf(cor, a.clientId), 'Nel Naaste');
    expect(now.version).toBe(m.version + 1);
    await cor.put(`/api/circles/${a.clientId}/members/${now.linkId}/access`, { version: now.version, cells: PRESET_CELLS.binnenkring });
  });

  it('names the wrong field in bad input and saves nothing', async () => {
    const m = memberNamed(await circleOf(cor, a.clientId), 'Nel Naaste');
    const missing = await cor.put(`/api/circles/${a.clientId}/members/${m.linkId}/access`, { version: m.version, cells: { basis: 'read' } });
    expect(missing.statusCode).toBe(422);
    expect(JSON.stringify(missing.json())).toContain('cells');
    const wrongLevel = await cor.put(`/api/circles/${a.clientId}/members/${m.linkId}/access`, { version: m.version, cells: { ...PRESET_CELLS.binnenkring, plan: 'alles' } });
    expect(wrongLevel.statusCode).toBe(422);
    expect(JSON.stringify(wrongLevel.json())).toContain('cells.plan');
    const past = await cor.put(`/api/circles/${a.clientId}/members/${m.linkId}/access`, { version: m.version, cells: PRESET_CELLS.binnenkring, expiresAt: '2020-01-01' });
    expect(past.statusCode).toBe(422);
    expect(JSON.stringify(past.json())).toContain('expiresAt');
    expect(memberNamed(await circleOf(cor, a.clientId), 'Nel Naaste').version).toBe(m.version);
  });

  it('lets a naaste neither change access nor propose it', async () => {
    const m = memberNamed(await circleOf(cor, a.clientId), 'Pim Prof');
    const res = await nel.put(`/api/circles/${a.clientId}/members/${m.linkId}/access`, { version: m.version, cells: NO_ACCESS });
    expect(res.statusCode).toBe(403);
  });

  it('turns a professional\'s change into a proposal the client confirms or rejects', async () => {
    const m = memberNamed(await circleOf(pim, a.clientId), 'Nel Naaste');
    const res = await pim.put(`/api/circles/${a.clientId}/members/${m.linkId}/access`, { version: m.version, cells: { ...PRESET_CELLS.binnenkring, rapportage: 'read' }, note: 'Nel helpt bij de verslagen' });
    expect(res.json()).toMatchObject({ status: 'pending' });
    expect(memberNamed(await circleOf(cor, a.clientId), 'Nel Naaste').cells.rapportage).toBe('none');
    const pending = (await circleOf(cor, a.clientId)).pending.find((d) => d.note === 'Nel helpt bij de verslagen')!;
    expect(pending).toMatchObject({ waitingFor: ['client'], canConfirm: true, proposedByLabel: 'Pim Prof (Wijkteam kring)' });
    expect((await nel.post(`/api/circles/${a.clientId}/decisions/${pending.id}/confirm`)).statusCode).toBe(403);
    const ok = await cor.post(`/api/circles/${a.clientId}/decisions/${pending.id}/confirm`);
    expect(ok.json().status).toBe('applied');
    expect(memberNamed(ok.json().circle, 'Nel Naaste').cells.rapportage).toBe('read');
    expect((await cor.post(`/api/circles/${a.clientId}/decisions/${pending.id}/confirm`)).statusCode).toBe(422);
  });

  it('gives temporary access that stops at the end date, and the job records the lapse', async () => {
    const m = memberNamed(await circleOf(cor, a.clientId), 'Nel Naaste');
    const until = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const res = await cor.put(`/api/circles/${a.clientId}/members/${m.linkId}/access`, { version: m.version, cells: PRESET_CELLS.binnenkring, expiresAt: until });
    expect(memberNamed(res.json().circle, 'Nel Naaste').expiresAt).toBe(until);
    expect((await nel.get(`/api/clients/${a.clientId}`)).statusCode).toBe(200);
    // Time passes: the grant is past its end date before any job ran.
    await t.ctx.db.updateTable('consent_grants').set({ expires_at: new Date(Date.now() - 1000) }).where('link_id', '=', m.linkId).execute();
    expect((await nel.get(`/api/clients/${a.clientId}`)).statusCode).toBe(403);
    await t.ctx.db.updateTable('jobs').set({ run_at: new Date() }).where('kind', '=', 'consent.lapse').execute();
    await t.ctx.jobs.runDue();
    expect(await t.ctx.db.selectFrom('consent_grants').select('category').where('link_id', '=', m.linkId).execute()).toEqual([]);
    const history = (await cor.get(`/api/circles/${a.clientId}/history`)).json();
    expect(history.entries[0]).toMatchObject({ kind: 'access-lapsed', actorLabel: 'Samenspel', subjectLabel: 'Nel Naaste (buurvrouw)' });
    const now = memberNamed(await circleOf(cor, a.clientId), 'Nel Naaste');
    await cor.put(`/api/circles/${a.clientId}/members/${now.linkId}/access`, { version: now.version, cells: PRESET_CELLS.binnenkring });
  });

  it('removes a member, whose access ends at once', async () => {
    const extra = await createUser(t.ctx.db, a.regionId, { displayName: 'Rik Ruil', email: 'rik@kring.test', roles: ['naaste'], password: PASSWORD });
    await member(t.ctx, { regionId: a.regionId, clientId: a.clientId, userId: extra.id, relation: 'naaste', label: 'neef', memberLabel: 'Rik Ruil (neef)' }, { userId: a.clientUser.id, label: 'Cor Client', as: 'client' }, 'binnenkring');
    const rik = new TestClient(t.app);
    await rik.login('rik@kring.test', PASSWORD);
    expect((await rik.get(`/api/clients/${a.clientId}`)).statusCode).toBe(200);
    const m = memberNamed(await circleOf(cor, a.clientId), 'Rik Ruil');
    expect((await nel.request('DELETE', `/api/circles/${a.clientId}/members/${m.linkId}?version=${m.version}`)).statusCode).toBe(403);
    expect((await pim.request('DELETE', `/api/circles/${a.clientId}/members/${m.linkId}?version=${m.version}`)).statusCode).toBe(403);
    expect((await cor.request('DELETE', `/api/circles/${a.clientId}/members/${m.linkId}?version=${m.version + 5}`)).statusCode).toBe(409);
    expect((await cor.request('DELETE', `/api/circles/${a.clientId}/members/${m.linkId}?version=${m.version}`)).statusCode).toBe(204);
    expect((await rik.get(`/api/clients/${a.clientId}`)).statusCode).toBe(403);
    expect((await cor.get(`/api/circles/${a.clientId}/history`)).json().entries[0]).toMatchObject({ kind: 'member-removed', subjectLabel: 'Rik Ruil (neef)' });
  });
});

describe('who decides', () => {
  async function teen(birthDate: string) {
    const teenUser = await createUser(t.ctx.db, a.regionId, { displayName: `Tess ${birthDate}`, email: `tess.${birthDate}@kring.test`, roles: ['client'], password: PASSWORD });
    const mother = await createUser(t.ctx.db, a.regionId, { displayName: `Moeder ${birthDate}`, email: `moeder.${birthDate}@kring.test`, roles: ['vertegenwoordiger'], password: PASSWORD });
    const { id } = await createClient(t.ctx.db, a.regionId, { firstName: 'Tess', lastName: 'Tiener', birthDate });
    await attachClientAccount(t.ctx.db, a.regionId, id, teenUser.id);
    const momActor = { userId: mother.id, label: `Moeder ${birthDate}`, as: 'vertegenwoordiger' as const };
    await member(t.ctx, { regionId: a.regionId, clientId: id, userId: mother.id, relation: 'vertegenwoordiger', label: 'moeder', memberLabel: `Moeder ${birthDate}` }, momActor, 'binnenkring');
    await member(t.ctx, { regionId: a.regionId, clientId: id, userId: a.naaste.id, relation: 'naaste', label: 'tante', memberLabel: 'Nel Naaste (tante)' }, { userId: teenUser.id, label: 'Tess', as: 'client' }, 'binnenkring');
    const tess = new TestClient(t.app);
    await tess.login(`tess.${birthDate}@kring.test`, PASSWORD);
    const mom = new TestClient(t.app);
    await mom.login(`moeder.${birthDate}@kring.test`, PASSWORD);
    return { id, tess, mom };
  }
  // Counted from the Dutch calendar day, as the rule is: around midnight UTC and NL differ by a day.
  const yearsAgo = (years: number, days = 0) => {
    const d = new Date(`${todayInNl()}T12:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() - years);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };

  it('needs both the client of 14 and a parent to widen access, while either can narrow it', async () => {
    const { id, tess, mom } = await teen(yearsAgo(14));
    let circle = await circleOf(tess, id);
    expect(circle.rule).toBe('both');
    expect(circle.deciders.map((d) => d.as).sort()).toEqual(['client', 'vertegenwoordiger']);
    // Tess added Nel herself: that waits for her mother.
    const waiting = circle.pending.find((d) => d.memberLabel === 'Nel Naaste (tante)')!;
    expect(waiting.waitingFor).toEqual(['vertegenwoordiger']);
    expect(waiting.canConfirm).toBe(false);
    const confirmed = await mom.post(`/api/circles/${id}/decisions/${waiting.id}/confirm`);
    expect(confirmed.json().status).toBe('applied');
    circle = confirmed.json().circle;
    const nelHere = memberNamed(circle, 'Nel Naaste');
    expect(nelHere.cells).toEqual(PRESET_CELLS.binnenkring);

    // Widening by one of them waits for the other.
    const wider = await tess.put(`/api/circles/${id}/members/${nelHere.linkId}/access`, { version: nelHere.version, cells: { ...PRESET_CELLS.binnenkring, gevoelig: 'read' } });
    expect(wider.json().status).toBe('pending');
    expect(memberNamed(wider.json().circle, 'Nel Naaste').cells.gevoelig).toBe('none');
    // Narrowing by one of them applies at once and makes the pending widening stale.
    const narrower = await mom.put(`/api/circles/${id}/members/${nelHere.linkId}/access`, { version: nelHere.version, cells: PRESET_CELLS.buitenkring });
    expect(narrower.json().status).toBe('applied');
    const stale = wider.json().decisionId as string;
    const late = await mom.post(`/api/circles/${id}/decisions/${stale}/confirm`);
    expect(late.statusCode).toBe(422);
    const history = (await tess.get(`/api/circles/${id}/history`)).json();
    expect(history.decisions.find((d: { id: string }) => d.id === stale).status).toBe('superseded');
  });

  it('takes the decision right from the representative on the day the client turns 16', async () => {
    const { id, mom } = await teen(yearsAgo(16, 1));
    const before = await circleOf(mom, id);
    expect(before.rule).toBe('both');
    expect(before.me.decidesAs).toBe('vertegenwoordiger');
    await t.ctx.db.updateTable('clients').set({ birth_date: yearsAgo(16) }).where('id', '=', id).execute();
    // Her own membership never got access of its own (Tess did not confirm it), so from today she sees nothing…
    expect((await mom.get(`/api/circles/${id}`)).statusCode).toBe(403);
    expect((await mom.get(`/api/clients/${id}`)).statusCode).toBe(403);
    // …and she knows why: she is still in the circle but no longer decides.
    expect((await mom.get(`/api/circles/${id}/me`)).json()).toMatchObject({ relation: 'vertegenwoordiger', decidesAs: null, cells: NO_ACCESS });
  });

  it('lets the representative decide for a child under 12, and not the child', async () => {
    const circle = await circleOf(pim, a.minorId);
    expect(circle.rule).toBe('representative');
    expect(circle.deciders).toEqual([{ userId: a.representative.id, name: 'Vera Vader', as: 'vertegenwoordiger' }]);
  });
});

describe('starting a circle', () => {
  it('lets a professional register a client: basis at once, the rest proposed to the client', async () => {
    const res = await pim.post('/api/circles', { firstName: 'Noor', lastName: 'Nieuw', birthDate: '1985-06-01' });
    expect(res.statusCode).toBe(201);
    const id = res.json().clientId as string;
    // Without consent for the network the professional cannot yet open the circle…
    expect((await pim.get(`/api/circles/${id}`)).statusCode).toBe(403);
    // …but sees the basis data they registered.
    expect((await pim.get(`/api/clients/${id}`)).json()).toMatchObject({ firstName: 'Noor', relation: 'professional' });
    const decisions = await t.ctx.db.selectFrom('consent_decisions').select(['status', 'preset', 'note']).where('client_id', '=', id).orderBy('proposed_at').execute();
    expect(decisions).toEqual([
      { status: 'applied', preset: null, note: 'aanmelding' },
      { status: 'pending', preset: 'professional', note: null },
    ]);
    expect((await nel.post('/api/circles', { firstName: 'X', lastName: 'Y', birthDate: '1990-01-01' })).statusCode).toBe(403);

    // Noor has no account: she says yes in a conversation and the professional records it under both names.
    const pending = await t.ctx.db.selectFrom('consent_decisions').select('id').where('client_id', '=', id).where('status', '=', 'pending').executeTakeFirstOrThrow();
    expect((await pim.post(`/api/circles/${id}/decisions/${pending.id}/confirm`, {})).statusCode).toBe(403);
    const recorded = await pim.post(`/api/circles/${id}/decisions/${pending.id}/confirm`, { recordedInPerson: true });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json().status).toBe('applied');
    expect(memberNamed(recorded.json().circle, 'Pim Prof')).toMatchObject({ preset: 'professional' });
    const history = (await pim.get(`/api/circles/${id}/history`)).json();
    expect(history.decisions.find((d: { preset: string | null }) => d.preset === 'professional').confirmations).toEqual([{ label: 'Noor Nieuw (mondeling, vastgelegd door Pim Prof (Wijkteam kring))', as: 'client', at: expect.any(String) }]);
  });

  it('does not let a professional speak for a client who has an account', async () => {
    const m = memberNamed(await circleOf(pim, a.clientId), 'Nel Naaste');
    const res = await pim.put(`/api/circles/${a.clientId}/members/${m.linkId}/access`, { version: m.version, cells: { ...PRESET_CELLS.binnenkring, agenda: 'read' } });
    expect(res.json().status).toBe('pending');
    expect(res.json().circle.pending[0].canRecordForClient).toBe(false);
    expect((await pim.post(`/api/circles/${a.clientId}/decisions/${res.json().decisionId}/confirm`, { recordedInPerson: true })).statusCode).toBe(403);
    expect((await cor.post(`/api/circles/${a.clientId}/decisions/${res.json().decisionId}/reject`)).statusCode).toBe(204);
  });
});
