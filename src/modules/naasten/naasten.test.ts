import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { loginAs, mailTo, membership, person, PROFESSIONAL_GRANTS, type StaffUser } from '../../testing/safety-fixtures.js';
import { createTeam } from '../accounts/service.js';
import { todayInNl } from '../../platform/access/index.js';
import { dayPlus } from './deadlines.js';
import { runCheckIn } from './check-ins.js';
import { trendOf } from './views.js';
import type { CircleCardsView, MyCardView, TeamDashboardView, WorklistView } from './model.js';

let t: TestApp;
let a: RegionFixture;
let nel: TestClient;
let pim: TestClient;
let cor: TestClient;
let olga: TestClient;
let ruud: StaffUser;
let rita: StaffUser;
let gijs: StaffUser;

const today = todayInNl();
const card = (over: Record<string, unknown> = {}) => ({
  version: 0,
  occasions: ['crisis', 'grote-beslissingen'],
  frequency: 'maandelijks',
  channels: ['telefoon'],
  roles: ['signalerend', 'mantelzorger'],
  ownStory: 'Ik help Cor elke week met boodschappen.',
  ownNeeds: 'Af en toe iemand om mee te praten.',
  checkInWeeks: null,
  ...over,
});

/** The fixture's client has no circle row until someone sets who made it or who coordinates. */
async function circleRow(set: { created_by?: string; regisseur_user_id?: string }) {
  await t.ctx.db
    .insertInto('circles')
    .values({ client_id: a.clientId, region_id: a.regionId, ...set })
    .onConflict((oc) => oc.column('client_id').doUpdateSet(set))
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'naast');
  // The team lead's team holds Pim; another team lead's team does not.
  const team = await createTeam(t.ctx.db, a.regionId, a.organisationId, 'Team Noord');
  const other = await createTeam(t.ctx.db, a.regionId, a.organisationId, 'Team Zuid');
  ruud = await person(t.ctx, a.regionId, 'Ruud Leider', ['professional', 'teamleider'], a.organisationId);
  rita = await person(t.ctx, a.regionId, 'Rita Zuid', ['professional', 'teamleider'], a.organisationId);
  await t.ctx.db.updateTable('users').set({ team_id: team.id }).where('id', 'in', [ruud.id, a.professional.id]).execute();
  await t.ctx.db.updateTable('users').set({ team_id: other.id }).where('id', 'in', [rita.id, a.otherProfessional.id]).execute();
  gijs = await person(t.ctx, a.regionId, 'Gijs Gezin', ['naaste']);
  nel = await loginAs(t, a.naaste);
  pim = await loginAs(t, a.professional);
  cor = await loginAs(t, a.clientUser);
  olga = await loginAs(t, a.otherProfessional);
});
afterAll(() => t.close());

describe('the naaste fills in their own card', () => {
  it('starts empty, refuses bad input by field, saves, and answers a stale version with 409', async () => {
    const empty = (await nel.get(`/api/me/naastenkaarten/${a.clientId}`)).json() as MyCardView;
    expect(empty.card).toBeNull();
    expect(empty.dueOn).toBe(dayPlus(today, 21));
    expect(JSON.stringify(empty)).not.toContain('Cor Client');

    const bad = await nel.put(`/api/me/naastenkaarten/${a.clientId}`, card({ channels: [], frequency: 'soms' }));
    expect(bad.statusCode).toBe(422);
    const fields = (bad.json() as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['channels', 'frequency']));
    expect((await nel.get(`/api/me/naastenkaarten/${a.clientId}`)).json().card).toBeNull();

    const saved = await nel.put(`/api/me/naastenkaarten/${a.clientId}`, card());
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, frequency: 'maandelijks', roles: ['signalerend', 'mantelzorger'], updatedBy: 'Nel Naaste' });

    const stale = await nel.put(`/api/me/naastenkaarten/${a.clientId}`, card({ frequency: 'wekelijks' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 1, frequency: 'maandelijks' });

    const again = await nel.put(`/api/me/naastenkaarten/${a.clientId}`, card({ version: 1, frequency: 'wekelijks' }));
    expect(again.json()).toMatchObject({ version: 2, frequency: 'wekelijks' });
    expect((await nel.get('/api/me/naastenkaarten')).json()).toEqual({ cards: [{ clientId: a.clientId, relation: 'naaste', hasCard: true, openAlert: false }] });
  });

  it('has no card for someone who is not a naaste in the circle', async () => {
    expect((await pim.get(`/api/me/naastenkaarten/${a.clientId}`)).statusCode).toBe(404);
    expect((await olga.get(`/api/me/naastenkaarten/${a.clientId}`)).statusCode).toBe(403);
    expect((await pim.put(`/api/me/naastenkaarten/${a.clientId}`, card())).statusCode).toBe(404);
  });
});

