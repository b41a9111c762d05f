import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withClientAccess, type Actor } from '../../platform/access/index.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { PROFESSIONAL_GRANTS, actorFor, loginAs, mailTo, membership, organisation, person, type StaffUser } from '../../testing/safety-fixtures.js';
import { SAFETY_REVIEW_JOB, runSafetyReview } from './safety.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let colleague: StaffUser;
let lead: StaffUser;
let otherLead: StaffUser;
let notInCircle: StaffUser;
let author: Actor;

const base = (clientId: string) => `/api/clients/${clientId}/safety-exceptions`;
const JUSTIFICATION = 'De school meldt blauwe plekken; ik moet nu de gevoelige notities lezen om de veiligheid in te schatten.';

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'veilig');
  b = await regionFixture(t.ctx, 'ander');
  const otherOrg = await organisation(t.ctx, a.regionId, 'Jeugdzorg Anders');
  colleague = await person(t.ctx, a.regionId, 'Sara Collega', ['professional'], otherOrg);
  lead = await person(t.ctx, a.regionId, 'Tom Teamleider', ['teamleider'], a.organisationId);
  otherLead = await person(t.ctx, a.regionId, 'Lot Leider', ['teamleider'], otherOrg);
  notInCircle = await person(t.ctx, a.regionId, 'Otto Buiten', ['professional'], a.organisationId);
  for (const clientId of [a.clientId, a.minorId]) {
    await membership(t.ctx, a.regionId, clientId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
    await membership(t.ctx, a.regionId, clientId, colleague.id, 'professional', PROFESSIONAL_GRANTS);
  }
  await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read' });
  await membership(t.ctx, a.regionId, a.minorId, a.representative.id, 'vertegenwoordiger', {});
  author = await actorFor(t.ctx, a.professional.id);
});
afterAll(() => t.close());
beforeEach(() => t.ctx.db.updateTable('users').set({ totp_last_step: null }).execute());

const input = (over: Record<string, unknown> = {}) => ({
  ground: 'kindveiligheid',
  categories: ['gevoelig', 'rapportage'],
  justification: JUSTIFICATION,
  informClient: true,
  ...over,
});

interface View {
  id: string;
  version: number;
  validUntil: string;
  reviewDueAt: string;
  createdAt: string;
  [k: string]: unknown;
}

