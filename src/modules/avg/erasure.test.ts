import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../accounts/service.js';
import { attachClientAccount, createClient, linkToClient } from '../clients/service.js';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { member, PASSWORD, regionFixture, type FixtureUser, type RegionFixture } from '../../testing/fixtures.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;

const DAY = 86_400_000;

const as = async (u: FixtureUser) => {
  await t.ctx.db.updateTable('users').set({ totp_last_step: null }).where('id', '=', u.id).execute();
  const c = new TestClient(t.app);
  expect((await c.login(u.email, PASSWORD, u.totpSecret)).statusCode).toBe(200);
  return c;
};

/** Moves the clock of an erasure forward: its date and its queued jobs are now in the past. */
async function fastForward(erasureId: string, executeAfter = true): Promise<void> {
  const past = new Date(Date.now() - 1000);
  if (executeAfter) await t.ctx.db.updateTable('erasure_requests').set({ execute_after: past }).where('id', '=', erasureId).execute();
  await t.ctx.db.updateTable('jobs').set({ run_at: past }).where('kind', '=', 'avg.erasure').where('status', '=', 'queued').execute();
}

const queuedErasureJobs = () => t.ctx.db.selectFrom('jobs').select(['run_at', 'payload']).where('kind', '=', 'avg.erasure').where('status', '=', 'queued').execute();

/** An adult client with an account of their own, for a test that erases them. */
async function ownClient(first: string, last: string): Promise<{ user: FixtureUser; clientId: string }> {
  const email = `${first.toLowerCase()}.${last.toLowerCase()}@wis.test`;
  const { id } = await createUser(t.ctx.db, a.regionId, { displayName: `${first} ${last}`, email, roles: ['client'], organisationId: null, password: PASSWORD });
  const { id: clientId } = await createClient(t.ctx.db, a.regionId, { firstName: first, lastName: last, birthDate: '1975-06-30' });
  await attachClientAccount(t.ctx.db, a.regionId, clientId, id);
  await member(
    t.ctx,
    { regionId: a.regionId, clientId, userId: a.professional.id, relation: 'professional', label: 'begeleider', memberLabel: 'Pim Prof' },
    { userId: id, label: `${first} ${last}`, as: 'client' },
    'professional',
  );
  return { user: { id, email }, clientId };
}

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'wissen');
  b = await regionFixture(t.ctx, 'elders');
});
afterAll(() => t.close());

describe('asking for erasure', () => {
  it('needs an explicit confirmation', async () => {
    const cor = await as(a.clientUser);
    for (const body of [{}, { confirm: false }, { confirm: 'ja' }]) {
      const res = await cor.post(`/api/clients/${a.clientId}/erasure`, body);
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0].field).toBe('confirm');
    }
    expect(await t.ctx.db.selectFrom('erasure_requests').select('id').where('client_id', '=', a.clientId).execute()).toEqual([]);
  });

  it('is for the client and their decider only', async () => {
    for (const u of [a.naaste, a.professional, a.otherProfessional, a.admin]) {
      const c = await as(u);
      expect((await c.post(`/api/clients/${a.clientId}/erasure`, { confirm: true })).statusCode, u.email).toBe(403);
      expect((await c.get(`/api/clients/${a.clientId}/erasure`)).statusCode, u.email).toBe(403);
    }
    const elsewhere = await as(b.clientUser);
    expect((await elsewhere.post(`/api/clients/${a.clientId}/erasure`, { confirm: true })).statusCode).toBe(404);
    expect(await t.ctx.db.selectFrom('erasure_requests').select('id').where('client_id', '=', a.clientId).execute()).toEqual([]);
  });

  it('is not for the representative of a 17-year-old, who decides for themselves', async () => {
    const teen = new Date(Date.now() - 17.5 * 365 * DAY).toISOString().slice(0, 10);
    const { id: teenId } = await createClient(t.ctx.db, a.regionId, { firstName: 'Tess', lastName: 'Tiener', birthDate: teen });
    await linkToClient(t.ctx.db, a.regionId, teenId, a.representative.id, 'vertegenwoordiger', 'moeder');
    const vera = await as(a.representative);
    expect((await vera.post(`/api/clients/${teenId}/erasure`, { confirm: true })).statusCode).toBe(403);
  });
});

