import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { todayInNl } from '../../platform/access/index.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { PROFESSIONAL_GRANTS, loginAs, mailTo, membership, person, type StaffUser } from '../../testing/safety-fixtures.js';
import { plusDays, plusMonths } from './continuity-shared.js';
import { runCrisisReview } from './continuity-jobs.js';
import { CRISIS_REVIEW_JOB } from './crisis.js';

let t: TestApp;
let a: RegionFixture;
let regisseur: StaffUser;
let reader: StaffUser;
let nelLink = '';

const url = (clientId: string) => `/api/clients/${clientId}/crisis-plan`;
const today = () => todayInNl();

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'crisis');
  regisseur = await person(t.ctx, a.regionId, 'Rik Regisseur', ['professional'], a.organisationId);
  reader = await person(t.ctx, a.regionId, 'Lies Lezer', ['naaste']);
  await membership(t.ctx, a.regionId, a.clientId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  await membership(t.ctx, a.regionId, a.clientId, regisseur.id, 'professional', PROFESSIONAL_GRANTS);
  nelLink = await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read', plan: 'contribute' });
  await membership(t.ctx, a.regionId, a.clientId, reader.id, 'naaste', { basis: 'read', plan: 'read' });
  await t.ctx.db
    .insertInto('circles')
    .values({ client_id: a.clientId, region_id: a.regionId, regisseur_user_id: regisseur.id })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ regisseur_user_id: regisseur.id }))
    .execute();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.ctx.db.deleteFrom('crisis_plans').execute();
  await t.ctx.db.deleteFrom('jobs').where('kind', '=', CRISIS_REVIEW_JOB).execute();
});

const input = (over: Record<string, unknown> = {}) => ({
  version: 0,
  earlySigns: ['Slaapt slecht', 'Trekt zich terug', '  '],
  whatHelps: ['Samen wandelen'],
  people: [{ kind: 'named', name: 'Huisarts De Linde', task: 'Belt terug bij zorgen', phone: '030 1234567' }],
  reviewOn: plusDays(today(), 30),
  ...over,
});

async function save(who = a.clientUser, over: Record<string, unknown> = {}) {
  const c = await loginAs(t, who);
  const res = await c.put(url(a.clientId), input(over));
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; version: number; people: { linkId: string | null; phone: string | null; phoneSharedBy: string | null }[] };
}