async function create(clientId = a.clientId, over: Record<string, unknown> = {}): Promise<View> {
  const c = await loginAs(t, a.professional);
  const res = await c.post(base(clientId), input(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as View;
}

const readSensitive = (actor: Actor, clientId = a.clientId, action: 'read' | 'share' | 'update' = 'read') =>
  withClientAccess(t.ctx, actor, { clientId, category: 'gevoelig', action, purpose: 'veiligheid inschatten', requestId: `req-${action}-${Date.now()}` }, async (_db, scope) => scope);

describe('writing a safety exception', () => {
  it('lets a professional read and share a category without consent, flagged in the access log', async () => {
    await expect(readSensitive(author)).rejects.toMatchObject({ status: 403 });
    const e = await create(a.clientId, { categories: ['gevoelig'] });
    const hours = (Date.parse(e.validUntil) - Date.parse(e.createdAt)) / 3_600_000;
    const days = (Date.parse(e.reviewDueAt) - Date.parse(e.createdAt)) / 86_400_000;
    expect(hours).toBe(72);
    expect(days).toBe(7);
    expect(e).toMatchObject({ ground: 'kindveiligheid', categories: ['gevoelig'], active: true, mine: true, canEnd: true, canReview: false, reviewedAt: null, version: 1 });

    const scope = await readSensitive(author);
    expect(scope.exceptionId).toBe(e.id);
    expect((await readSensitive(author, a.clientId, 'share')).exceptionId).toBe(e.id);
    // Changing the data is never part of an exception.
    await expect(readSensitive(author, a.clientId, 'update')).rejects.toMatchObject({ status: 403 });
    // Only this client, only this professional.
    await expect(readSensitive(author, a.minorId)).rejects.toMatchObject({ status: 403 });
    await expect(readSensitive(await actorFor(t.ctx, colleague.id))).rejects.toMatchObject({ status: 403 });

    const flagged = await t.ctx.db.selectFrom('access_log').selectAll().where('exception_id', '=', e.id).execute();
    // Writing the exception is part of it too, so the client's view hides that line until told.
    expect(flagged.map((r) => [r.category, r.action, r.actor_user_id])).toEqual([
      ['gevoelig', 'create', a.professional.id],
      ['gevoelig', 'read', a.professional.id],
      ['gevoelig', 'share', a.professional.id],
    ]);
    expect((await t.ctx.audit.verify({ regionId: a.regionId })).ok).toBe(true);

    const row = await t.ctx.db.selectFrom('safety_exceptions').selectAll().where('id', '=', e.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ organisation_id: a.organisationId, professional_label: 'Pim Prof (Wijkteam veilig)', inform_client: true, no_inform_reason: null });
    const event = await t.ctx.db.selectFrom('circle_events').selectAll().where('kind', '=', 'safety-exception').where('client_id', '=', a.clientId).executeTakeFirstOrThrow();
    expect(event.details).toEqual({ exceptionId: e.id, categories: ['gevoelig'], visibleToClient: false });
    const creation = await t.ctx.db.selectFrom('access_log').selectAll().where('purpose', '=', 'veiligheidsuitzondering vastgelegd').where('client_id', '=', a.clientId).execute();
    expect(creation.map((r) => [r.category, r.action])).toContainEqual(['gevoelig', 'create']);
  });

  it('stops working when it expires or its author ends it', async () => {
    const e = await create(a.clientId, { categories: ['gevoelig'] });
    expect((await readSensitive(author)).exceptionId).not.toBeNull();
    await t.ctx.db.updateTable('safety_exceptions').set({ valid_until: new Date(Date.now() - 1000) }).where('client_id', '=', a.clientId).execute();
    await expect(readSensitive(author)).rejects.toMatchObject({ status: 403 });

    const fresh = await create(a.clientId, { categories: ['gevoelig'] });
    expect((await readSensitive(author)).exceptionId).toBe(fresh.id);
    const other = await loginAs(t, colleague);
    expect((await other.post(`${base(a.clientId)}/${fresh.id}/end`)).statusCode).toBe(403);
    const c = await loginAs(t, a.professional);
    const ended = await c.post(`${base(a.clientId)}/${fresh.id}/end`);
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ active: false, canEnd: false });
    await expect(readSensitive(author)).rejects.toMatchObject({ status: 403 });
    expect((await c.post(`${base(a.clientId)}/${fresh.id}/end`)).statusCode).toBe(200);
    expect(e.id).not.toBe(fresh.id);
  });

  it('answers a short justification or a missing reason not to inform with 422 naming the field, and saves nothing', async () => {
    const c = await loginAs(t, a.professional);
    const count = async () => (await t.ctx.db.selectFrom('safety_exceptions').select('id').execute()).length;
    const before = await count();
    const short = await c.post(base(a.clientId), input({ justification: 'Zorgen om veiligheid.' }));
    expect(short.statusCode).toBe(422);
    expect(short.json().errors).toEqual([expect.objectContaining({ field: 'justification', nl: expect.stringContaining('40') })]);
    const noReason = await c.post(base(a.clientId), input({ informClient: false }));
    expect(noReason.json().errors.map((e: { field: string }) => e.field)).toEqual(['noInformReason']);
    const shortReason = await c.post(base(a.clientId), input({ informClient: false, noInformReason: 'gevaar', justification: 'kort' }));
    expect(shortReason.json().errors.map((e: { field: string }) => e.field)).toEqual(['justification', 'noInformReason']);
    const noCategory = await c.post(base(a.clientId), input({ categories: [] }));
    expect(noCategory.statusCode).toBe(422);
    expect(noCategory.json().errors[0].field).toBe('categories');
    const badGround = await c.post(base(a.clientId), input({ ground: 'nieuwsgierig' }));
    expect(badGround.json().errors[0].field).toBe('ground');
    expect(await count()).toBe(before);
  });

  it('is for professionals of the circle only; others are refused without an access-log entry', async () => {
    for (const u of [a.naaste, a.clientUser, notInCircle, a.admin]) {
      const c = await loginAs(t, u);
      expect((await c.post(base(a.clientId), input())).statusCode, u.email).toBe(403);
      expect((await c.get(base(a.clientId))).statusCode, u.email).toBe(403);
      const logged = await t.ctx.db.selectFrom('access_log').select('seq').where('actor_user_id', '=', u.id).where('purpose', 'like', 'veiligheid%').execute();
      expect(logged, u.email).toEqual([]);
    }
    const elsewhere = await loginAs(t, b.professional);
    expect((await elsewhere.post(base(a.clientId), input())).statusCode).toBe(404);
  });

  it('asks the colleague and the author\'s team lead to review, in a mail without client data', async () => {
    const before = (await mailTo(t.ctx, colleague.email)).length;
    const leadBefore = (await mailTo(t.ctx, lead.email)).length;
    await create(a.clientId, { informClient: false, noInformReason: 'Moeder zou de melder kunnen bedreigen.' });
    const mails = await mailTo(t.ctx, colleague.email);
    expect(mails).toHaveLength(before + 1);
    expect(await mailTo(t.ctx, lead.email)).toHaveLength(leadBefore + 1);
    expect(await mailTo(t.ctx, otherLead.email)).toHaveLength(0);
    expect((await mailTo(t.ctx, a.professional.email)).filter((m) => m.subject.includes('veiligheid'))).toHaveLength(0);
    expect(await mailTo(t.ctx, a.clientUser.email)).toHaveLength(0);
    const text = mails.at(-1)!.text_body;
    expect(text).toContain(`${t.ctx.config.publicUrl}/veiligheid/beoordelen`);
    for (const secret of ['Cor', 'Client', 'blauwe', 'Moeder', 'Pim']) expect(text).not.toContain(secret);
  });

  it('plans a reminder two days before the review is due and another when it is overdue', async () => {
    const e = await create();
    const jobs = await t.ctx.db.selectFrom('jobs').select(['payload', 'run_at', 'unique_key', 'region_id']).where('kind', '=', SAFETY_REVIEW_JOB).where('unique_key', 'like', `%${e.id}%`).orderBy('run_at').execute();
    expect(jobs.map((j) => (j.payload as { stage: string }).stage)).toEqual(['reminder', 'overdue']);
    expect(jobs[0]!.run_at.getTime()).toBe(Date.parse(e.reviewDueAt) - 2 * 86_400_000);
    expect(jobs[1]!.run_at.getTime()).toBe(Date.parse(e.reviewDueAt));
    expect(jobs.every((j) => j.region_id === a.regionId)).toBe(true);
  });
});

