import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInNl } from '../../platform/access/index.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { PROFESSIONAL_GRANTS, loginAs, mailTo, membership, person, type StaffUser } from '../../testing/safety-fixtures.js';
import type { EvaluationDetail, EvaluationList, EvaluationOverview } from './evaluation-model.js';
import { amsterdamAt, shiftDays } from './evaluation-dates.js';
import { EVALUATION_REMINDER_JOB, runEvaluationReminder } from './evaluation-reminder.js';
import { ensurePlan } from './plan-row.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let regisseur: StaffUser;
let planReader: StaffUser;
let naasteLink = '';
let profLink = '';
const goals: Record<'money' | 'friends' | 'reached', string> = { money: '', friends: '', reached: '' };
const tasks: Record<'post' | 'walk' | 'done', string> = { post: '', walk: '', done: '' };

const base = (clientId: string) => `/api/clients/${clientId}/evaluations`;
const today = () => todayInNl();

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'evaluatie');
  b = await regionFixture(t.ctx, 'evaluatie-elders');
  regisseur = await person(t.ctx, a.regionId, 'Rian Regie', ['professional'], a.organisationId);
  planReader = await person(t.ctx, a.regionId, 'Lex Lezer', ['naaste']);
  profLink = await membership(t.ctx, a.regionId, a.clientId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  naasteLink = await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read', plan: 'contribute' });
  await membership(t.ctx, a.regionId, a.clientId, planReader.id, 'naaste', { plan: 'read' });
  await membership(t.ctx, a.regionId, a.clientId, regisseur.id, 'professional', PROFESSIONAL_GRANTS);
  await t.ctx.db
    .insertInto('circles')
    .values({ client_id: a.clientId, region_id: a.regionId, regisseur_user_id: regisseur.id })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ regisseur_user_id: regisseur.id }))
    .execute();

  // A plan with two running goals, one reached, two running agreements and one done.
  const planId = await ensurePlan(t.ctx.db, a.regionId, a.clientId, null);
  const goal = async (own_words: string, domain: 'geld' | 'relaties', status: 'active' | 'reached', score_now: number | null, position: number) =>
    (
      await t.ctx.db
        .insertInto('plan_goals')
        .values({ region_id: a.regionId, client_id: a.clientId, plan_id: planId, domain, own_words, score_now, score_target: 8, status, position, created_by_label: 'Cor Client' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  goals.money = await goal('Ik wil weer overzicht over mijn geld.', 'geld', 'active', 5, 0);
  goals.friends = await goal('Ik wil elke week iemand zien.', 'relaties', 'active', null, 1);
  goals.reached = await goal('Een nieuwe fiets.', 'geld', 'reached', 9, 2);
  const task = async (title: string, status: 'accepted' | 'open' | 'done') =>
    (
      await t.ctx.db
        .insertInto('plan_tasks')
        .values({ region_id: a.regionId, client_id: a.clientId, plan_id: planId, title, assignee_kind: 'open', status, asked_by_label: 'Pim Prof' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  tasks.post = await task('Samen de post openen op dinsdag', 'accepted');
  tasks.walk = await task('Wandelen op zaterdag', 'open');
  tasks.done = await task('Fiets ophalen', 'done');
});
afterAll(() => t.close());

async function schedule(over: Record<string, unknown> = {}, who = a.professional): Promise<EvaluationDetail> {
  const c = await loginAs(t, who);
  const res = await c.post(base(a.clientId), { plannedOn: shiftDays(today(), 14), agendaNote: 'Hoe gaat het met geld?', inviteeLinkIds: [naasteLink], ...over });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as EvaluationDetail;
}

function holdBody(d: EvaluationDetail, over: Record<string, unknown> = {}) {
  return {
    version: d.version,
    goals: d.openGoals.map((g) => ({
      goalId: g.goalId,
      version: g.version,
      clientScore: g.goalId === goals.money ? 7 : null,
      otherScores: g.goalId === goals.money ? [{ linkId: naasteLink, score: 6 }] : [],
      wentWell: g.goalId === goals.money ? 'De post ligt niet meer op de stapel.' : null,
      toChange: null,
    })),
    agreements: d.openAgreements.map((x) => ({ taskId: x.taskId, version: x.version, decision: x.taskId === tasks.walk ? 'stop' : 'continue', note: null })),
    yields: ['praktische-steun', 'vertrouwen'],
    wentWell: 'Fijn gesprek aan de keukentafel.',
    toChange: 'Vaker samen iets leuks doen.',
    nextPlannedOn: null,
    ...over,
  };
}

const errorFields = (body: string) => (JSON.parse(body) as { errors: { field: string }[] }).errors.map((e) => e.field);

describe('planning an evaluation', () => {
  it('plans one with invitees, logs it under plan/create and sets a reminder at 08:00 three days before', async () => {
    const plannedOn = shiftDays(today(), 20);
    const d = await schedule({ plannedOn });
    expect(d).toMatchObject({ status: 'planned', plannedOn, agendaNote: 'Hoe gaat het met geld?', invitees: [{ linkId: naasteLink, label: 'Nel Naaste (buurvrouw)' }], canEdit: true, record: null });
    expect(d.openGoals.map((g) => g.goalId)).toEqual([goals.money, goals.friends]);
    expect(d.openGoals[0]).toMatchObject({ scoreNow: 5, scoreTarget: 8 });
    expect(d.openAgreements.map((x) => x.taskId).sort()).toEqual([tasks.post, tasks.walk].sort());

    const job = await t.ctx.db.selectFrom('jobs').select(['run_at', 'payload']).where('kind', '=', EVALUATION_REMINDER_JOB).where('unique_key', 'like', `%${d.id}%`).executeTakeFirstOrThrow();
    expect(new Date(job.run_at).toISOString()).toBe(amsterdamAt(shiftDays(plannedOn, -3), 8).toISOString());
    const log = await t.ctx.db.selectFrom('access_log').select(['category', 'action']).where('actor_user_id', '=', a.professional.id).where('purpose', '=', 'evaluatie gepland').execute();
    expect(log).toEqual([{ category: 'plan', action: 'create' }]);
  });

  it('refuses a date in the past and a person outside the circle, naming the field and saving nothing', async () => {
    const c = await loginAs(t, a.professional);
    const before = (await t.ctx.db.selectFrom('evaluations').select('id').execute()).length;
    const past = await c.post(base(a.clientId), { plannedOn: shiftDays(today(), -1), inviteeLinkIds: [] });
    expect(past.statusCode).toBe(422);
    expect(errorFields(past.body)).toEqual(['plannedOn']);
    const unreal = await c.post(base(a.clientId), { plannedOn: '2027-02-30', inviteeLinkIds: [] });
    expect(unreal.statusCode).toBe(422);
    const stranger = await c.post(base(a.clientId), { plannedOn: shiftDays(today(), 5), inviteeLinkIds: [naasteLink, '00000000-0000-4000-8000-000000000009'] });
    expect(stranger.statusCode).toBe(422);
    expect(errorFields(stranger.body)).toEqual(['inviteeLinkIds.1']);
    expect((await t.ctx.db.selectFrom('evaluations').select('id').execute()).length).toBe(before);
  });

  it('lets members with plan read see evaluations but not plan them; others see nothing', async () => {
    const reader = await loginAs(t, planReader);
    const list = await reader.get(base(a.clientId));
    expect(list.statusCode).toBe(200);
    expect((list.json() as EvaluationList).canEdit).toBe(false);
    expect((await reader.post(base(a.clientId), { plannedOn: shiftDays(today(), 5) })).statusCode).toBe(403);
    expect((await (await loginAs(t, a.otherProfessional)).get(base(a.clientId))).statusCode).toBe(403);
    expect((await (await loginAs(t, b.professional)).get(base(a.clientId))).statusCode).toBe(404);
    // The naaste with plan contribute plans one too.
    await schedule({ inviteeLinkIds: [] }, a.naaste);
  });

  it('changes the date and the invitees, answers an old version with 409, and cancels', async () => {
    const d = await schedule();
    const c = await loginAs(t, a.professional);
    const moved = await c.put(`${base(a.clientId)}/${d.id}`, { plannedOn: shiftDays(today(), 30), agendaNote: null, inviteeLinkIds: [naasteLink, profLink], version: d.version });
    expect(moved.statusCode, moved.body).toBe(200);
    const m = moved.json() as EvaluationDetail;
    expect(m.invitees.map((i) => i.label).sort()).toEqual(['Nel Naaste (buurvrouw)', 'Pim Prof (wijkcoach)']);
    const stale = await c.put(`${base(a.clientId)}/${d.id}`, { plannedOn: shiftDays(today(), 40), inviteeLinkIds: [], version: d.version });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { current: EvaluationDetail }).current.plannedOn).toBe(shiftDays(today(), 30));
    const cancelled = await c.post(`${base(a.clientId)}/${d.id}/cancel`, { version: m.version });
    expect(cancelled.statusCode).toBe(200);
    expect((cancelled.json() as EvaluationDetail).status).toBe('cancelled');
    expect((await c.post(`${base(a.clientId)}/${d.id}/hold`, holdBody(cancelled.json() as EvaluationDetail))).statusCode).toBe(422);
  });
});

describe('holding an evaluation', () => {
  it('writes the dated record and updates the plan in one go: scores, stopped agreements, yields', async () => {
    const d = await schedule();
    const goalBefore = await t.ctx.db.selectFrom('plan_goals').select(['score_now', 'version']).where('id', '=', goals.money).executeTakeFirstOrThrow();
    const friendsBefore = await t.ctx.db.selectFrom('plan_goals').select(['score_now', 'version']).where('id', '=', goals.friends).executeTakeFirstOrThrow();
    const walkBefore = await t.ctx.db.selectFrom('plan_tasks').select(['status', 'version']).where('id', '=', tasks.walk).executeTakeFirstOrThrow();

    const cor = await loginAs(t, a.clientUser);
    const res = await cor.post(`${base(a.clientId)}/${d.id}/hold`, holdBody(d, { nextPlannedOn: shiftDays(today(), 90) }));
    expect(res.statusCode, res.body).toBe(200);
    const held = res.json() as EvaluationDetail;
    expect(held).toMatchObject({ status: 'held', heldOn: today(), heldBy: 'Cor Client', yields: ['praktische-steun', 'vertrouwen'], openGoals: [] });
    expect(held.record?.goals).toEqual([
      {
        goalId: goals.money,
        domain: 'geld',
        ownWords: 'Ik wil weer overzicht over mijn geld.',
        previousScore: 5,
        clientScore: 7,
        otherScores: [{ label: 'Nel Naaste (buurvrouw)', score: 6 }],
        wentWell: 'De post ligt niet meer op de stapel.',
        toChange: null,
      },
      { goalId: goals.friends, domain: 'relaties', ownWords: 'Ik wil elke week iemand zien.', previousScore: null, clientScore: null, otherScores: [], wentWell: null, toChange: null },
    ]);
    expect(held.record?.agreements.find((x) => x.taskId === tasks.walk)?.decision).toBe('stop');
    expect(held.record?.wentWell).toBe('Fijn gesprek aan de keukentafel.');

    const goalAfter = await t.ctx.db.selectFrom('plan_goals').select(['score_now', 'version']).where('id', '=', goals.money).executeTakeFirstOrThrow();
    expect(goalAfter).toEqual({ score_now: 7, version: goalBefore.version + 1 });
    // Not talked about: the plan keeps its score and version.
    expect(await t.ctx.db.selectFrom('plan_goals').select(['score_now', 'version']).where('id', '=', goals.friends).executeTakeFirstOrThrow()).toEqual(friendsBefore);
    expect(await t.ctx.db.selectFrom('plan_tasks').select(['status', 'version']).where('id', '=', tasks.walk).executeTakeFirstOrThrow()).toEqual({
      status: 'stopped',
      version: walkBefore.version + 1,
    });
    expect((await t.ctx.db.selectFrom('plan_tasks').select('status').where('id', '=', tasks.post).executeTakeFirstOrThrow()).status).toBe('accepted');

    // The next moment is planned with the same people.
    const list = (await cor.get(base(a.clientId))).json() as EvaluationList;
    const next = list.evaluations.find((e) => e.plannedOn === shiftDays(today(), 90));
    expect(next).toMatchObject({ status: 'planned', invitees: [{ linkId: naasteLink, label: 'Nel Naaste (buurvrouw)' }] });

    // Holding it again is refused.
    const again = await cor.post(`${base(a.clientId)}/${d.id}/hold`, holdBody(d, { version: held.version }));
    expect(again.statusCode).toBe(422);
    expect((again.json() as { code: string }).code).toBe('evaluation-held');
  });

  it('answers 409 with the current evaluation when the plan changed meanwhile, and saves nothing', async () => {
    const d = await schedule();
    const body = holdBody(d);
    // Someone edits a goal while the people are talking.
    await t.ctx.db.updateTable('plan_goals').set((eb) => ({ own_words: 'Ik wil overzicht over geld en post.', version: eb('version', '+', 1) })).where('id', '=', goals.money).execute();
    const c = await loginAs(t, a.professional);
    const res = await c.post(`${base(a.clientId)}/${d.id}/hold`, body);
    expect(res.statusCode).toBe(409);
    const current = (res.json() as { current: EvaluationDetail }).current;
    expect(current.status).toBe('planned');
    expect(current.openGoals.find((g) => g.goalId === goals.money)?.ownWords).toBe('Ik wil overzicht over geld en post.');
    expect(await t.ctx.db.selectFrom('evaluation_goals').select('id').where('evaluation_id', '=', d.id).execute()).toEqual([]);
    expect((await t.ctx.db.selectFrom('evaluations').select('status').where('id', '=', d.id).executeTakeFirstOrThrow()).status).toBe('planned');

    // A goal left out of the form is also a changed plan.
    const fresh = (await c.get(`${base(a.clientId)}/${d.id}`)).json() as EvaluationDetail;
    const partial = holdBody(fresh);
    partial.goals = partial.goals.slice(0, 1);
    expect((await c.post(`${base(a.clientId)}/${d.id}/hold`, partial)).statusCode).toBe(409);
    // And an old evaluation version.
    expect((await c.post(`${base(a.clientId)}/${d.id}/hold`, holdBody(fresh, { version: fresh.version + 5 }))).statusCode).toBe(409);
  });

  it('names the field for a score outside 1-10, a goal of another plan or someone outside the circle', async () => {
    const d = await schedule();
    const c = await loginAs(t, a.professional);
    const high = holdBody(d);
    high.goals[0]!.clientScore = 11;
    const r1 = await c.post(`${base(a.clientId)}/${d.id}/hold`, high);
    expect(r1.statusCode).toBe(422);
    expect(errorFields(r1.body)).toEqual(['goals.0.clientScore']);

    const foreign = holdBody(d);
    foreign.goals[1]!.goalId = '00000000-0000-4000-8000-00000000beef';
    const r2 = await c.post(`${base(a.clientId)}/${d.id}/hold`, foreign);
    expect(r2.statusCode).toBe(422);
    expect(errorFields(r2.body)).toEqual(['goals.1.goalId']);

    const stranger = holdBody(d);
    stranger.goals[0]!.otherScores = [{ linkId: '00000000-0000-4000-8000-00000000cafe', score: 4 }];
    const r3 = await c.post(`${base(a.clientId)}/${d.id}/hold`, stranger);
    expect(r3.statusCode).toBe(422);
    expect(errorFields(r3.body)).toEqual(['goals.0.otherScores.0.linkId']);

    const twice = holdBody(d, { yields: ['plezier', 'geluk'] });
    expect((await c.post(`${base(a.clientId)}/${d.id}/hold`, twice)).statusCode).toBe(422);
    expect((await t.ctx.db.selectFrom('evaluations').select('status').where('id', '=', d.id).executeTakeFirstOrThrow()).status).toBe('planned');
  });

  it('lets a member with plan read look but not hold', async () => {
    const d = await schedule();
    const reader = await loginAs(t, planReader);
    const seen = await reader.get(`${base(a.clientId)}/${d.id}`);
    expect(seen.statusCode).toBe(200);
    expect((seen.json() as EvaluationDetail).canEdit).toBe(false);
    expect((await reader.post(`${base(a.clientId)}/${d.id}/hold`, holdBody(d))).statusCode).toBe(403);
    expect((await reader.get(`${base(a.clientId)}/00000000-0000-4000-8000-000000000123`)).statusCode).toBe(404);
  });
});

describe('reading and cancelling one evaluation, per consent state (not in the matrix: they need an evaluation)', () => {
  it('follows plan read for looking and plan contribute for cancelling; outsiders get 403, another region 404', async () => {
    const member = await person(t.ctx, a.regionId, 'Sam Staat', ['naaste']);
    const states = ['none', 'read', 'contribute', 'expired'] as const;
    for (const state of states) {
      const link = await membership(t.ctx, a.regionId, a.clientId, member.id, 'naaste', state === 'none' ? {} : { plan: state === 'expired' ? 'contribute' : state });
      if (state === 'expired') await t.ctx.db.updateTable('consent_grants').set({ expires_at: new Date(Date.now() - 60_000) }).where('link_id', '=', link).execute();
      const d = await schedule({ inviteeLinkIds: [] });
      const c = await loginAs(t, member);
      const read = await c.get(`${base(a.clientId)}/${d.id}`);
      expect(read.statusCode, `read with ${state}`).toBe(state === 'read' || state === 'contribute' ? 200 : 403);
      const cancel = await c.post(`${base(a.clientId)}/${d.id}/cancel`, { version: d.version });
      expect(cancel.statusCode, `cancel with ${state}`).toBe(state === 'contribute' ? 200 : 403);
    }
    const d = await schedule({ inviteeLinkIds: [] });
    for (const [who, status] of [
      [a.otherProfessional, 403],
      [b.professional, 404],
      [b.clientUser, 404],
    ] as const) {
      const c = await loginAs(t, who);
      expect((await c.get(`${base(a.clientId)}/${d.id}`)).statusCode).toBe(status);
      expect((await c.post(`${base(a.clientId)}/${d.id}/cancel`, { version: d.version })).statusCode).toBe(status);
    }
    // The client's representative who decides for a minor plans and cancels for her.
    const vera = await loginAs(t, a.representative);
    const minor = await vera.post(base(a.minorId), { plannedOn: shiftDays(today(), 3), inviteeLinkIds: [] });
    expect(minor.statusCode).toBe(201);
    const m = minor.json() as EvaluationDetail;
    expect((await vera.post(`${base(a.minorId)}/${m.id}/cancel`, { version: m.version })).statusCode).toBe(200);
  });
});

describe('yields and progress', () => {
  it('counts the yields over held evaluations and shows each goal\'s scores over time', async () => {
    const d = await schedule();
    const c = await loginAs(t, a.clientUser);
    const body = holdBody(d, { yields: ['plezier', 'praktische-steun'] });
    body.goals = body.goals.map((g) => (g.goalId === goals.money ? { ...g, clientScore: 8 } : g));
    expect((await c.post(`${base(a.clientId)}/${d.id}/hold`, body)).statusCode).toBe(200);

    const res = await c.get(`${base(a.clientId)}/overview`);
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as EvaluationOverview;
    expect(o.held).toBe(2);
    expect(o.yields).toEqual({ contact: 0, vertrouwen: 1, 'persoonlijke-groei': 0, plezier: 1, 'praktische-steun': 2, 'ontlasting-naasten': 0 });
    const money = o.goals.find((g) => g.goalId === goals.money);
    expect(money).toMatchObject({ scoreNow: 8, scoreTarget: 8 });
    expect(money?.points.map((p) => p.score)).toEqual([7, 8]);
    expect(o.goals.find((g) => g.goalId === goals.reached)?.points).toEqual([]);
  });
});

describe('the reminder', () => {
  it('mails the regisseur once, and not for an evaluation that moved or was cancelled', async () => {
    const d = await schedule({ plannedOn: shiftDays(today(), 10) });
    const payload = { evaluationId: d.id, plannedOn: d.plannedOn, version: d.version };
    expect(await runEvaluationReminder(t.ctx, payload, a.regionId)).toBe(1);
    const mails = await mailTo(t.ctx, regisseur.email);
    expect(mails.at(-1)?.subject).toBe('Samenspel: er komt een evaluatie aan');
    expect(mails.at(-1)?.text_body).toContain(`/clienten/${a.clientId}/plan/evaluaties/${d.id}`);
    expect(mails.at(-1)?.text_body).not.toContain('Cor');
    expect(await runEvaluationReminder(t.ctx, payload, a.regionId)).toBe(0);

    const e = await schedule({ plannedOn: shiftDays(today(), 10) });
    const c = await loginAs(t, a.professional);
    await c.put(`${base(a.clientId)}/${e.id}`, { plannedOn: shiftDays(today(), 12), inviteeLinkIds: [], version: e.version });
    expect(await runEvaluationReminder(t.ctx, { evaluationId: e.id, plannedOn: e.plannedOn, version: e.version }, a.regionId)).toBe(0);
  });
});

describe('AVG', () => {
  it('puts the evaluations in the client\'s download', async () => {
    const c = await loginAs(t, a.clientUser);
    const res = await c.get(`/api/clients/${a.clientId}/export.json`);
    expect(res.statusCode).toBe(200);
    const section = (res.json() as { sections: { key: string; data: { status: string; yields: string[]; goals: { clientScore: number | null }[] }[] }[] }).sections.find(
      (s) => s.key === 'evaluations',
    );
    const held = section?.data.filter((e) => e.status === 'held') ?? [];
    expect(held.length).toBe(2);
    expect(held[0]?.goals.map((g) => g.clientScore)).toEqual([7, null]);
  });
});
