import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withClientAccess, type Actor } from '../../platform/access/index.js';
import type { InformationCategory } from '../../platform/audit/schema.js';
import { listClientAccess, listClientAccessActors } from '../../platform/audit/client-access-list.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { PROFESSIONAL_GRANTS, actorFor, loginAs, membership, person, type StaffUser } from '../../testing/safety-fixtures.js';

/**
 * The access log with safety exceptions: the client (or their deciding representative) sees access
 * under an exception only once told, flagged; the circle's professionals see everything.
 */

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let sara: StaffUser;
let reviewer: StaffUser;
let notInCircle: StaffUser;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'logboek');
  b = await regionFixture(t.ctx, 'verweg');
  sara = await person(t.ctx, a.regionId, 'Sara Spoed', ['professional'], a.organisationId);
  reviewer = await person(t.ctx, a.regionId, 'Ruud Review', ['professional'], a.organisationId);
  notInCircle = await person(t.ctx, a.regionId, 'Otto Buiten', ['professional'], a.organisationId);
  for (const u of [a.professional.id, sara.id, reviewer.id]) {
    await membership(t.ctx, a.regionId, a.clientId, u, 'professional', PROFESSIONAL_GRANTS);
    await membership(t.ctx, a.regionId, a.minorId, u, 'professional', PROFESSIONAL_GRANTS);
  }
  await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read' });
  await membership(t.ctx, a.regionId, a.minorId, a.representative.id, 'vertegenwoordiger', {});
});
afterAll(() => t.close());
beforeEach(() => t.ctx.db.updateTable('users').set({ totp_last_step: null }).execute());

