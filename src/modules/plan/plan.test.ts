import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInNl } from '../../platform/access/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { loginAs, mailTo, membership, person, PROFESSIONAL_GRANTS, type StaffUser } from '../../testing/safety-fixtures.js';
import type { PlanView, SuggestionView, TaskView } from './model.js';
import { isOverloaded } from './suggestions.js';
import { archiveOffer, createOffer } from '../socialmap/service.js';
import { OUTCOME_MIN_COUNT } from './service.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let volunteer: StaffUser;
let farNaaste: StaffUser;
let pro: TestClient;
let cor: TestClient;
let nel: TestClient;

const plan = (clientId: string) => `/api/clients/${clientId}/plan`;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'plan');
  b = await regionFixture(t.ctx, 'planelders');
  volunteer = await person(t.ctx, a.regionId, 'Wim Vrijwilliger', ['vrijwilliger']);
  farNaaste = await person(t.ctx, a.regionId, 'Fleur Verweg', ['naaste']);
  await membership(t.ctx, a.regionId, a.clientId, volunteer.id, 'vrijwilliger', { basis: 'read', plan: 'read' });
  // A naaste who may see the client's name but not the plan.
  await membership(t.ctx, a.regionId, a.clientId, farNaaste.id, 'naaste', { basis: 'read' });
  pro = await loginAs(t, a.professional);
  cor = await loginAs(t, a.clientUser);
  nel = await loginAs(t, a.naaste);
});
afterAll(() => t.close());

const linkOf = async (userId: string, clientId = a.clientId) =>
  (await t.ctx.db.selectFrom('client_links').select('id').where('client_id', '=', clientId).where('user_id', '=', userId).executeTakeFirstOrThrow()).id;

const task = (over: Record<string, unknown> = {}) => ({ title: 'Boodschappen doen', assignee: { kind: 'open' }, ...over });

