import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, type FixtureUser } from '../../testing/fixtures.js';
import { caseWorld, type CaseWorld } from './case-test-fixtures.js';

/**
 * Registering a case about a Samenspel client needs `basis` read of that client under the circle's
 * consent. The shared authorisation matrix cannot hold this route (only professionals with a seat in
 * a network may call it, so the client's own "always allowed" row does not apply); this runs the
 * same actor kinds and consent states here, every professional seated in the network, against an
 * expectation written apart from platform/access.
 */
type Kind = 'professional-member' | 'professional-outsider' | 'naaste-member' | 'client-self' | 'professional-other-region';
const STATES = ['none', 'read', 'contribute', 'expired'] as const;
type State = (typeof STATES)[number];

/** Only a professional of the client's circle with live read (or contribute) consent on basis. */
const expected = (kind: Kind, state: State | null): boolean => kind === 'professional-member' && (state === 'read' || state === 'contribute');

let t: TestApp;
let w: CaseWorld;
const clients = new Map<Kind, TestClient>();
const users = new Map<Kind, FixtureUser>();

async function login(u: FixtureUser): Promise<TestClient> {
  const c = new TestClient(t.app);
  expect((await c.login(u.email, PASSWORD, u.totpSecret)).statusCode).toBe(200);
  return c;
}

async function setBasis(userId: string, state: State): Promise<void> {
  const link = await t.ctx.db.selectFrom('client_links').select('id').where('client_id', '=', w.fx.clientId).where('user_id', '=', userId).executeTakeFirstOrThrow();
  await t.ctx.db.deleteFrom('consent_grants').where('link_id', '=', link.id).execute();
  if (state === 'none') return;
  await t.ctx.db
    .insertInto('consent_grants')
    .values({
      link_id: link.id,
      category: 'basis',
      region_id: w.fx.regionId,
      client_id: w.fx.clientId,
      level: state === 'expired' ? 'contribute' : state,
      expires_at: state === 'expired' ? new Date(Date.now() - 60_000) : null,
      decision_id: '00000000-0000-4000-8000-00000000c4c4',
    })
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  w = await caseWorld(t.ctx, 'casusmatrix');
  const people: [Kind, FixtureUser][] = [
    ['professional-member', w.fx.professional],
    ['professional-outsider', w.fx.otherProfessional],
    ['naaste-member', w.fx.naaste],
    ['client-self', w.fx.clientUser],
    ['professional-other-region', w.other.professional],
  ];
  // Every professional gets a seat, so the only thing that differs is their place around the client.
  for (const u of [w.fx.professional, w.fx.otherProfessional]) {
    await t.ctx.db
      .insertInto('care_network_members')
      .values({ region_id: w.fx.regionId, network_id: w.networkId, organisation_id: w.fx.organisationId, user_id: u.id, role: 'representative', job_title: null, mandate: null, active_from: '2020-01-01', active_until: null })
      .execute();
  }
  for (const [kind, u] of people) {
    users.set(kind, u);
    clients.set(kind, await login(u));
  }
}, 60_000);
afterAll(() => t?.close());

describe('registering a case about a Samenspel client', () => {
  it('is allowed exactly to a circle professional with live basis consent, and logged on the client', async () => {
    const mismatches: string[] = [];
    let n = 0;
    for (const [kind, client] of clients) {
      const states: (State | null)[] = kind === 'professional-member' || kind === 'naaste-member' ? [...STATES] : [null];
      for (const state of states) {
        if (state !== null) await setBasis(users.get(kind)!.id, state);
        const label = `Matrixcasus ${++n}`;
        const before = await t.ctx.db.selectFrom('access_log').select('seq').where('client_id', '=', w.fx.clientId).where('purpose', '=', 'casus inbrengen in een zorgnetwerk').execute();
        const res = await client.post(`/api/care-networks/${w.networkId}/cases`, {
          meetingId: w.m1,
          mode: 'identified',
          label,
          question: 'Wie denkt mee?',
          clientId: w.fx.clientId,
          consent: { givenByKind: 'client', givenOn: '2024-05-01', how: 'spoken' },
        });
        const want = expected(kind, state);
        const cell = `${kind}${state ? ` with ${state}` : ''}`;
        const made = await t.ctx.db.selectFrom('care_cases').select('id').where('label', '=', label).execute();
        const after = await t.ctx.db.selectFrom('access_log').select('seq').where('client_id', '=', w.fx.clientId).where('purpose', '=', 'casus inbrengen in een zorgnetwerk').execute();
        if (want) {
          if (res.statusCode !== 201) mismatches.push(`${cell}: expected 201, got ${res.statusCode}`);
          if (after.length !== before.length + 1) mismatches.push(`${cell}: the look at basis was not logged on the client`);
        } else {
          const deniedWith = kind === 'professional-other-region' ? 404 : 403;
          if (res.statusCode !== deniedWith) mismatches.push(`${cell}: expected ${deniedWith}, got ${res.statusCode}`);
          if (made.length !== 0) mismatches.push(`${cell}: a refused registration left a case behind`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(n).toBe(11);
  });
});