describe('reviewing', () => {
  it('lists what to review without client names, for a colleague of the circle and the author\'s team lead only', async () => {
    const e = await create();
    const item = { id: e.id, clientId: a.clientId, professionalLabel: 'Pim Prof (Wijkteam veilig)', ground: 'kindveiligheid', createdAt: e.createdAt, reviewDueAt: e.reviewDueAt, overdue: false };
    for (const u of [colleague, lead]) {
      const res = await (await loginAs(t, u)).get('/api/safety-exceptions/to-review');
      expect(res.json().items, u.email).toContainEqual(item);
      for (const secret of ['Cor', 'Client', 'blauwe']) expect(res.body).not.toContain(secret);
    }
    for (const u of [a.professional, otherLead, notInCircle, a.clientUser, b.professional]) {
      const res = await (await loginAs(t, u)).get('/api/safety-exceptions/to-review');
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((i: { id: string }) => i.id), u.email).not.toContain(e.id);
    }
    const due = (await (await loginAs(t, colleague)).get('/api/me/reviews-due')).json();
    expect(due.items).toContainEqual({ kind: 'safety-exception', id: e.id, clientId: a.clientId, dueOn: e.reviewDueAt, overdue: false });
  });

  it('never lets the author review or open it as a reviewer; another organisation\'s team lead neither', async () => {
    const e = await create();
    const url = `${base(a.clientId)}/${e.id}`;
    for (const u of [a.professional, otherLead, notInCircle, a.naaste]) {
      const c = await loginAs(t, u);
      expect((await c.get(url)).statusCode, u.email).toBe(403);
      expect((await c.post(`${url}/review`, { outcome: 'terecht', note: 'Dat was nodig, goed gedaan.', version: 1 })).statusCode, u.email).toBe(403);
    }
    expect((await (await loginAs(t, b.professional)).get(url)).statusCode).toBe(404);
    const row = await t.ctx.db.selectFrom('safety_exceptions').select(['reviewed_at', 'version']).where('id', '=', e.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ reviewed_at: null, version: 1 });
  });

  it('lets a team lead of the author\'s organisation review it, and tells the client afterwards', async () => {
    const e = await create();
    const c = await loginAs(t, lead);
    const url = `${base(a.clientId)}/${e.id}`;
    const seen = await c.get(url);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ id: e.id, justification: JUSTIFICATION, canReview: true, mine: false });
    expect(await t.ctx.db.selectFrom('access_log').select(['category', 'action']).where('actor_user_id', '=', lead.id).where('client_id', '=', a.clientId).execute()).toContainEqual({
      category: 'gevoelig',
      action: 'read',
    });

    const short = await c.post(`${url}/review`, { outcome: 'terecht', note: 'prima', version: 1 });
    expect(short.statusCode).toBe(422);
    expect(short.json().errors[0].field).toBe('note');
    expect((await c.post(`${url}/review`, { outcome: 'misschien', note: 'Dat was nodig, goed gedaan.', version: 1 })).json().errors[0].field).toBe('outcome');

    const clientMails = (await mailTo(t.ctx, a.clientUser.email)).length;
    const res = await c.post(`${url}/review`, { outcome: 'terecht', note: 'Dat was nodig, goed gedaan.', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ reviewOutcome: 'terecht', reviewedByLabel: 'Tom Teamleider (Wijkteam veilig)', clientInformedAt: expect.any(String), version: 2, canReview: false });

    const events = await t.ctx.db.selectFrom('circle_events').select(['kind', 'details']).where('client_id', '=', a.clientId).where('kind', 'in', ['safety-reviewed', 'client-informed']).execute();
    const mine = events.filter((x) => (x.details as { exceptionId?: string }).exceptionId === e.id);
    expect(mine).toContainEqual({ kind: 'safety-reviewed', details: { exceptionId: e.id, outcome: 'terecht', visibleToClient: false } });
    expect(mine).toContainEqual({ kind: 'client-informed', details: { exceptionId: e.id, categories: ['gevoelig', 'rapportage'], informed: true, visibleToClient: true } });
    const mails = await mailTo(t.ctx, a.clientUser.email);
    expect(mails).toHaveLength(clientMails + 1);
    expect(mails.at(-1)!.text_body).toContain(`${t.ctx.config.publicUrl}/wie-bekeek-mijn-gegevens`);
    for (const secret of ['blauwe', 'Pim', 'Tom', 'goed gedaan']) expect(mails.at(-1)!.text_body).not.toContain(secret);

    const again = await c.post(`${url}/review`, { outcome: 'onterecht', note: 'Toch niet goed gedaan.', version: 2 });
    expect(again.statusCode).toBe(422);
    expect(again.json().code).toBe('already-reviewed');
    const stale = await (await loginAs(t, colleague)).post(`${url}/review`, { outcome: 'onterecht', note: 'Toch niet goed gedaan.', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: e.id, version: 2, reviewOutcome: 'terecht' });
  });

  it('informs the representative of a child, and nobody when the author recorded why not', async () => {
    const told = await create(a.minorId);
    const colleagueClient = await loginAs(t, colleague);
    const repMails = (await mailTo(t.ctx, a.representative.email)).length;
    expect((await colleagueClient.post(`${base(a.minorId)}/${told.id}/review`, { outcome: 'onterecht', note: 'Hier was geen aanleiding voor.', version: 1 })).statusCode).toBe(200);
    expect(await mailTo(t.ctx, a.representative.email)).toHaveLength(repMails + 1);
    expect((await mailTo(t.ctx, a.representative.email)).at(-1)!.text_body).toContain('iemand die jij vertegenwoordigt');

    const secret = await create(a.minorId, { informClient: false, noInformReason: 'Vader is zelf de bron van het gevaar.' });
    const before = (await mailTo(t.ctx, a.representative.email)).length;
    const res = await colleagueClient.post(`${base(a.minorId)}/${secret.id}/review`, { outcome: 'terecht', note: 'Terecht, en niet vertellen klopt.', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ clientInformedAt: null, informClient: false, noInformReason: 'Vader is zelf de bron van het gevaar.' });
    expect(await mailTo(t.ctx, a.representative.email)).toHaveLength(before);
    const event = await t.ctx.db.selectFrom('circle_events').select('details').where('kind', '=', 'client-informed').where('client_id', '=', a.minorId).execute();
    expect(event.map((x) => x.details)).toContainEqual({ exceptionId: secret.id, informed: false, visibleToClient: false });
  });
});