describe('the professional sees the cards only with the client’s consent', () => {
  it('reads them with network access, and not after the client takes it away', async () => {
    const seen = await pim.get(`/api/clients/${a.clientId}/naastenkaarten`);
    expect(seen.statusCode).toBe(200);
    const view = seen.json() as CircleCardsView;
    const nelCard = view.members.find((m) => m.name === 'Nel Naaste');
    expect(nelCard?.card?.ownNeeds).toBe('Af en toe iemand om mee te praten.');
    expect(view.mayEdit).toBe(true);

    const link = await t.ctx.db.selectFrom('client_links').select('id').where('client_id', '=', a.clientId).where('user_id', '=', a.professional.id).executeTakeFirstOrThrow();
    const grants = await t.ctx.db.selectFrom('consent_grants').selectAll().where('link_id', '=', link.id).where('category', '=', 'netwerk').execute();
    await t.ctx.db.deleteFrom('consent_grants').where('link_id', '=', link.id).where('category', '=', 'netwerk').execute();
    try {
      expect((await pim.get(`/api/clients/${a.clientId}/naastenkaarten`)).statusCode).toBe(403);
      // The naaste keeps their own card whatever the professional may see.
      expect((await nel.get(`/api/me/naastenkaarten/${a.clientId}`)).json().card.frequency).toBe('wekelijks');
    } finally {
      await t.ctx.db.insertInto('consent_grants').values(grants).execute();
    }
    expect((await olga.get(`/api/clients/${a.clientId}/naastenkaarten`)).statusCode).toBe(403);
    const logged = await t.ctx.db.selectFrom('access_log').select(['purpose', 'category']).where('client_id', '=', a.clientId).where('actor_user_id', '=', a.professional.id).execute();
    expect(logged).toContainEqual({ purpose: 'de naastenkaarten bekijken', category: 'netwerk' });
  });
});

describe('burden check', () => {
  it('keeps one score per day and shows the trend', async () => {
    expect((await nel.post(`/api/me/naastenkaarten/${a.clientId}/burden`, { score: 11, note: null })).statusCode).toBe(422);
    expect((await nel.post(`/api/me/naastenkaarten/${a.clientId}/burden`, { score: 4, note: null })).statusCode).toBe(201);
    const k = await t.ctx.db.selectFrom('naasten_cards').select('id').where('client_id', '=', a.clientId).executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('naasten_burden_checks')
      .values([3, 2, 1].map((n) => ({ region_id: a.regionId, client_id: a.clientId, card_id: k.id, day: dayPlus(today, -7 * n), score: 4, note: null })))
      .execute();
    const res = await nel.post(`/api/me/naastenkaarten/${a.clientId}/burden`, { score: 7, note: 'Zwaar weekje.' });
    expect(res.statusCode).toBe(201);
    expect(res.json().checks.map((c: { score: number }) => c.score)).toEqual([4, 4, 4, 7]);
    expect(res.json().trend).toBe('zwaarder');
    expect(await t.ctx.db.selectFrom('naasten_burden_checks').select('id').where('card_id', '=', k.id).where('day', '=', today).execute()).toHaveLength(1);
  });

  it('names the direction from the last score against the ones before', () => {
    expect(trendOf([5])).toBeNull();
    expect(trendOf([6, 6, 6, 4])).toBe('lichter');
    expect(trendOf([3, 4, 3, 4])).toBe('gelijk');
    expect(trendOf([2, 3, 5])).toBe('zwaarder');
  });
});