/** An exception written straight into the table, so its author has no other entry in the log. */
async function exceptionFor(author: StaffUser, clientId: string, informClient: boolean, categories: InformationCategory[] = ['gevoelig']) {
  const row = await t.ctx.db
    .insertInto('safety_exceptions')
    .values({
      region_id: a.regionId,
      client_id: clientId,
      professional_user_id: author.id,
      professional_label: `${author.name} (Wijkteam logboek)`,
      organisation_id: a.organisationId,
      ground: 'kindveiligheid',
      categories: JSON.stringify(categories),
      justification: 'Melding van school over onveilige thuissituatie, direct inschatten nodig.',
      inform_client: informClient,
      no_inform_reason: informClient ? null : 'Vertellen brengt de melder in gevaar.',
      valid_until: new Date(Date.now() + 3_600_000),
      review_due_at: new Date(Date.now() + 7 * 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const read = (actor: Actor, clientId: string, category: InformationCategory, purpose: string) =>
  withClientAccess(t.ctx, actor, { clientId, category, action: 'read', purpose, requestId: null }, async (_db, scope) => scope.exceptionId);

async function review(clientId: string, id: string) {
  const c = await loginAs(t, reviewer);
  const res = await c.post(`/api/clients/${clientId}/safety-exceptions/${id}/review`, { outcome: 'terecht', note: 'Dit was nodig en goed onderbouwd.', version: 1 });
  expect(res.statusCode, res.body).toBe(200);
}

interface Entry {
  actorUserId: string;
  purpose: string;
  category: string;
  exception: { ground: string; informedAt: string | null; id?: string; informClient?: boolean } | null;
}

describe('the client\'s view', () => {
  it('hides access under an exception until the client is told, then shows it flagged', async () => {
    const id = await exceptionFor(sara, a.clientId, true);
    const asSara = await actorFor(t.ctx, sara.id);
    expect(await read(asSara, a.clientId, 'gevoelig', 'spoedinschatting')).toBe(id);
    await read(await actorFor(t.ctx, a.professional.id), a.clientId, 'plan', 'plan bijwerken');

    const client = await loginAs(t, a.clientUser);
    const before = (await client.get('/api/me/access-log')).json();
    expect(before.entries.map((e: Entry) => e.purpose)).toContain('plan bijwerken');
    expect(before.entries.map((e: Entry) => e.purpose)).not.toContain('spoedinschatting');
    expect(before.entries.every((e: Entry) => e.exception === null)).toBe(true);
    // Nor is the person named in the filter while all they did is hidden.
    expect(before.actors.map((x: { id: string }) => x.id)).not.toContain(sara.id);
    expect((await client.get(`/api/me/access-log?actor=${sara.id}`)).json().entries).toEqual([]);

    await review(a.clientId, id);
    const after = (await client.get('/api/me/access-log')).json();
    const flagged = after.entries.find((e: Entry) => e.purpose === 'spoedinschatting');
    expect(flagged).toMatchObject({ actorUserId: sara.id, category: 'gevoelig', action: 'read', exception: { ground: 'kindveiligheid', informedAt: expect.any(String) } });
    expect(Object.keys(flagged.exception).sort()).toEqual(['ground', 'informedAt']);
    expect(after.entries.find((e: Entry) => e.purpose === 'plan bijwerken').exception).toBeNull();
    expect(after.actors.map((x: { id: string }) => x.id)).toContain(sara.id);

    // The filters keep working with flagged entries among the rest.
    const bySara = (await client.get(`/api/me/access-log?actor=${sara.id}`)).json();
    expect(bySara.entries.length).toBeGreaterThan(0);
    expect(bySara.entries.every((e: Entry) => e.actorUserId === sara.id)).toBe(true);
    const sensitive = (await client.get('/api/me/access-log?category=gevoelig')).json();
    expect(sensitive.entries.length).toBeGreaterThan(0);
    expect(sensitive.entries.every((e: Entry) => e.category === 'gevoelig')).toBe(true);
    const plan = (await client.get('/api/me/access-log?category=plan')).json();
    expect(plan.entries.every((e: Entry) => e.exception === null)).toBe(true);
  });

  it('never shows access under an exception whose author recorded why the client must not be told', async () => {
    const id = await exceptionFor(sara, a.minorId, false);
    await read(await actorFor(t.ctx, sara.id), a.minorId, 'gevoelig', 'geheime inschatting');
    await review(a.minorId, id);
    const rep = await loginAs(t, a.representative);
    const log = (await rep.get(`/api/me/access-log?clientId=${a.minorId}`)).json();
    expect(log.entries.map((e: Entry) => e.purpose)).not.toContain('geheime inschatting');
    expect((await rep.get(`/api/me/access-log?clientId=${a.minorId}&actor=${sara.id}`)).json().entries).toEqual([]);
  });

  it('hides the safety flow\'s own lines too (written, reviewed, ended) when the client must not be told', async () => {
    const author = await loginAs(t, sara);
    const created = await author.post(`/api/clients/${a.minorId}/safety-exceptions`, {
      ground: 'kindveiligheid',
      categories: ['gevoelig'],
      justification: 'Signaal van de huisarts over letsel; nu inschatten of het kind veilig is.',
      informClient: false,
      noInformReason: 'De vertegenwoordiger is mogelijk zelf het gevaar voor het kind.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const rev = await loginAs(t, reviewer);
    expect((await rev.get(`/api/clients/${a.minorId}/safety-exceptions/${id}`)).statusCode).toBe(200);
    expect((await rev.post(`/api/clients/${a.minorId}/safety-exceptions/${id}/review`, { outcome: 'terecht', note: 'Nodig, goed onderbouwd.', version: 1 })).statusCode).toBe(200);
    expect((await author.post(`/api/clients/${a.minorId}/safety-exceptions/${id}/end`)).statusCode).toBe(200);

    const flow = ['veiligheidsuitzondering vastgelegd', 'veiligheidsuitzondering beoordelen', 'veiligheidsuitzondering beoordeeld', 'veiligheidsuitzondering beëindigd'];
    const rows = await t.ctx.db.selectFrom('access_log').select(['purpose', 'exception_id']).where('client_id', '=', a.minorId).where('purpose', 'in', flow).execute();
    // Every step of this exception's flow carries its id (earlier tests' exceptions have their own lines).
    expect(new Set(rows.filter((r) => r.exception_id === id).map((r) => r.purpose))).toEqual(new Set(flow));
    expect(rows.filter((r) => r.exception_id === null)).toEqual([]);
    const rep = await loginAs(t, a.representative);
    const seen = (await rep.get(`/api/me/access-log?clientId=${a.minorId}`)).json().entries.map((e: Entry) => e.purpose);
    for (const p of flow) expect(seen).not.toContain(p);
    expect((await t.ctx.audit.verify({ regionId: a.regionId })).ok).toBe(true);
  });

  it('is for the client and representatives who decide: not for a representative of an adult who decides themselves', async () => {
    await membership(t.ctx, a.regionId, a.clientId, a.representative.id, 'vertegenwoordiger', { basis: 'read' });
    const rep = await loginAs(t, a.representative);
    const res = (await rep.get('/api/me/access-log')).json();
    expect(res.clients.map((c: { id: string }) => c.id)).toEqual([a.minorId]);
    expect((await rep.get(`/api/me/access-log?clientId=${a.clientId}`)).statusCode).toBe(404);
  });
});

describe('the professionals\' audit view', () => {
  const url = (clientId: string, q = '') => `/api/clients/${clientId}/access-log${q}`;

  it('shows every entry, flagged ones with their exception and whether the client was told', async () => {
    const id = await exceptionFor(sara, a.clientId, false, ['rapportage']);
    const asSara = await actorFor(t.ctx, sara.id);
    await t.ctx.db.deleteFrom('consent_grants').where('client_id', '=', a.clientId).where('category', '=', 'rapportage').where('link_id', 'in', t.ctx.db.selectFrom('client_links').select('id').where('user_id', '=', sara.id)).execute();
    expect(await read(asSara, a.clientId, 'rapportage', 'verslag lezen zonder toestemming')).toBe(id);

    const prof = await loginAs(t, a.professional);
    const res = await prof.get(url(a.clientId));
    expect(res.statusCode).toBe(200);
    const entries = res.json().entries as Entry[];
    expect(entries.find((e) => e.purpose === 'verslag lezen zonder toestemming')).toMatchObject({
      actorUserId: sara.id,
      exception: { id, ground: 'kindveiligheid', informedAt: null, informClient: false },
    });
    expect(entries.some((e) => e.exception === null)).toBe(true);
    expect(res.json().actors.map((x: { id: string }) => x.id)).toContain(sara.id);

    const bySara = (await prof.get(url(a.clientId, `?actor=${sara.id}&category=rapportage`))).json().entries as Entry[];
    expect(bySara.length).toBeGreaterThan(0);
    expect(bySara.every((e) => e.actorUserId === sara.id && e.category === 'rapportage')).toBe(true);
    expect((await prof.get(url(a.clientId, '?limit=1'))).json().entries).toHaveLength(1);

    // Looking at the log is itself in the log.
    const logged = await t.ctx.db.selectFrom('access_log').select(['category', 'action']).where('actor_user_id', '=', a.professional.id).where('purpose', '=', 'toegangslog controleren').execute();
    expect(logged).toContainEqual({ category: 'basis', action: 'read' });
  });

  it('is for the circle\'s professionals only', async () => {
    for (const u of [a.clientUser, a.naaste, notInCircle, a.admin]) {
      const c = await loginAs(t, u);
      expect((await c.get(url(a.clientId))).statusCode, u.email).toBe(403);
      const logged = await t.ctx.db.selectFrom('access_log').select('seq').where('actor_user_id', '=', u.id).where('purpose', '=', 'toegangslog controleren').execute();
      expect(logged).toEqual([]);
    }
    expect((await (await loginAs(t, b.professional)).get(url(a.clientId))).statusCode).toBe(404);
    expect((await (await loginAs(t, a.professional)).get(url('niet-een-id'))).statusCode).toBe(422);
  });
});

describe('listClientAccess', () => {
  it('hides uninformed exception entries unless asked for all', async () => {
    const id = await exceptionFor(sara, a.clientId, true, ['documenten']);
    await t.ctx.db.deleteFrom('consent_grants').where('category', '=', 'documenten').where('client_id', '=', a.clientId).execute();
    await read(await actorFor(t.ctx, sara.id), a.clientId, 'documenten', 'document ingezien');
    const o = { regionId: a.regionId, clientId: a.clientId, category: 'documenten' as const, limit: 50 };
    expect((await listClientAccess(t.ctx.db, o)).map((e) => e.purpose)).not.toContain('document ingezien');
    const all = await listClientAccess(t.ctx.db, { ...o, exceptions: 'all' });
    expect(all.find((e) => e.purpose === 'document ingezien')?.exception).toMatchObject({ id, ground: 'kindveiligheid', informedAt: null, informClient: true });
    expect(await listClientAccessActors(t.ctx.db, { regionId: a.regionId, clientId: a.clientId, exceptions: 'all' })).toContainEqual({ id: sara.id, label: 'Sara Spoed (Wijkteam logboek)' });
  });
});
