import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../testing/test-app.js';
import { member, PASSWORD, regionFixture, type FixtureUser, type RegionFixture } from '../testing/fixtures.js';
import { CONSENT_STATES, MEMBER_KINDS, PROBES, expectedAllowed, type ActorKind, type ConsentState, type Probe } from '../testing/access-matrix.js';
import { createUser } from '../modules/accounts/service.js';
import type { InformationCategory } from '../platform/audit/schema.js';

/**
 * The authorisation matrix: every probe (a real API route touching one category with one action)
 * run as every kind of actor, and for circle members in every consent state, against the real app.
 * The expected outcome comes from expectedAllowed in src/testing/access-matrix.ts, written apart
 * from platform/access. New modules add probes there; see docs/ARCHITECTURE.md.
 */
let t: TestApp;
let a: RegionFixture;
const clients = new Map<ActorKind, TestClient>();
const users = new Map<ActorKind, FixtureUser>();
let targetLink = '';
let n = 0;

async function login(user: FixtureUser): Promise<TestClient> {
  const c = new TestClient(t.app);
  const res = await c.login(user.email, PASSWORD, user.totpSecret);
  expect(res.statusCode).toBe(200);
  return c;
}

async function linkOf(clientId: string, userId: string): Promise<string> {
  return (await t.ctx.db.selectFrom('client_links').select('id').where('client_id', '=', clientId).where('user_id', '=', userId).executeTakeFirstOrThrow()).id;
}

/** Puts exactly one consent state on one category of the member's link; no other grants. */
async function setState(kind: ActorKind, category: InformationCategory, state: ConsentState): Promise<void> {
  const link = await linkOf(a.clientId, users.get(kind)!.id);
  await t.ctx.db.deleteFrom('consent_grants').where('link_id', '=', link).execute();
  if (state === 'none') return;
  await t.ctx.db
    .insertInto('consent_grants')
    .values({
      link_id: link,
      category,
      region_id: a.regionId,
      client_id: a.clientId,
      level: state === 'expired' ? 'contribute' : state,
      expires_at: state === 'expired' ? new Date(Date.now() - 60_000) : null,
      decision_id: '00000000-0000-4000-8000-00000000a7a7',
    })
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'matrix');
  const elsewhere = await regionFixture(t.ctx, 'matrix-elders');
  const cor = { userId: a.clientUser.id, label: 'Cor Client', as: 'client' as const };
  const repAdult = await createUser(t.ctx.db, a.regionId, { displayName: 'Rob Raad', email: 'rob@matrix.test', roles: ['vertegenwoordiger'], password: PASSWORD });
  await member(t.ctx, { regionId: a.regionId, clientId: a.clientId, userId: repAdult.id, relation: 'vertegenwoordiger', label: 'bewindvoerder', memberLabel: 'Rob Raad' }, cor, 'buitenkring');
  const volunteer = await createUser(t.ctx.db, a.regionId, { displayName: 'Vos Vrijwillig', email: 'vos@matrix.test', roles: ['vrijwilliger'], password: PASSWORD });
  await member(t.ctx, { regionId: a.regionId, clientId: a.clientId, userId: volunteer.id, relation: 'vrijwilliger', label: 'maatje', memberLabel: 'Vos Vrijwillig' }, cor, 'buitenkring');
  const target = await createUser(t.ctx.db, a.regionId, { displayName: 'Tara Target', email: 'tara@matrix.test', roles: ['naaste'], password: PASSWORD });
  targetLink = await member(t.ctx, { regionId: a.regionId, clientId: a.clientId, userId: target.id, relation: 'naaste', label: 'nicht', memberLabel: 'Tara Target' }, cor, 'binnenkring');

  const people: [ActorKind, FixtureUser][] = [
    ['client-self', a.clientUser],
    ['representative-deciding', a.representative],
    ['representative-not-deciding', { id: repAdult.id, email: 'rob@matrix.test' }],
    ['professional-member', a.professional],
    ['naaste-member', a.naaste],
    ['vrijwilliger-member', { id: volunteer.id, email: 'vos@matrix.test' }],
    ['professional-outsider', a.otherProfessional],
    ['beheerder', a.admin],
    ['beleidsadviseur', a.policy],
    ['professional-other-region', elsewhere.professional],
  ];
  for (const [kind, user] of people) {
    users.set(kind, user);
    clients.set(kind, await login(user));
  }
});
afterAll(() => t.close());

async function run(kind: ActorKind, probe: Probe): Promise<number> {
  // The representative who decides does so for the minor; everyone else acts on the adult client.
  const clientId = kind === 'representative-deciding' ? a.minorId : a.clientId;
  const otherLinkId = kind === 'representative-deciding' ? await linkOf(a.minorId, a.professional.id) : targetLink;
  const other = await t.ctx.db.selectFrom('client_links').select('version').where('id', '=', otherLinkId).executeTakeFirstOrThrow();
  // Probes of routes on an existing item first make one, as someone who may do everything for this client.
  const decider = clients.get(kind === 'representative-deciding' ? 'representative-deciding' : 'client-self')!;
  const prepared = probe.setup ? await probe.setup((method, url, body) => decider.request(method, url, body).then((r) => ({ status: r.statusCode, body: r.json() as unknown })), clientId, `${++n}`) : {};
  const req = probe.request({ clientId, otherLinkId, otherVersion: other.version, unique: `${++n}`, prepared });
  const res = await clients.get(kind)!.request(req.method, req.url, req.body);
  return res.statusCode;
}

describe('authorisation matrix over the real API', () => {
  let cells = 0;
  const kinds = (): ActorKind[] => [...users.keys()];

  it.each(PROBES.map((p) => [`${p.name} (${p.category}/${p.action})`, p] as const))('%s: allows and denies exactly as the consent rules say', async (_name, probe) => {
    const mismatches: string[] = [];
    for (const kind of kinds()) {
      const states: (ConsentState | null)[] = MEMBER_KINDS.includes(kind) ? [...CONSENT_STATES] : [null];
      for (const state of states) {
        if (state !== null) await setState(kind, probe.category, state);
        const actorId = users.get(kind)!.id;
        const before = await t.ctx.db.selectFrom('access_log').select('seq').where('actor_user_id', '=', actorId).execute();
        const status = await run(kind, probe);
        const want = expectedAllowed(kind, state, probe);
        const got = probe.ok.includes(status);
        cells += 1;
        const cell = `${probe.name} (${probe.category}/${probe.action}) as ${kind}${state ? ` with ${state}` : ''}`;
        if (got !== want) mismatches.push(`${cell}: expected ${want ? 'allowed' : 'denied'}, got ${status}`);
        if (!got) {
          const deniedWith = kind === 'professional-other-region' ? [404] : [403];
          if (!deniedWith.includes(status)) mismatches.push(`${cell}: denied with ${status}, expected ${deniedWith.join('/')}`);
          // A write platform/access allowed but the route then refused stays in the log as an attempt.
          const attempt = probe.alsoRequires !== undefined && expectedAllowed(kind, state, { ...probe, alsoRequires: undefined });
          const after = await t.ctx.db.selectFrom('access_log').select('seq').where('actor_user_id', '=', actorId).execute();
          if (!attempt && after.length !== before.length) mismatches.push(`${cell}: a denied request wrote the access log`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('ran every cell of every probe', () => {
    const memberKinds = kinds().filter((k) => MEMBER_KINDS.includes(k)).length;
    expect(cells).toBe(PROBES.length * (memberKinds * CONSENT_STATES.length + (kinds().length - memberKinds)));
  });
});