describe('deadline and the team lead’s overview', () => {
  it('counts from the start date, per organisation, and shows late cards only to the team lead of that team', async () => {
    await membership(t.ctx, a.regionId, a.clientId, gijs.id, 'naaste', { basis: 'read' });
    await t.ctx.db.updateTable('client_links').set({ created_at: new Date(`${dayPlus(today, -40)}T10:00:00Z`) }).where('user_id', '=', gijs.id).execute();

    expect((await nel.put(`/api/clients/${a.clientId}/naastenkaarten-start`, { admittedOn: dayPlus(today, -30), version: 0 })).statusCode).toBe(403);
    expect((await pim.put(`/api/clients/${a.clientId}/naastenkaarten-start`, { admittedOn: '2024-02-30', version: 0 })).statusCode).toBe(422);
    const set = await pim.put(`/api/clients/${a.clientId}/naastenkaarten-start`, { admittedOn: dayPlus(today, -30), version: 0 });
    expect(set.json()).toEqual({ admittedOn: dayPlus(today, -30), version: 1 });
    expect((await pim.put(`/api/clients/${a.clientId}/naastenkaarten-start`, { admittedOn: dayPlus(today, -31), version: 0 })).statusCode).toBe(409);

    const view = (await pim.get(`/api/clients/${a.clientId}/naastenkaarten`)).json() as CircleCardsView;
    expect(view.admittedOn).toBe(dayPlus(today, -30));
    expect(view.members.find((m) => m.name === 'Gijs Gezin')).toMatchObject({ card: null, overdueDays: 9 });
    expect(view.members.find((m) => m.name === 'Nel Naaste')?.overdueDays).toBe(0);

    // The days follow the organisation of whoever made the circle (no regisseur here).
    await circleRow({ created_by: a.professional.id });
    const ruudC = await loginAs(t, ruud);
    const settings = await ruudC.get(`/api/naastenkaarten/settings/${a.organisationId}`);
    expect(settings.json()).toMatchObject({ deadlineDays: 21, version: 0 });
    expect((await pim.put(`/api/naastenkaarten/settings/${a.organisationId}`, { deadlineDays: 14, version: 0 })).statusCode).toBe(403);
    expect((await ruudC.put(`/api/naastenkaarten/settings/${a.organisationId}`, { deadlineDays: 0, version: 0 })).statusCode).toBe(422);
    expect((await ruudC.put(`/api/naastenkaarten/settings/${a.organisationId}`, { deadlineDays: 14, version: 0 })).json()).toMatchObject({ deadlineDays: 14, version: 1 });
    expect((await ruudC.put(`/api/naastenkaarten/settings/${a.organisationId}`, { deadlineDays: 10, version: 0 })).statusCode).toBe(409);
    expect(((await pim.get(`/api/clients/${a.clientId}/naastenkaarten`)).json() as CircleCardsView).members.find((m) => m.name === 'Gijs Gezin')?.overdueDays).toBe(16);

    const board = (await ruudC.get('/api/naastenkaarten/team')).json() as TeamDashboardView;
    expect(board.teamName).toBe('Team Noord');
    expect(board.professionals).toHaveLength(1);
    const circle = board.professionals[0]!;
    expect(circle.name).toBe('Pim Prof');
    // Ruud is not in Cor's circle: a number, dates and days, no names.
    expect(circle.circles).toEqual([{ number: 1, clientId: null, clientName: null, admittedOn: dayPlus(today, -30), dueOn: dayPlus(today, -16), overdue: [{ name: null, days: 16 }] }]);
    expect(JSON.stringify(board)).not.toContain('Cor');
    expect(board.lateCards).toBe(1);

    // In the circle with the client's consent, the names show (and the reads are logged).
    await membership(t.ctx, a.regionId, a.clientId, ruud.id, 'professional', PROFESSIONAL_GRANTS);
    const named = (await ruudC.get('/api/naastenkaarten/team')).json() as TeamDashboardView;
    const pimCircles = named.professionals.find((p) => p.name === 'Pim Prof')!.circles;
    expect(pimCircles[0]).toMatchObject({ clientId: a.clientId, clientName: 'Cor Client', overdue: [{ name: 'Gijs Gezin', days: 16 }] });
    expect(named.lateCards).toBe(1);
    await t.ctx.db.deleteFrom('client_links').where('user_id', '=', ruud.id).execute();

    const ritaC = await loginAs(t, rita);
    expect((await ritaC.get('/api/naastenkaarten/team')).json()).toMatchObject({ professionals: [], lateCards: 0 });
    expect((await pim.get('/api/naastenkaarten/team')).statusCode).toBe(403);
  });
});

