import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { todayInNl } from '../../platform/access/index.js';
import { AppError } from '../../platform/errors.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { PROFESSIONAL_GRANTS, loginAs, mailTo, membership, organisation, person, type StaffUser } from '../../testing/safety-fixtures.js';
import { runRefusalReview } from './refusal-jobs.js';
import { REFUSAL_REVIEW_JOB, addDays, addYears, amsterdamAt, assertNotRefused, isRealDate, normaliseName } from './refusals.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let colleague: StaffUser;
let regisseur: StaffUser;
let outsider: StaffUser;

const today = () => todayInNl();
const base = (clientId: string) => `/api/clients/${clientId}/refusals`;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'weiger');
  b = await regionFixture(t.ctx, 'elders');
  const org = await organisation(t.ctx, a.regionId, 'GGZ Weiger');
  colleague = await person(t.ctx, a.regionId, 'Sara Collega', ['professional'], a.organisationId);
  regisseur = await person(t.ctx, a.regionId, 'Rik Regisseur', ['professional'], org);
  outsider = await person(t.ctx, a.regionId, 'Otto Buiten', ['professional'], a.organisationId);
  // Exactly the grants these tests rely on, whatever the fixture's defaults are.
  await membership(t.ctx, a.regionId, a.clientId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  await membership(t.ctx, a.regionId, a.clientId, colleague.id, 'professional', PROFESSIONAL_GRANTS);
  await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read', netwerk: 'contribute' });
  await membership(t.ctx, a.regionId, a.minorId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  await membership(t.ctx, a.regionId, a.minorId, a.representative.id, 'vertegenwoordiger', {});
  await t.ctx.db
    .insertInto('circles')
    .values({ client_id: a.clientId, region_id: a.regionId, regisseur_user_id: regisseur.id })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ regisseur_user_id: regisseur.id }))
    .execute();
});
afterAll(() => t.close());
beforeEach(() => t.ctx.db.updateTable('users').set({ totp_last_step: null }).execute());

const input = (over: Record<string, unknown> = {}) => ({
  personName: 'Jessica Verzonnen',
  personEmail: 'jessica.verzonnen@voorbeeld.test',
  relationLabel: 'zus',
  reason: 'Ze bemoeit zich te veel met mijn geld.',
  reviewOn: addDays(today(), 90),
  ...over,
});