describe('crisis and signal plan', () => {
  it('is saved by the client and read by the circle, with what they may do', async () => {
    const saved = await save();
    expect(saved.version).toBe(1);
    const asReader = await (await loginAs(t, reader)).get(url(a.clientId));
    expect(asReader.statusCode).toBe(200);
    const page = asReader.json() as { crisisPlan: { earlySigns: string[]; people: { name: string; phone: string }[]; overdue: boolean }; canEdit: boolean; members: unknown[] };
    expect(page.crisisPlan.earlySigns).toEqual(['Slaapt slecht', 'Trekt zich terug']);
    expect(page.crisisPlan.people[0]).toMatchObject({ name: 'Huisarts De Linde', phone: '030 1234567' });
    expect(page.crisisPlan.overdue).toBe(false);
    expect(page.canEdit).toBe(false);
    expect(page.members).toEqual([]);
    const log = await t.ctx.db.selectFrom('access_log').select(['category', 'action']).where('actor_user_id', '=', reader.id).where('client_id', '=', a.clientId).execute();
    expect(log).toContainEqual({ category: 'plan', action: 'read' });
    // Reading is not writing.
    expect((await (await loginAs(t, reader)).put(url(a.clientId), input({ version: 1 }))).statusCode).toBe(403);
  });

  it('gives 409 with the current plan to an edit made on an old version, and saves nothing of it', async () => {
    await save();
    const prof = await loginAs(t, a.professional);
    const first = await prof.put(url(a.clientId), input({ version: 1, earlySigns: ['Eerste wijziging'] }));
    expect(first.statusCode).toBe(200);
    const stale = await (await loginAs(t, a.clientUser)).put(url(a.clientId), input({ version: 1, earlySigns: ['Tweede wijziging'] }));
    expect(stale.statusCode).toBe(409);
    const body = stale.json() as { current: { earlySigns: string[]; version: number } };
    expect(body.current).toMatchObject({ earlySigns: ['Eerste wijziging'], version: 2 });
    // A second "first save" is stale too.
    expect((await prof.put(url(a.clientId), input({ version: 0 }))).statusCode).toBe(409);
  });

  it('names the wrong fields: a review date in the past or too far ahead, an empty task, a stranger', async () => {
    const c = await loginAs(t, a.clientUser);
    const past = await c.put(url(a.clientId), input({ reviewOn: plusDays(today(), -1) }));
    expect(past.statusCode).toBe(422);
    expect((past.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['reviewOn']);
    const far = await c.put(url(a.clientId), input({ reviewOn: plusMonths(today(), 7) }));
    expect((far.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['reviewOn']);
    const wrong = await c.put(
      url(a.clientId),
      input({ people: [{ kind: 'named', name: 'Oma', task: '' }, { kind: 'member', linkId: '00000000-0000-4000-8000-000000000001', task: 'Komt langs' }] }),
    );
    expect(wrong.statusCode).toBe(422);
    expect((wrong.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['people.0.task', 'people.1.linkId']);
    const empty = await c.put(url(a.clientId), input({ earlySigns: [], whatHelps: [], people: [] }));
    expect((empty.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['earlySigns']);
    expect(await t.ctx.db.selectFrom('crisis_plans').select('id').execute()).toEqual([]);
  });

  it("shows a member's phone only as that member shared it", async () => {
    const member = (phone: string | null) => ({ kind: 'member', linkId: nelLink, task: 'Komt direct langs', phone });
    // Someone else cannot write Nel's number for her.
    const byProf = await (await loginAs(t, a.professional)).put(url(a.clientId), input({ people: [member('06 11112222')] }));
    expect(byProf.statusCode).toBe(422);
    expect((byProf.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['people.0.phone']);
    const v1 = await save(a.professional, { people: [member(null)] });
    expect(v1.people[0]).toMatchObject({ linkId: nelLink, phone: null });
    // Nel shares her own number.
    const v2 = await save(a.naaste, { version: 1, people: [member('06 11112222')] });
    expect(v2.people[0]).toMatchObject({ phone: '06 11112222', phoneSharedBy: 'Nel Naaste' });
    // Others can save the plan with her number as it stands, not change it.
    const v3 = await save(a.professional, { version: 2, people: [member('06 11112222'), { kind: 'named', name: 'Buurman', task: 'Past op de kat' }] });
    expect(v3.people[0]).toMatchObject({ phone: '06 11112222', phoneSharedBy: 'Nel Naaste' });
    const changed = await (await loginAs(t, a.professional)).put(url(a.clientId), input({ version: 3, people: [member('06 99998888')] }));
    expect(changed.statusCode).toBe(422);
    // When Nel leaves the circle, her number is no longer shown.
    await t.ctx.db.updateTable('crisis_plan_people').set({ link_id: null }).where('link_id', '=', nelLink).execute();
    const page = (await (await loginAs(t, a.clientUser)).get(url(a.clientId))).json() as { crisisPlan: { people: { phone: string | null; left: boolean }[] } };
    expect(page.crisisPlan.people[0]).toMatchObject({ phone: null, left: true });
  });

  it('is flagged overdue after six months without a review, and listed for the professionals of the circle', async () => {
    await save();
    const prof = await loginAs(t, a.professional);
    expect(((await prof.get('/api/me/crisis-plans-due')).json() as { items: unknown[] }).items).toEqual([]);
    // Move the clock: last looked at six months and a day ago.
    const longAgo = new Date(`${plusDays(plusMonths(today(), -6), -1)}T10:00:00Z`);
    await t.ctx.db.updateTable('crisis_plans').set({ reviewed_at: longAgo }).where('client_id', '=', a.clientId).execute();
    const page = (await prof.get(url(a.clientId))).json() as { crisisPlan: { overdue: boolean; reviewDue: boolean; version: number } };
    expect(page.crisisPlan).toMatchObject({ overdue: true, reviewDue: false });
    const due = (await prof.get('/api/me/crisis-plans-due')).json() as { items: { clientId: string; clientName: string; overdue: boolean }[] };
    expect(due.items).toEqual([expect.objectContaining({ clientId: a.clientId, clientName: 'Cor Client', overdue: true })]);
    // Not for a professional outside the circle, and not for a naaste.
    expect(((await (await loginAs(t, a.otherProfessional)).get('/api/me/crisis-plans-due')).json() as { items: unknown[] }).items).toEqual([]);
    expect((await (await loginAs(t, a.naaste)).get('/api/me/crisis-plans-due')).statusCode).toBe(403);
    // "Besproken, klopt nog" clears the flag.
    const reviewed = await prof.post(`${url(a.clientId)}/reviewed`, { version: page.crisisPlan.version, reviewOn: plusDays(today(), 60) });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json()).toMatchObject({ overdue: false, reviewedBy: 'Pim Prof (Wijkteam crisis)' });
    expect((await prof.post(`${url(a.clientId)}/reviewed`, { version: page.crisisPlan.version, reviewOn: plusDays(today(), 60) })).statusCode).toBe(409);
  });

  it('reminds the regisseur once on the review date, however often it runs', async () => {
    const saved = await save();
    const reviewOn = plusDays(today(), 30);
    // Saving again with the same date plans no second reminder.
    await save(a.clientUser, { version: saved.version });
    const jobs = await t.ctx.db.selectFrom('jobs').select(['unique_key', 'run_at']).where('kind', '=', CRISIS_REVIEW_JOB).execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.unique_key).toBe(`${CRISIS_REVIEW_JOB}:${saved.id}:${reviewOn}`);
    // Move the clock: the day has come.
    await t.ctx.db.updateTable('crisis_plans').set({ review_on: today() }).where('id', '=', saved.id).execute();
    const before = (await mailTo(t.ctx, regisseur.email)).length;
    const payload = { crisisPlanId: saved.id, reviewOn: today() };
    expect(await runCrisisReview(t.ctx, payload, a.regionId)).toBe(1);
    expect(await runCrisisReview(t.ctx, payload, a.regionId)).toBe(0);
    const mails = await mailTo(t.ctx, regisseur.email);
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)!.subject).toContain('crisisplan');
    expect(mails.at(-1)!.text_body).not.toContain('Cor');
    // A date that moved on since the job was planned sends nothing.
    expect(await runCrisisReview(t.ctx, { crisisPlanId: saved.id, reviewOn }, a.regionId)).toBe(0);
    // Through the job queue as well: due twice, sent once.
    await t.ctx.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000) }).where('kind', '=', CRISIS_REVIEW_JOB).execute();
    await t.ctx.db.updateTable('crisis_plans').set({ review_on: reviewOn, review_reminded_on: null }).where('id', '=', saved.id).execute();
    await t.ctx.jobs.runDue(50);
    await t.ctx.jobs.runDue(50);
    expect(await mailTo(t.ctx, regisseur.email)).toHaveLength(before + 2);
    await expect(runCrisisReview(t.ctx, { crisisPlanId: 'x' }, a.regionId)).rejects.toThrow();
  });

  it('is part of the AVG export', async () => {
    await save();
    const res = await (await loginAs(t, a.clientUser)).get(`/api/clients/${a.clientId}/export.json`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Huisarts De Linde');
  });
});