describe('check-in rhythm', () => {
  it('puts one call per period on the professional’s list, which only they close, once', async () => {
    const before = ((await nel.get(`/api/me/naastenkaarten/${a.clientId}`)).json() as MyCardView).card!;
    // A professional agrees the rhythm with the naaste: the calls are theirs.
    const linkId = before.linkId;
    const saved = await pim.put(`/api/clients/${a.clientId}/naastenkaarten/${linkId}`, card({ version: before.version, checkInWeeks: 2 }));
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ checkInWeeks: 2, checkInWith: 'Pim Prof' });
    const job = await t.ctx.db.selectFrom('jobs').select(['payload', 'run_at']).where('kind', '=', 'naasten.check-in').executeTakeFirstOrThrow();
    const payload = (typeof job.payload === 'string' ? JSON.parse(job.payload) : job.payload) as { cardId: string; anchor: string; weeks: number; periodStart: string };
    expect(payload).toMatchObject({ anchor: today, weeks: 2, periodStart: dayPlus(today, 14) });

    const mailsBefore = (await mailTo(t.ctx, a.professional.email)).length;
    expect(await runCheckIn(t.ctx, payload)).toBe(true);
    expect(await runCheckIn(t.ctx, payload)).toBe(false);
    const rows = await t.ctx.db.selectFrom('naasten_check_ins').selectAll().where('card_id', '=', payload.cardId).execute();
    expect(rows).toHaveLength(1);
    const mails = await mailTo(t.ctx, a.professional.email);
    expect(mails).toHaveLength(mailsBefore + 1);
    expect(mails.at(-1)!.subject).toBe('Er is iets nieuws in Samenspel');
    expect(mails.at(-1)!.text_body).not.toMatch(/Nel|Cor/);
    // The next period is planned once, whatever ran twice.
    expect(await t.ctx.db.selectFrom('jobs').select('id').where('kind', '=', 'naasten.check-in').where('unique_key', 'like', `%:${dayPlus(today, 28)}`).execute()).toHaveLength(1);

    const list = (await pim.get('/api/me/naasten-worklist')).json() as WorklistView;
    const item = list.items.find((i) => i.kind === 'check-in');
    expect(item).toMatchObject({ clientId: a.clientId, since: dayPlus(today, 14), naasteName: 'Nel Naaste' });
    expect((await olga.post(`/api/clients/${a.clientId}/naastenkaarten-check-ins/${item!.id}/done`, { note: null })).statusCode).toBe(403);
    const done = await pim.post(`/api/clients/${a.clientId}/naastenkaarten-check-ins/${item!.id}/done`, { note: 'Gaat goed.' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ doneBy: 'Pim Prof (Wijkteam naast)', note: 'Gaat goed.' });
    expect((await pim.post(`/api/clients/${a.clientId}/naastenkaarten-check-ins/${item!.id}/done`, { note: null })).statusCode).toBe(409);
    expect(((await pim.get('/api/me/naasten-worklist')).json() as WorklistView).items.filter((i) => i.kind === 'check-in')).toEqual([]);

    // A changed rhythm ends the old chain.
    const now = ((await nel.get(`/api/me/naastenkaarten/${a.clientId}`)).json() as MyCardView).card!;
    await nel.put(`/api/me/naastenkaarten/${a.clientId}`, card({ version: now.version, checkInWeeks: null }));
    expect(await runCheckIn(t.ctx, { ...payload, periodStart: dayPlus(today, 28) })).toBe(false);
  });
});

