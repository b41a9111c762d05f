import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../testing/test-app.js';
import { member, PASSWORD, regionFixture, type FixtureUser, type RegionFixture } from '../testing/fixtures.js';
import { createUser } from '../modules/accounts/service.js';

/**
 * The regression net for "consent is enforced in one place": every route the API registers is called
 * by people who have no access to a client, with that client's id in every place an id can go. No
 * answer may contain the client's data, and nothing may be logged as read. A new route that reads
 * client tables without platform/access fails here.
 */

// Routes that end the caller's own session would stop the sweep; they touch no client data.
const SESSION_ENDING = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-everywhere']);

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'wacht');
  b = await regionFixture(t.ctx, 'buiten');
  // Region B's fixture has a client of the same name; A's client gets data found nowhere else.
  await t.ctx.db.updateTable('clients').set({ first_name: 'Corneel', last_name: 'Zwijgzaam', birth_date: '1961-02-03', street: 'Geheimstraat 7' }).where('id', '=', a.clientId).execute();
  await t.ctx.db.updateTable('users').set({ display_name: 'Corneel Zwijgzaam' }).where('id', '=', a.clientUser.id).execute();
});

const SECRETS = ['Corneel', 'Zwijgzaam', '1961-02-03', 'Geheimstraat'];
afterAll(() => t.close());

interface Route {
  method: string;
  path: string;
}

async function allRoutes(): Promise<Route[]> {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => ({ method: m.toUpperCase(), path })));
}

/** Every id-shaped place gets the target client's id; bodies carry the fields most routes need. */
function requestFor(route: Route, clientId: string) {
  const url = route.path.replace(/\{token\}/g, 'x'.repeat(24)).replace(/\{\w+\}/g, clientId);
  const query = `?clientId=${clientId}&id=${clientId}`;
  const body = { clientId, id: clientId, email: 'sweep@wacht.test', displayName: 'Sweep', role: 'naaste', code: '123456', version: 1 };
  return { url: `${url}${query}`, body };
}

/** What a member may see of their own place in a circle even without any access; logged all the same. */
const MEMBERSHIP_PURPOSES = new Set(['eigen toegang bekijken', 'eigen naastenkaart bekijken']);

async function sweep(who: FixtureUser, clientId: string, secrets: string[]) {
  const c = new TestClient(t.app);
  await t.ctx.db.updateTable('users').set({ totp_last_step: null }).where('id', '=', who.id).execute();
  expect((await c.login(who.email, PASSWORD, who.totpSecret)).statusCode).toBe(200);
  const routes = (await allRoutes()).filter((r) => !SESSION_ENDING.has(`${r.method} ${r.path}`));
  for (const route of routes) {
    const { url, body } = requestFor(route, clientId);
    const res = await c.request(route.method as 'GET', url, route.method === 'GET' ? undefined : body);
    for (const secret of secrets) {
      expect(res.body, `${route.method} ${route.path} as ${who.email} leaked "${secret}"`).not.toContain(secret);
    }
    expect(res.statusCode, `${route.method} ${route.path} as ${who.email}`).toBeLessThan(500);
  }
  const logged = await t.ctx.db.selectFrom('access_log').select(['seq', 'purpose']).where('client_id', '=', clientId).where('actor_user_id', '=', who.id).execute();
  expect(logged.filter((e) => !MEMBERSHIP_PURPOSES.has(e.purpose)), `access log entries for ${who.email}`).toEqual([]);
  return routes.length;
}

// Each sweep calls every registered route; it grows with every module, so it gets its own time budget.
const SWEEP_TIMEOUT = 300_000;

describe('no route hands out client data without platform/access', () => {
  it('covers the client routes, so the sweep cannot pass by testing nothing', async () => {
    const paths = (await allRoutes()).map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(expect.arrayContaining(['GET /api/clients', 'GET /api/clients/{id}', 'GET /api/me/access-log', 'POST /api/invitations']));
  });

  it('gives outsiders in the same region nothing about an adult client', async () => {
    for (const who of [a.otherProfessional, a.admin, a.policy, a.representative]) {
      const n = await sweep(who, a.clientId, SECRETS);
      expect(n).toBeGreaterThan(15);
    }
  }, SWEEP_TIMEOUT);

  it('gives a naaste of one client nothing about another client', async () => {
    await sweep(a.naaste, a.minorId, ['Mila', 'Klein', '2017-09-01']);
  }, SWEEP_TIMEOUT);

  it('gives a member of the circle without any consent nothing of the client', async () => {
    const silent = await createUser(t.ctx.db, a.regionId, { displayName: 'Sil Stil', email: 'sil@wacht.test', roles: ['naaste'], password: PASSWORD });
    await member(t.ctx, { regionId: a.regionId, clientId: a.clientId, userId: silent.id, relation: 'naaste', label: 'kennis', memberLabel: 'Sil Stil' }, { userId: null, label: 'Olga Ander', as: null }, 'binnenkring');
    expect(await t.ctx.db.selectFrom('consent_grants').select('category').where('client_id', '=', a.clientId).where('link_id', 'in', (eb) => eb.selectFrom('client_links').select('id').where('user_id', '=', silent.id)).execute()).toEqual([]);
    await sweep({ id: silent.id, email: 'sil@wacht.test' }, a.clientId, SECRETS);
  }, SWEEP_TIMEOUT);

  it('gives people of another region nothing, even with every role', async () => {
    for (const who of [b.professional, b.admin, b.clientUser, b.representative]) await sweep(who, a.clientId, SECRETS);
  }, SWEEP_TIMEOUT);
});