describe('the erasure itself', () => {
  it('waits, then erases the client and anonymises their account, keeping the access log', async () => {
    const db = t.ctx.db;
    const { user, clientId } = await ownClient('Ria', 'Rust');
    const prof = await as(a.professional);
    expect((await prof.get(`/api/clients/${clientId}`)).statusCode).toBe(200);
    const invited = await prof.post('/api/invitations', { clientId, email: 'zus.rust@wis.test', displayName: 'Zus Rust', role: 'naaste' });
    expect(invited.statusCode).toBe(201);
    await db.insertInto('correction_requests').values({ region_id: a.regionId, client_id: clientId, requested_by_label: 'Ria Rust', category: 'basis', text: 'Mijn adres klopt niet.' }).execute();

    const ria = await as(user);
    const res = await ria.post(`/api/clients/${clientId}/erasure`, { confirm: true });
    expect(res.statusCode).toBe(201);
    const request = res.json() as { id: string; status: string; executeAfter: string };
    expect(request.status).toBe('pending');
    const wait = new Date(request.executeAfter).getTime() - Date.now();
    expect(wait).toBeGreaterThan(13.9 * DAY);
    expect(wait).toBeLessThanOrEqual(14 * DAY);
    expect((await ria.post(`/api/clients/${clientId}/erasure`, { confirm: true })).statusCode).toBe(422);
    const status = (await ria.get(`/api/clients/${clientId}/erasure`)).json();
    expect(status).toMatchObject({ waitDays: 14, request: { id: request.id, status: 'pending', requestedByLabel: 'Ria Rust' } });
    expect(await db.selectFrom('circle_events').select('kind').where('client_id', '=', clientId).where('kind', '=', 'erasure-requested').execute()).toHaveLength(1);
    const jobs = await queuedErasureJobs();
    expect(jobs).toEqual([{ run_at: new Date(request.executeAfter), payload: { erasureId: request.id } }]);

    // Not due yet: nothing runs. A job that runs early anyway leaves everything as it is.
    await t.ctx.jobs.runDue();
    await fastForward(request.id, false);
    await t.ctx.jobs.runDue();
    expect((await db.selectFrom('erasure_requests').select('status').where('id', '=', request.id).executeTakeFirstOrThrow()).status).toBe('pending');
    expect(await db.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst()).toBeDefined();

    const logBefore = await db.selectFrom('access_log').select('seq').where('client_id', '=', clientId).execute();
    expect(logBefore.length).toBeGreaterThan(0);
    await fastForward(request.id);
    await t.ctx.jobs.runDue();

    const done = await db.selectFrom('erasure_requests').selectAll().where('id', '=', request.id).executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: 'executed', requested_by_label: 'de cliënt' });
    expect(done.executed_at).toBeInstanceOf(Date);
    expect(await db.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst()).toBeUndefined();
    for (const table of ['client_links', 'invitations', 'correction_requests', 'circle_events', 'consent_grants'] as const) {
      expect(await db.selectFrom(table).select('client_id').where('client_id', '=', clientId).execute(), table).toEqual([]);
    }
    const account = await db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(account).toMatchObject({ status: 'disabled', email: `erased-${user.id}@invalid.local`, display_name: 'Gewiste gebruiker', password_hash: null });
    expect(await db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
    expect((await ria.get('/api/clients')).statusCode).toBe(401);

    const logAfter = await db.selectFrom('access_log').selectAll().where('client_id', '=', clientId).orderBy('seq').execute();
    expect(logAfter.length).toBe(logBefore.length + 1);
    expect(logAfter.at(-1)).toMatchObject({ actor_user_id: null, actor_label: 'Samenspel', category: 'basis', action: 'delete', purpose: 'gegevens gewist op verzoek (AVG)' });
    expect((await t.ctx.audit.verify()).ok).toBe(true);

    // Running the job again changes nothing and logs nothing twice.
    await t.ctx.jobs.enqueue('avg.erasure', { erasureId: request.id });
    await t.ctx.jobs.runDue();
    expect(await db.selectFrom('access_log').select('seq').where('client_id', '=', clientId).execute()).toHaveLength(logAfter.length);
  });

  it('waits for a safety exception to be reviewed, and erases a child at the request of their representative', async () => {
    const db = t.ctx.db;
    const exception = await db
      .insertInto('safety_exceptions')
      .values({
        region_id: a.regionId,
        client_id: a.minorId,
        professional_user_id: a.professional.id,
        professional_label: 'Pim Prof (Wijkteam wissen)',
        ground: 'kindveiligheid',
        categories: JSON.stringify(['gevoelig']),
        justification: 'Zorgen over de veiligheid thuis.',
        inform_client: true,
        valid_until: new Date(Date.now() + 7 * DAY),
        review_due_at: new Date(Date.now() + 7 * DAY),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const vera = await as(a.representative);
    const res = await vera.post(`/api/clients/${a.minorId}/erasure`, { confirm: true });
    expect(res.statusCode).toBe(201);
    const id = (res.json() as { id: string }).id;

    await fastForward(id);
    await t.ctx.jobs.runDue();
    const blocked = (await vera.get(`/api/clients/${a.minorId}/erasure`)).json();
    expect(blocked.request).toMatchObject({ id, status: 'blocked', blockedReasons: [{ key: 'unreviewed-safety-exception', nl: expect.stringContaining('controleren') }] });
    expect(await db.selectFrom('clients').select('id').where('id', '=', a.minorId).executeTakeFirst()).toBeDefined();
    const recheck = await queuedErasureJobs();
    expect(recheck).toHaveLength(1);
    expect(recheck[0]!.run_at.getTime() - Date.now()).toBeGreaterThan(6.9 * DAY);

    await db.updateTable('safety_exceptions').set({ reviewed_at: new Date(), reviewed_by_label: 'Olga Ander', review_outcome: 'terecht' }).where('id', '=', exception.id).execute();
    await fastForward(id, false);
    await t.ctx.jobs.runDue();
    const done = await db.selectFrom('erasure_requests').select(['status', 'requested_by_label']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(done).toEqual({ status: 'executed', requested_by_label: 'vertegenwoordiger' });
    expect(await db.selectFrom('clients').select('id').where('id', '=', a.minorId).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('safety_exceptions').select('id').where('client_id', '=', a.minorId).execute()).toEqual([]);
    // Vera's own account is hers, not the child's: it stays as it was.
    expect((await db.selectFrom('users').select('status').where('id', '=', a.representative.id).executeTakeFirstOrThrow()).status).toBe('active');
    expect((await t.ctx.audit.verify()).ok).toBe(true);
  });

  it('can be withdrawn while it waits, and then does nothing', async () => {
    const { user, clientId } = await ownClient('Wim', 'Weer');
    const wim = await as(user);
    const id = ((await wim.post(`/api/clients/${clientId}/erasure`, { confirm: true })).json() as { id: string }).id;

    const prof = await as(a.professional);
    expect((await prof.post(`/api/clients/${clientId}/erasure/${id}/cancel`)).statusCode).toBe(403);

    const cancelled = await wim.post(`/api/clients/${clientId}/erasure/${id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ id, status: 'cancelled' });
    const again = await wim.post(`/api/clients/${clientId}/erasure/${id}/cancel`);
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0].field).toBe('id');
    expect((await wim.post(`/api/clients/${clientId}/erasure/${a.clientId}/cancel`)).statusCode).toBe(404);

    await fastForward(id);
    await t.ctx.jobs.runDue();
    expect((await t.ctx.db.selectFrom('erasure_requests').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('cancelled');
    expect(await t.ctx.db.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst()).toBeDefined();
    const logged = await t.ctx.db.selectFrom('access_log').select(['action', 'purpose']).where('client_id', '=', clientId).where('actor_user_id', '=', user.id).execute();
    expect(logged).toEqual(expect.arrayContaining([{ action: 'delete', purpose: 'verzoek om wissen (AVG)' }, { action: 'update', purpose: 'verzoek om wissen intrekken' }]));

    // Changing one's mind again is possible: a new request starts a new waiting period.
    expect((await wim.post(`/api/clients/${clientId}/erasure`, { confirm: true })).statusCode).toBe(201);
  });
});