describe('"het wordt me te veel"', () => {
  it('reaches the regisseur once until they saw it, by a notice on the worklist and a mail without names', async () => {
    await circleRow({ regisseur_user_id: a.professional.id });
    const mailsBefore = (await mailTo(t.ctx, a.professional.email)).length;
    expect((await nel.post(`/api/me/naastenkaarten/${a.clientId}/te-veel`, {})).statusCode).toBe(422);
    const first = await nel.post(`/api/me/naastenkaarten/${a.clientId}/te-veel`, { note: 'Ik slaap slecht.' });
    expect(first.statusCode).toBe(201);
    const second = await nel.post(`/api/me/naastenkaarten/${a.clientId}/te-veel`, { note: 'Echt te veel.' });
    expect(second.statusCode).toBe(409);
    expect(second.json().current).toMatchObject({ id: first.json().id, note: 'Ik slaap slecht.' });
    const mails = await mailTo(t.ctx, a.professional.email);
    expect(mails).toHaveLength(mailsBefore + 1);
    expect(mails.at(-1)!.text_body).not.toMatch(/Nel|Cor|slaap/);
    expect((await mailTo(t.ctx, a.otherProfessional.email)).filter((m) => m.subject === 'Er is iets nieuws in Samenspel')).toEqual([]);

    const list = (await pim.get('/api/me/naasten-worklist')).json() as WorklistView;
    expect(list.items).toContainEqual(expect.objectContaining({ kind: 'te-veel', id: first.json().id, naasteName: 'Nel Naaste', note: 'Ik slaap slecht.' }));
    expect(((await olga.get('/api/me/naasten-worklist')).json() as WorklistView).items).toEqual([]);
    expect((await cor.post(`/api/clients/${a.clientId}/naastenkaarten-alerts/${first.json().id}/seen`)).statusCode).toBe(403);
    const seen = await pim.post(`/api/clients/${a.clientId}/naastenkaarten-alerts/${first.json().id}/seen`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().seenBy).toBe('Pim Prof (Wijkteam naast)');
    expect((await pim.post(`/api/clients/${a.clientId}/naastenkaarten-alerts/${first.json().id}/seen`)).statusCode).toBe(409);
    const again = await nel.post(`/api/me/naastenkaarten/${a.clientId}/te-veel`, { note: null });
    expect(again.statusCode).toBe(201);

    // A regisseur who is no longer in the circle: the professionals in it see the signal instead.
    await circleRow({ regisseur_user_id: a.otherProfessional.id });
    expect(((await pim.get('/api/me/naasten-worklist')).json() as WorklistView).items.map((i) => i.id)).toContain(again.json().id);
    expect(((await olga.get('/api/me/naasten-worklist')).json() as WorklistView).items).toEqual([]);
    await circleRow({ regisseur_user_id: a.professional.id });
  });
});

describe('AVG download', () => {
  it('holds the naastenkaarten with burden checks and signals', async () => {
    const res = await cor.get(`/api/clients/${a.clientId}/export.json`);
    expect(res.statusCode).toBe(200);
    const section = (res.json() as { sections: { key: string; data: { admittedOn: string; cards: { naaste: string; burden: unknown[] }[]; alerts: unknown[] } }[] }).sections.find((s) => s.key === 'naastenkaarten');
    expect(section?.data.admittedOn).toBe(dayPlus(today, -30));
    expect(section?.data.cards[0]).toMatchObject({ naaste: 'Nel Naaste (buurvrouw)' });
    expect(section?.data.cards[0]!.burden).toHaveLength(4);
    expect(section?.data.alerts).toHaveLength(2);
    const html = (await cor.get(`/api/clients/${a.clientId}/export.html`)).body;
    expect(html).toContain('Naastenkaarten');
    expect(html).toContain('bij een crisis');
  });
});