async function record(clientId = a.clientId, over: Record<string, unknown> = {}, who = a.clientUser) {
  const c = await loginAs(t, who);
  const res = await c.post(base(clientId), input(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; reviewOn: string };
}

const accessLogOf = (actorId: string, clientId: string) =>
  t.ctx.db.selectFrom('access_log').select(['category', 'action', 'purpose']).where('actor_user_id', '=', actorId).where('client_id', '=', clientId).execute();

describe('calendar helpers', () => {
  it('knows real dates, adds days and years, and finds 08:00 in Amsterdam in winter and summer', () => {
    expect(isRealDate('2026-02-28')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-04-31')).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addYears('2028-02-29', 2)).toBe('2030-02-28');
    expect(amsterdamAt('2027-01-15', 8).toISOString()).toBe('2027-01-15T07:00:00.000Z');
    expect(amsterdamAt('2027-07-15', 8).toISOString()).toBe('2027-07-15T06:00:00.000Z');
    // The night the clocks go forward.
    expect(amsterdamAt('2027-03-28', 8).toISOString()).toBe('2027-03-28T06:00:00.000Z');
    expect(normaliseName('  Jessica \t  VERZONNEN ')).toBe('jessica verzonnen');
  });
});

describe('recording a refusal', () => {
  it('lets the client record one, with an event and a reminder at 08:00 on the review date', async () => {
    const reviewOn = addDays(today(), 30);
    const created = await record(a.clientId, { personName: 'Karel Eerste', personEmail: 'karel.eerste@voorbeeld.test', reviewOn });
    expect(created).toMatchObject({ reviewOn, version: 1 });

    const event = await t.ctx.db.selectFrom('circle_events').selectAll().where('client_id', '=', a.clientId).where('kind', '=', 'refusal-recorded').orderBy('occurred_at', 'desc').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_user_id: a.clientUser.id, subject_label: 'Karel Eerste (zus)' });
    expect(event.details).toMatchObject({ refusalId: created.id, reviewOn });

    const job = await t.ctx.db.selectFrom('jobs').selectAll().where('kind', '=', REFUSAL_REVIEW_JOB).where('unique_key', 'like', `%${created.id}%`).executeTakeFirstOrThrow();
    expect(job.unique_key).toContain(reviewOn);
    expect(job.run_at.toISOString()).toBe(amsterdamAt(reviewOn, 8).toISOString());
    expect(job.region_id).toBe(a.regionId);

    const client = await loginAs(t, a.clientUser);
    const list = (await client.get(base(a.clientId))).json();
    expect(list).toMatchObject({ canRecord: true, canReview: true, canEnd: true, reviewOnMin: addDays(today(), 1), reviewOnMax: addYears(today(), 2) });
    expect(list.refusals.find((r: { id: string }) => r.id === created.id)).toMatchObject({ personName: 'Karel Eerste', active: true, reviewDue: false, recordedByLabel: 'Cor Client' });
  });

  it('lets a professional record one for the client, who may not then withdraw it themselves', async () => {
    const created = await record(a.clientId, { personName: 'Lotte Tweede', personEmail: null }, a.professional);
    const prof = await loginAs(t, a.professional);
    const list = (await prof.get(base(a.clientId))).json();
    expect(list).toMatchObject({ canRecord: true, canReview: true, canEnd: false });
    expect(list.refusals.find((r: { id: string }) => r.id === created.id)).toMatchObject({ recordedByLabel: 'Pim Prof (Wijkteam weiger)', personEmail: null });
  });

  it('lets a representative who decides record one for a child', async () => {
    const created = await record(a.minorId, { personName: 'Oom Verzonnen', personEmail: '' }, a.representative);
    expect(created.version).toBe(1);
  });

  it('refuses other members and outsiders, without logging that they looked', async () => {
    const naaste = await loginAs(t, a.naaste);
    expect((await naaste.get(base(a.clientId))).statusCode).toBe(403);
    expect((await naaste.post(base(a.clientId), input({ personName: 'Nog Iemand' }))).statusCode).toBe(403);
    expect(await accessLogOf(a.naaste.id, a.clientId)).toEqual([]);

    const other = await loginAs(t, outsider);
    expect((await other.get(base(a.clientId))).statusCode).toBe(403);
    expect((await other.post(base(a.clientId), input({ personName: 'Nog Iemand' }))).statusCode).toBe(403);
    expect(await accessLogOf(outsider.id, a.clientId)).toEqual([]);

    const elsewhere = await loginAs(t, b.professional);
    expect((await elsewhere.get(base(a.clientId))).statusCode).toBe(404);
  });

  it('logs reading and writing the register in the client\'s access log', async () => {
    const c = await loginAs(t, colleague);
    await c.get(base(a.clientId));
    await c.post(base(a.clientId), input({ personName: 'Log Persoon', personEmail: null }));
    expect(await accessLogOf(colleague.id, a.clientId)).toEqual(
      expect.arrayContaining([
        { category: 'netwerk', action: 'read', purpose: 'weigeringen bekijken' },
        { category: 'netwerk', action: 'create', purpose: 'weigering vastgelegd' },
      ]),
    );
  });

  it('answers bad input with 422 naming each field, and saves nothing', async () => {
    const c = await loginAs(t, a.clientUser);
    const count = async () => (await t.ctx.db.selectFrom('consent_refusals').select('id').where('client_id', '=', a.clientId).execute()).length;
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ reviewOn: today() }, 'reviewOn'],
      [{ reviewOn: addDays(today(), -3) }, 'reviewOn'],
      [{ reviewOn: addDays(addYears(today(), 2), 1) }, 'reviewOn'],
      [{ reviewOn: '2027-02-30' }, 'reviewOn'],
      [{ reviewOn: '15-03-2027' }, 'reviewOn'],
      [{ personName: ' ' }, 'personName'],
      [{ personEmail: 'geen-adres' }, 'personEmail'],
      [{ reason: '' }, 'reason'],
    ];
    for (const [over, field] of cases) {
      const res = await c.post(base(a.clientId), input({ personName: 'Fout Geval', ...over }));
      expect(res.statusCode, JSON.stringify(over)).toBe(422);
      expect(res.json().errors.map((e: { field: string }) => e.field), JSON.stringify(over)).toContain(field);
    }
    const both = await c.post(base(a.clientId), input({ personName: '', reason: '', reviewOn: today() }));
    expect(both.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['personName', 'reason', 'reviewOn']);
    expect(both.json().errors[0].nl).toEqual(expect.any(String));
    expect(await count()).toBe(before);
    expect(await c.post(base(a.clientId), input({ reviewOn: addYears(today(), 2), personName: 'Precies Twee Jaar', personEmail: null }))).toMatchObject({ statusCode: 201 });
  });

  it('does not record the same person twice while the refusal stands', async () => {
    await record(a.clientId, { personName: 'Dubbel Persoon', personEmail: 'dubbel@voorbeeld.test' });
    const c = await loginAs(t, a.clientUser);
    const res = await c.post(base(a.clientId), input({ personName: 'Iemand Anders', personEmail: 'DUBBEL@voorbeeld.test' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('personName');
  });
});

describe('assertNotRefused', () => {
  it('blocks the refused person by e-mail or by name, in any spelling of case and spaces', async () => {
    await record(a.clientId, { personName: 'Jessica  van Verzonnen', personEmail: 'jessica.vv@voorbeeld.test' });
    const blocked = [
      { email: 'jessica.vv@voorbeeld.test', displayName: 'Iemand Anders' },
      { email: '  Jessica.VV@Voorbeeld.TEST ', displayName: 'Iemand Anders' },
      { email: 'ander@voorbeeld.test', displayName: 'jessica van verzonnen' },
      { email: 'ander@voorbeeld.test', displayName: '  JESSICA   van\tVerzonnen ' },
    ];
    for (const p of blocked) {
      const err = await assertNotRefused(t.ctx.db, a.regionId, a.clientId, p).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, JSON.stringify(p)).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(422);
      expect((err as AppError).fields[0]).toMatchObject({ field: 'email', nl: expect.stringContaining('wil op dit moment niet'), en: expect.stringContaining('does not want') });
    }
    for (const p of [
      { email: 'ander@voorbeeld.test', displayName: 'Jessica Verzonnen-Anders' },
      { email: 'jessica.vv@voorbeeld.nl', displayName: 'Jessica van' },
    ]) {
      await expect(assertNotRefused(t.ctx.db, a.regionId, a.clientId, p), JSON.stringify(p)).resolves.toBeUndefined();
    }
    // Another client's refusals do not count.
    await expect(assertNotRefused(t.ctx.db, a.regionId, a.minorId, blocked[0]!)).resolves.toBeUndefined();
  });

  it('lets the person in again once the refusal is withdrawn', async () => {
    const r = await record(a.clientId, { personName: 'Weer Welkom', personEmail: 'weer.welkom@voorbeeld.test' });
    const person = { email: 'weer.welkom@voorbeeld.test', displayName: 'Weer Welkom' };
    await expect(assertNotRefused(t.ctx.db, a.regionId, a.clientId, person)).rejects.toMatchObject({ status: 422 });
    const c = await loginAs(t, a.clientUser);
    expect((await c.post(`${base(a.clientId)}/${r.id}/end`, { version: r.version })).statusCode).toBe(200);
    await expect(assertNotRefused(t.ctx.db, a.regionId, a.clientId, person)).resolves.toBeUndefined();
  });
});

