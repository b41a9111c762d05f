import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { SessionCache } from './session-cache.js';
import type { ResolvedSession } from './sessions.js';

const session = (id: string, userId: string): ResolvedSession => ({
  id,
  stage: 'active',
  createdAt: new Date(),
  user: { id: userId, regionId: 'r', regionName: 'R', organisationId: null, organisationName: null,
    organisationKind: null, email: 'e@x.test', displayName: 'E', locale: 'nl', roles: ['naaste'], mfaEnabled: false },
});

describe('SessionCache', () => {
  it('serves an entry until its TTL or its session deadline, whichever comes first', () => {
    const c = new SessionCache();
    c.set(session('a', 'u1'), new Date(10_000), 1_000);
    expect(c.get('a', 5_000, 5_999)?.id).toBe('a');
    expect(c.get('a', 5_000, 6_000)).toBeUndefined();
    c.set(session('b', 'u1'), new Date(2_000), 1_000);
    expect(c.get('b', 5_000, 2_000)).toBeUndefined();
  });

  it('forgets one session or all sessions of a user', () => {
    const c = new SessionCache();
    c.set(session('a', 'u1'), new Date(Date.now() + 60_000));
    c.set(session('b', 'u1'), new Date(Date.now() + 60_000));
    c.set(session('c', 'u2'), new Date(Date.now() + 60_000));
    c.forgetSession('a');
    expect(c.get('a', 5_000)).toBeUndefined();
    c.forgetUser('u1');
    expect(c.get('b', 5_000)).toBeUndefined();
    expect(c.get('c', 5_000)?.id).toBe('c');
  });

  it('stays bounded', () => {
    const c = new SessionCache(3);
    for (const id of ['a', 'b', 'c', 'd']) c.set(session(id, 'u'), new Date(Date.now() + 60_000));
    expect(c.get('a', 5_000)).toBeUndefined();
    expect(c.get('d', 5_000)?.id).toBe('d');
  });
});

describe('sessions with the process cache on', () => {
  let t: TestApp;
  let a: RegionFixture;
  beforeAll(async () => {
    t = await createTestApp({ sessionCacheMs: 60_000 });
    a = await regionFixture(t.ctx, 'cache');
  });
  afterAll(() => t.close());
  beforeEach(() => t.ctx.db.updateTable('users').set({ totp_last_step: null }).execute());

  it('ends every session of a user at once on "log out everywhere"', async () => {
    const laptop = new TestClient(t.app);
    const phone = new TestClient(t.app);
    await laptop.login(a.naaste.email, PASSWORD);
    await phone.login(a.naaste.email, PASSWORD);
    expect((await phone.get('/api/clients')).statusCode).toBe(200);
    expect((await laptop.post('/api/auth/logout-everywhere')).statusCode).toBe(204);
    expect((await phone.get('/api/clients')).statusCode).toBe(401);
  });

  it('ends the sessions of a disabled user at once and shows changed roles at once', async () => {
    const prof = new TestClient(t.app);
    await prof.login(a.otherProfessional.email, PASSWORD, a.otherProfessional.totpSecret);
    expect((await prof.get('/api/auth/session')).json().user.roles).toEqual(['professional']);
    const admin = new TestClient(t.app);
    await admin.login(a.admin.email, PASSWORD, a.admin.totpSecret);
    const user = (await admin.get('/api/admin/users?q=Olga')).json()[0];
    const changed = await admin.patch(`/api/admin/users/${a.otherProfessional.id}`, { roles: ['professional', 'teamleider'], version: user.version });
    expect(changed.statusCode).toBe(200);
    expect((await prof.get('/api/auth/session')).json().user.roles).toEqual(['professional', 'teamleider']);
    await admin.patch(`/api/admin/users/${a.otherProfessional.id}`, { status: 'disabled', version: changed.json().version });
    expect((await prof.get('/api/clients')).statusCode).toBe(401);
  });
});