async function addTask(c: TestClient, over: Record<string, unknown> = {}, clientId = a.clientId): Promise<TaskView> {
  const res = await c.post(`${plan(clientId)}/tasks`, task(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TaskView;
}

describe('goals', () => {
  it('a professional writes goals in the client’s words; the client reads the plan', async () => {
    const res = await pro.post(`${plan(a.clientId)}/goals`, { domain: 'wonen', ownWords: 'Ik wil mijn huis weer op orde hebben.', success: 'Ik kan weer bezoek ontvangen.', scoreNow: 4, scoreTarget: 7 });
    expect(res.statusCode, res.body).toBe(201);
    const view = (await cor.get(plan(a.clientId))).json() as PlanView;
    expect(view.status).toBe('open');
    expect(view.goals.map((g) => [g.domain, g.ownWords, g.scoreNow, g.scoreTarget])).toEqual([['wonen', 'Ik wil mijn huis weer op orde hebben.', 4, 7]]);
    expect(view.canEdit).toBe(true);
    const logged = await t.ctx.db.selectFrom('access_log').select(['category', 'action']).where('actor_user_id', '=', a.clientUser.id).where('client_id', '=', a.clientId).execute();
    expect(logged).toContainEqual({ category: 'plan', action: 'read' });
  });

  it('names the field for bad input and saves nothing', async () => {
    const before = await t.ctx.db.selectFrom('plan_goals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const bad = await pro.post(`${plan(a.clientId)}/goals`, { domain: 'maan', ownWords: 'x' });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.json())).toContain('domain');
    const score = await pro.post(`${plan(a.clientId)}/goals`, { domain: 'geld', ownWords: 'Schulden kwijt', scoreNow: 11 });
    expect(score.statusCode).toBe(422);
    expect(JSON.stringify(score.json())).toContain('scoreNow');
    const after = await t.ctx.db.selectFrom('plan_goals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('two people editing one goal: the second gets 409 with the other version', async () => {
    const goal = (await (await pro.post(`${plan(a.clientId)}/goals`, { domain: 'gezondheid', ownWords: 'Beter slapen' })).json()) as { id: string; version: number };
    const body = { domain: 'gezondheid', ownWords: 'Elke nacht zes uur slapen', success: null, scoreNow: null, scoreTarget: null, status: 'active', version: goal.version };
    const first = await cor.put(`${plan(a.clientId)}/goals/${goal.id}`, body);
    expect(first.statusCode, first.body).toBe(200);
    const second = await pro.put(`${plan(a.clientId)}/goals/${goal.id}`, { ...body, ownWords: 'Beter slapen zonder pillen' });
    expect(second.statusCode).toBe(409);
    expect((second.json() as { current: { ownWords: string; version: number } }).current).toMatchObject({ ownWords: 'Elke nacht zes uur slapen', version: goal.version + 1 });
  });

  it('people without plan access see nothing: another region, a member without plan consent', async () => {
    const elsewhere = await loginAs(t, b.professional);
    expect((await elsewhere.get(plan(a.clientId))).statusCode).toBe(404);
    const fleur = await loginAs(t, farNaaste);
    expect((await fleur.get(plan(a.clientId))).statusCode).toBe(403);
  });
});

describe('agreements and answers', () => {
  it('asks a naaste, who accepts in their own account; the e-mail carries no task text', async () => {
    const nelLink = await linkOf(a.naaste.id);
    const created = await addTask(pro, { title: 'Elke dinsdag samen koken', assignee: { kind: 'member', linkId: nelLink }, frequency: 'elke dinsdag', recurrence: 'FREQ=WEEKLY;BYDAY=TU', localTime: '17:30', startsOn: todayInNl(), costCents: 1200, costNote: 'boodschappen', payer: 'client' });
    expect(created.status).toBe('asked');
    expect(created.assignee.label).toContain('Nel Naaste');
    const mails = await mailTo(t.ctx, a.naaste.email);
    expect(mails.at(-1)?.subject).toBe('Iemand vraagt of je wilt helpen');
    expect(mails.at(-1)?.text_body).not.toContain('koken');

    const mine = (await nel.get('/api/me/tasks')).json() as (TaskView & { clientName: string })[];
    const asked = mine.find((m) => m.id === created.id);
    expect(asked).toMatchObject({ status: 'asked', mine: true, clientName: 'Cor Client' });

    // Someone else cannot answer for Nel.
    expect((await pro.post(`${plan(a.clientId)}/tasks/${created.id}/response`, { answer: 'accept', version: created.version })).statusCode).toBe(403);
    const accepted = await nel.post(`${plan(a.clientId)}/tasks/${created.id}/response`, { answer: 'accept', version: created.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((accepted.json() as TaskView).status).toBe('accepted');
    // Answering twice is refused, a stale answer gets the current task.
    expect((await nel.post(`${plan(a.clientId)}/tasks/${created.id}/response`, { answer: 'accept', version: created.version })).statusCode).toBe(409);
  });

  it('a volunteer with read access declines without a reason; they cannot write agreements', async () => {
    const wim = await loginAs(t, volunteer);
    const created = await addTask(pro, { title: 'Wandelen in het park', assignee: { kind: 'member', linkId: await linkOf(volunteer.id) } });
    const declined = await wim.post(`${plan(a.clientId)}/tasks/${created.id}/response`, { answer: 'decline', version: created.version });
    expect(declined.statusCode, declined.body).toBe(200);
    expect((declined.json() as TaskView)).toMatchObject({ status: 'declined', responseNote: null });
    expect((await wim.post(`${plan(a.clientId)}/tasks`, task())).statusCode).toBe(403);
  });

  it('refuses to ask someone who cannot see the plan, and checks dates and schedules', async () => {
    const res = await pro.post(`${plan(a.clientId)}/tasks`, task({ assignee: { kind: 'member', linkId: await linkOf(farNaaste.id) } }));
    expect(res.statusCode).toBe(422);
    expect(JSON.stringify(res.json())).toContain('assignee.linkId');
    const dates = await pro.post(`${plan(a.clientId)}/tasks`, task({ startsOn: '2027-03-10', untilOn: '2027-03-01' }));
    expect(dates.statusCode).toBe(422);
    expect(JSON.stringify(dates.json())).toContain('untilOn');
    const noTime = await pro.post(`${plan(a.clientId)}/tasks`, task({ recurrence: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2027-03-01' }));
    expect(noTime.statusCode).toBe(422);
    expect(JSON.stringify(noTime.json())).toContain('localTime');
    const foreign = await pro.post(`${plan(a.clientId)}/tasks`, task({ assignee: { kind: 'member', linkId: await linkOf(b.naaste.id, b.clientId) } }));
    expect(foreign.statusCode).toBe(422);
  });

  it('a task the client writes for themselves is theirs at once; the carrier marks it done', async () => {
    const own = await addTask(cor, { title: 'Zelf de huisarts bellen', assignee: { kind: 'client' } });
    expect(own.status).toBe('accepted');
    const done = await cor.post(`${plan(a.clientId)}/tasks/${own.id}/status`, { status: 'done', version: own.version });
    expect((done.json() as TaskView).status).toBe('done');
  });
});

describe('natural order', () => {
  it('proposes the client, then the network, then volunteers, then professionals, and flags overload', async () => {
    const n = await loginAs(t, a.naaste);
    void n;
    const nelLink = await linkOf(a.naaste.id);
    // Give Nel most of the running agreements.
    for (const title of ['Ramen lappen', 'Post openen', 'Naar de markt']) {
      const tk = await addTask(pro, { title, assignee: { kind: 'member', linkId: nelLink } });
      expect(tk.status).toBe('asked');
    }
    const list = (await pro.get(`${plan(a.clientId)}/suggestions`)).json() as SuggestionView[];
    expect(list.map((s) => s.tier)).toEqual(['client', 'network', 'volunteer', 'professional']);
    const nelSuggestion = list.find((s) => s.label.startsWith('Nel Naaste'));
    expect(nelSuggestion).toMatchObject({ overloaded: true, carries: 4 });
    expect(nelSuggestion!.total).toBeLessThan(nelSuggestion!.carries * 2);
    // Fleur cannot see the plan, so she is not proposed.
    expect(list.some((s) => s.label.startsWith('Fleur'))).toBe(false);
    expect(list[0]!.reasons).toContain('self-first');
  });

  it('counts overload as more than half and at least three', () => {
    expect(isOverloaded(5, 7)).toBe(true);
    expect(isOverloaded(2, 3)).toBe(false);
    expect(isOverloaded(3, 6)).toBe(false);
  });
});

describe('tasks go back to the regisseur', () => {
  it('when the naaste loses sight of the plan, and when a member leaves the circle', async () => {
    await t.ctx.db
      .insertInto('circles')
      .values({ client_id: a.clientId, region_id: a.regionId, regisseur_user_id: a.professional.id })
      .onConflict((oc) => oc.column('client_id').doUpdateSet({ regisseur_user_id: a.professional.id }))
      .execute();
    const nelLink = await linkOf(a.naaste.id);
    const running = await t.ctx.db.selectFrom('plan_tasks').select('id').where('assignee_link_id', '=', nelLink).where('status', 'in', ['asked', 'accepted']).execute();
    expect(running.length).toBeGreaterThan(0);
    const link = await t.ctx.db.selectFrom('client_links').select('version').where('id', '=', nelLink).executeTakeFirstOrThrow();
    const cells = { basis: 'read', netwerk: 'none', plan: 'none', agenda: 'none', logboek: 'none', rapportage: 'none', gevoelig: 'none', documenten: 'none' };
    const narrowed = await cor.put(`/api/circles/${a.clientId}/members/${nelLink}/access`, { version: link.version, cells });
    expect(narrowed.statusCode, narrowed.body).toBe(200);
    const after = await t.ctx.db.selectFrom('plan_tasks').select(['status', 'assignee_link_id', 'returned_from_label']).where('id', 'in', running.map((r) => r.id)).execute();
    expect(after.every((r) => r.status === 'returned' && r.assignee_link_id === null && r.returned_from_label?.startsWith('Nel Naaste'))).toBe(true);
    const forRegisseur = (await pro.get('/api/me/tasks')).json() as TaskView[];
    expect(forRegisseur.filter((x) => x.status === 'returned').length).toBe(running.length);

    const wimLink = await linkOf(volunteer.id);
    const wimTask = await addTask(pro, { title: 'Fietsen', assignee: { kind: 'member', linkId: wimLink } });
    const wim = await loginAs(t, volunteer);
    await wim.post(`${plan(a.clientId)}/tasks/${wimTask.id}/response`, { answer: 'accept', version: wimTask.version });
    const v = await t.ctx.db.selectFrom('client_links').select('version').where('id', '=', wimLink).executeTakeFirstOrThrow();
    expect((await wim.request('DELETE', `/api/circles/${a.clientId}/me?version=${v.version}`)).statusCode).toBe(204);
    const gone = await t.ctx.db.selectFrom('plan_tasks').select(['status', 'returned_from_label']).where('id', '=', wimTask.id).executeTakeFirstOrThrow();
    expect(gone).toEqual({ status: 'returned', returned_from_label: 'Wim Vrijwilliger' });
  });
});

describe('regisseur hand-over', () => {
  it('passes the role with a note and a date; a stale hand-over gets 409; no future dates', async () => {
    const before = (await pro.get(plan(a.minorId))).json() as PlanView;
    const to = a.representative.id;
    const future = await pro.post(`${plan(a.minorId)}/regisseur`, { toUserId: to, note: 'Vader neemt het over.', handedOverOn: '2999-01-01', version: before.circleVersion });
    expect(future.statusCode).toBe(422);
    expect(JSON.stringify(future.json())).toContain('handedOverOn');
    const res = await pro.post(`${plan(a.minorId)}/regisseur`, { toUserId: to, note: 'Vader neemt het over; ik blijf bereikbaar.', handedOverOn: todayInNl(), version: before.circleVersion });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as PlanView;
    expect(view.regisseur?.userId).toBe(to);
    expect(view.handovers[0]).toMatchObject({ to: 'Vera Vader', note: 'Vader neemt het over; ik blijf bereikbaar.', handedOverOn: todayInNl() });
    const stale = await pro.post(`${plan(a.minorId)}/regisseur`, { toUserId: a.professional.id, note: 'Terug', handedOverOn: todayInNl(), version: before.circleVersion });
    expect(stale.statusCode).toBe(409);
    const outsider = await pro.post(`${plan(a.minorId)}/regisseur`, { toUserId: a.naaste.id, note: 'x', handedOverOn: todayInNl(), version: view.circleVersion });
    expect(outsider.statusCode).toBe(422);
    expect(JSON.stringify(outsider.json())).toContain('toUserId');
  });
});

describe('family plan', () => {
  it('shows each member’s part only to those who may read that member’s plan', async () => {
    await pro.post(`${plan(a.minorId)}/goals`, { domain: 'relaties', ownWords: 'Vaker met opa spelen' });
    const joined = await pro.post(`${plan(a.clientId)}/family`, { name: 'Gezin Client', withClientId: a.minorId });
    expect(joined.statusCode, joined.body).toBe(200);
    const family = (joined.json() as PlanView).family;
    expect(family?.name).toBe('Gezin Client');
    expect(family?.members.map((m) => m.name)).toEqual(['Mila Klein']);
    expect(family?.members[0]?.goals.map((g) => g.ownWords)).toEqual(['Vaker met opa spelen']);
    // Cor is not in Mila's circle: his view of the family leaves her part out.
    const corView = (await cor.get(plan(a.clientId))).json() as PlanView;
    expect(corView.family?.members).toEqual([]);
  });
});

describe('professional grants', () => {
  it('a professional without plan consent cannot read or write the plan', async () => {
    const other = await person(t.ctx, a.regionId, 'Gert Geen', ['professional'], a.organisationId);
    const { plan: _plan, ...noPlan } = PROFESSIONAL_GRANTS;
    void _plan;
    await membership(t.ctx, a.regionId, a.clientId, other.id, 'professional', noPlan);
    const gert = await loginAs(t, other);
    expect((await gert.get(plan(a.clientId))).statusCode).toBe(403);
    expect((await gert.post(`${plan(a.clientId)}/goals`, { domain: 'werk', ownWords: 'x' })).statusCode).toBe(403);
  });
});

describe('offers from the sociale kaart in the plan', () => {
  const offerInput = (title: string) => ({
    organisationId: a.organisationId,
    contactId: null,
    title,
    description: 'Elke week samen wandelen en koffie drinken.',
    kind: 'activiteit' as const,
    needs: [],
    targetGroup: null,
    ageMin: null,
    ageMax: null,
    municipalityId: null,
    cost: 'gratis' as const,
    costNote: null,
    accessRoute: 'vrij' as const,
    openingTimes: {},
  });
  const editor = () => ({ userId: a.professional.id, regionId: a.regionId, roles: ['professional' as const], organisationId: a.organisationId });

  it('adds an offer as a referral, names it in the plan, and records how it went', async () => {
    const offer = await createOffer(t.ctx.db, editor(), offerInput('Wandelgroep De Stap'));
    const created = await addTask(pro, { title: 'Meedoen met de wandelgroep', assignee: { kind: 'client' }, offer: { id: offer.id, kind: 'referral' } });
    expect(created.offer).toMatchObject({ id: offer.id, title: 'Wandelgroep De Stap', kind: 'referral', outcome: null, visible: true });
    const view = (await cor.get(plan(a.clientId))).json() as PlanView;
    expect(view.tasks.find((x) => x.id === created.id)?.offer?.organisationName).toBe('Wijkteam plan');

    // The client says how it went; a stale version gets the current task.
    const went = await cor.post(`${plan(a.clientId)}/tasks/${created.id}/referral-outcome`, { outcome: 'did-not-fit', note: 'Te snel voor mij.', version: created.version });
    expect(went.statusCode, went.body).toBe(200);
    expect((went.json() as TaskView).offer).toMatchObject({ outcome: 'did-not-fit', outcomeNote: 'Te snel voor mij.' });
    expect((await cor.post(`${plan(a.clientId)}/tasks/${created.id}/referral-outcome`, { outcome: 'went', version: created.version })).statusCode).toBe(409);
    // A volunteer who can read the plan but does not carry it cannot say it for the client.
    expect((await (await loginAs(t, volunteer)).post(`${plan(a.clientId)}/tasks/${created.id}/referral-outcome`, { outcome: 'went', version: created.version + 1 })).statusCode).toBe(403);

    // Archived later: the plan still names it, marked as no longer on the map; it cannot be added again.
    await archiveOffer(t.ctx.db, editor(), offer.id, offer.version);
    const after = (await cor.get(plan(a.clientId))).json() as PlanView;
    expect(after.tasks.find((x) => x.id === created.id)?.offer).toMatchObject({ title: 'Wandelgroep De Stap', visible: false });
    const again = await pro.post(`${plan(a.clientId)}/tasks`, task({ offer: { id: offer.id, kind: 'suggestion' } }));
    expect(again.statusCode).toBe(422);
    expect(JSON.stringify(again.json())).toContain('offer.id');
  });

  it('refuses an outcome for an agreement without an offer, and an offer of another region', async () => {
    const plain = await addTask(pro, { title: 'Gewoon een taak' });
    const res = await pro.post(`${plan(a.clientId)}/tasks/${plain.id}/referral-outcome`, { outcome: 'went', version: plain.version });
    expect(res.statusCode).toBe(422);
    const foreign = await createOffer(t.ctx.db, { userId: b.professional.id, regionId: b.regionId, roles: ['professional'], organisationId: b.organisationId }, { ...offerInput('Elders'), organisationId: b.organisationId });
    expect((await pro.post(`${plan(a.clientId)}/tasks`, task({ offer: { id: foreign.id, kind: 'suggestion' } }))).statusCode).toBe(422);
  });

  it('shows outcome figures on the offer only from the minimum count on, without any client', async () => {
    const offer = await createOffer(t.ctx.db, editor(), offerInput('Kookclub Samen Eten'));
    const outcomes = () => pro.get(`/api/social-map/offers/${offer.id}/outcomes`).then((r) => r.json() as { counts: Record<string, number> | null; minimum: number });
    const record = async (outcome: string) => {
      const tk = await addTask(pro, { title: 'Naar de kookclub', assignee: { kind: 'client' }, offer: { id: offer.id, kind: 'suggestion' } });
      expect((await pro.post(`${plan(a.clientId)}/tasks/${tk.id}/referral-outcome`, { outcome, version: tk.version })).statusCode).toBe(200);
    };
    for (let i = 0; i < OUTCOME_MIN_COUNT - 1; i++) await record(i % 2 ? 'went' : 'did-not-go');
    expect(await outcomes()).toEqual({ counts: null, minimum: OUTCOME_MIN_COUNT });
    await record('went');
    const shown = await outcomes();
    expect(shown.counts).toEqual({ went: 3, 'did-not-go': 2, 'did-not-fit': 0 });
    expect(JSON.stringify(shown)).not.toContain('Cor');
  });
});