describe('ending and reviewing', () => {
  it('never lets a professional withdraw a refusal; the client can, once', async () => {
    const r = await record(a.clientId, { personName: 'Blijft Staan', personEmail: null });
    const prof = await loginAs(t, a.professional);
    const before = await accessLogOf(a.professional.id, a.clientId);
    expect((await prof.post(`${base(a.clientId)}/${r.id}/end`, { version: r.version })).statusCode).toBe(403);
    expect(await accessLogOf(a.professional.id, a.clientId)).toHaveLength(before.length);
    const row = await t.ctx.db.selectFrom('consent_refusals').select(['ended_at', 'version']).where('id', '=', r.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ ended_at: null, version: 1 });

    const client = await loginAs(t, a.clientUser);
    const ended = await client.post(`${base(a.clientId)}/${r.id}/end`, { version: 1 });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ active: false, endedByLabel: 'Cor Client', version: 2 });
    const event = await t.ctx.db.selectFrom('circle_events').select(['details', 'actor_label']).where('kind', '=', 'refusal-ended').where('client_id', '=', a.clientId).execute();
    expect(event.some((e) => (e.details as { refusalId?: string }).refusalId === r.id)).toBe(true);

    const again = await client.post(`${base(a.clientId)}/${r.id}/end`, { version: 2 });
    expect(again.statusCode).toBe(422);
    expect(again.json().code).toBe('refusal-ended');
    expect((await client.post(`${base(a.clientId)}/${r.id}/reviewed`, { version: 2, reviewOn: addDays(today(), 10) })).statusCode).toBe(422);
  });

  it('lets a representative who decides withdraw a child\'s refusal', async () => {
    const r = await record(a.minorId, { personName: 'Tante Tijdelijk', personEmail: null }, a.representative);
    const rep = await loginAs(t, a.representative);
    expect((await rep.get(base(a.minorId))).json().canEnd).toBe(true);
    expect((await rep.post(`${base(a.minorId)}/${r.id}/end`, { version: 1 })).statusCode).toBe(200);
  });

  it('notes "discussed, it stands" with a new date, and answers a stale version with 409 and the current state', async () => {
    const r = await record(a.clientId, { personName: 'Nog Eens', personEmail: null });
    const prof = await loginAs(t, a.professional);
    const newDate = addDays(today(), 60);
    const res = await prof.post(`${base(a.clientId)}/${r.id}/reviewed`, { version: 1, reviewOn: newDate });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ reviewOn: newDate, version: 2, active: true, reviewedAt: expect.any(String) });
    const event = await t.ctx.db.selectFrom('circle_events').select('details').where('kind', '=', 'refusal-reviewed').where('client_id', '=', a.clientId).execute();
    expect(event.some((e) => (e.details as { refusalId?: string; reviewOn?: string }).refusalId === r.id && (e.details as { reviewOn?: string }).reviewOn === newDate)).toBe(true);
    const jobs = await t.ctx.db.selectFrom('jobs').select(['unique_key', 'run_at']).where('kind', '=', REFUSAL_REVIEW_JOB).where('unique_key', 'like', `%${r.id}%`).execute();
    expect(jobs.map((j) => j.unique_key).some((k) => k?.includes(newDate))).toBe(true);

    const stale = await prof.post(`${base(a.clientId)}/${r.id}/reviewed`, { version: 1, reviewOn: addDays(today(), 70) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: r.id, version: 2, reviewOn: newDate });

    const client = await loginAs(t, a.clientUser);
    const staleEnd = await client.post(`${base(a.clientId)}/${r.id}/end`, { version: 1 });
    expect(staleEnd.statusCode).toBe(409);
    expect(staleEnd.json().current.version).toBe(2);

    const bad = await prof.post(`${base(a.clientId)}/${r.id}/reviewed`, { version: 2, reviewOn: today() });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('reviewOn');
  });

  it('answers 404 for a refusal of another client', async () => {
    const r = await record(a.clientId, { personName: 'Verkeerde Client', personEmail: null });
    const rep = await loginAs(t, a.representative);
    expect((await rep.post(`${base(a.minorId)}/${r.id}/end`, { version: 1 })).statusCode).toBe(404);
  });
});