describe('the circle\'s list and the reminders', () => {
  it('shows the circle\'s professionals its exceptions, the author\'s marked as theirs', async () => {
    const e = await create();
    const mine = (await (await loginAs(t, a.professional)).get(base(a.clientId))).json();
    expect(mine.exceptions.find((x: { id: string }) => x.id === e.id)).toMatchObject({ mine: true, canEnd: true, canReview: false, justification: JUSTIFICATION });
    const theirs = (await (await loginAs(t, colleague)).get(base(a.clientId))).json();
    expect(theirs.exceptions.find((x: { id: string }) => x.id === e.id)).toMatchObject({ mine: false, canEnd: false, canReview: true });
  });

  it('reminds while unreviewed: the colleague first, everyone with the team leads when overdue, nobody after the review', async () => {
    const e = await create();
    const count = async (u: { email: string }) => (await mailTo(t.ctx, u.email)).length;
    const before = { colleague: await count(colleague), lead: await count(lead), other: await count(otherLead) };
    expect(await runSafetyReview(t.ctx, { exceptionId: e.id, stage: 'reminder' }, a.regionId)).toBe(1);
    expect(await count(colleague)).toBe(before.colleague + 1);
    expect(await count(lead)).toBe(before.lead);

    // Through the queue, as it runs when the review is overdue.
    await t.ctx.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000) }).where('kind', '=', SAFETY_REVIEW_JOB).where('unique_key', '=', `consent-safety-review:${e.id}:overdue`).execute();
    await t.ctx.jobs.runDue(50);
    await t.ctx.jobs.runDue(50);
    expect(await count(colleague)).toBe(before.colleague + 2);
    expect(await count(lead)).toBe(before.lead + 1);
    expect(await count(otherLead)).toBe(before.other);
    expect((await mailTo(t.ctx, lead.email)).at(-1)!.subject).toContain('te laat');

    await (await loginAs(t, colleague)).post(`${base(a.clientId)}/${e.id}/review`, { outcome: 'terecht', note: 'Dat was nodig, goed gedaan.', version: 1 });
    expect(await runSafetyReview(t.ctx, { exceptionId: e.id, stage: 'overdue' }, a.regionId)).toBe(0);
  });
});