describe('the review reminder', () => {
  const refusalMails = async (u: { email: string }) => (await mailTo(t.ctx, u.email)).filter((m) => m.subject.includes('weigering'));

  it('mails the professionals and the regisseur on the date, naming nobody, while the refusal stands unchanged', async () => {
    const r = await record(a.clientId, { personName: 'Herinner Mij', personEmail: null });
    const before = { prof: (await refusalMails(a.professional)).length, colleague: (await refusalMails(colleague)).length, regisseur: (await refusalMails(regisseur)).length };
    // The job is due at 08:00 on the date; move it to now and let the queue run it.
    await t.ctx.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000) }).where('kind', '=', REFUSAL_REVIEW_JOB).where('unique_key', 'like', `%${r.id}%`).execute();
    await t.ctx.jobs.runDue(50);
    await t.ctx.jobs.runDue(50);
    const mails = await refusalMails(a.professional);
    expect(mails).toHaveLength(before.prof + 1);
    expect(await refusalMails(colleague)).toHaveLength(before.colleague + 1);
    expect(await refusalMails(regisseur)).toHaveLength(before.regisseur + 1);
    expect(await refusalMails(a.naaste)).toHaveLength(0);
    expect(await refusalMails(outsider)).toHaveLength(0);
    const text = mails.at(-1)!.text_body;
    expect(text).toContain(`${t.ctx.config.publicUrl}/clienten/${a.clientId}/weigeringen`);
    for (const secret of ['Cor', 'Client', 'Herinner', 'geld']) expect(text).not.toContain(secret);
  });

  it('sends nothing once the refusal ended or its date moved', async () => {
    const payload = (r: { id: string; reviewOn: string; version: number }) => ({ refusalId: r.id, reviewOn: r.reviewOn, version: r.version });
    const ended = await record(a.clientId, { personName: 'Al Ingetrokken', personEmail: null });
    const moved = await record(a.clientId, { personName: 'Later Bespreken', personEmail: null });
    const standing = await record(a.clientId, { personName: 'Staat Nog', personEmail: null });
    const client = await loginAs(t, a.clientUser);
    await client.post(`${base(a.clientId)}/${ended.id}/end`, { version: 1 });
    await client.post(`${base(a.clientId)}/${moved.id}/reviewed`, { version: 1, reviewOn: addDays(moved.reviewOn, 7) });
    expect(await runRefusalReview(t.ctx, payload(ended), a.regionId)).toBe(0);
    expect(await runRefusalReview(t.ctx, payload(moved), a.regionId)).toBe(0);
    expect(await runRefusalReview(t.ctx, payload(standing), a.regionId)).toBe(3);
    expect(await runRefusalReview(t.ctx, payload(standing), b.regionId)).toBe(0);
    await expect(runRefusalReview(t.ctx, { refusalId: 'x' }, a.regionId)).rejects.toThrow();
  });
});

describe('reviews due', () => {
  it('lists standing refusals whose date has come, for the professionals of that circle only', async () => {
    const r = await record(a.clientId, { personName: 'Tijd Voor Gesprek', personEmail: null });
    const ended = await record(a.clientId, { personName: 'Niet Meer Nodig', personEmail: null });
    await t.ctx.db.updateTable('consent_refusals').set({ review_on: addDays(today(), -1) }).where('id', 'in', [r.id, ended.id]).execute();
    await (await loginAs(t, a.clientUser)).post(`${base(a.clientId)}/${ended.id}/end`, { version: 1 });

    const prof = await loginAs(t, a.professional);
    const due = (await prof.get('/api/me/reviews-due')).json();
    expect(due.items).toContainEqual({ kind: 'refusal', id: r.id, clientId: a.clientId, dueOn: addDays(today(), -1), overdue: true });
    expect(due.items.map((i: { id: string }) => i.id)).not.toContain(ended.id);
    expect(JSON.stringify(due)).not.toContain('Tijd Voor Gesprek');

    const other = await loginAs(t, outsider);
    expect((await other.get('/api/me/reviews-due')).json().items.map((i: { id: string }) => i.id)).not.toContain(r.id);
    const naaste = await loginAs(t, a.naaste);
    expect((await naaste.get('/api/me/reviews-due')).statusCode).toBe(403);

    const list = (await prof.get(base(a.clientId))).json();
    expect(list.refusals.find((x: { id: string }) => x.id === r.id).reviewDue).toBe(true);
  });
});
