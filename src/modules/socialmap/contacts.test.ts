import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { todayInNl } from '../../platform/access/index.js';

let t: TestApp;
let a: RegionFixture;
let pim: TestClient;
let nel: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'contact');
  pim = new TestClient(t.app);
  await pim.login(a.professional.email, PASSWORD, a.professional.totpSecret);
  nel = new TestClient(t.app);
  await nel.login(a.naaste.email, PASSWORD);
});
afterAll(() => t.close());

describe('named contact persons on the social map', () => {
  it('keeps who does what, on which days, and who is away, editable by their own organisation only', async () => {
    const created = await pim.post('/api/social-map/contacts', {
      organisationId: a.organisationId,
      name: 'Dewi Dijkstra',
      role: 'schuldhulpmaatje-coördinator',
      whatTheyDo: 'Koppelt vrijwilligers aan mensen met geldzorgen.',
      workingDays: [4, 1, 2, 2],
      email: 'Dewi@Contact.test',
    });
    expect(created.statusCode, created.body).toBe(201);
    const dewi = created.json();
    expect(dewi).toMatchObject({ name: 'Dewi Dijkstra', workingDays: [1, 2, 4], email: 'dewi@contact.test', absentToday: false, stale: false, version: 1 });

    const away = await pim.put(`/api/social-map/contacts/${dewi.id}`, { ...dewi, organisationId: a.organisationId, absentUntil: todayInNl(), version: 1 });
    expect(away.json()).toMatchObject({ absentToday: true, version: 2 });
    const stale = await pim.put(`/api/social-map/contacts/${dewi.id}`, { ...dewi, organisationId: a.organisationId, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 2 });

    expect((await nel.get(`/api/social-map/contacts?organisationId=${a.organisationId}`)).json().map((c: { name: string }) => c.name)).toEqual(['Dewi Dijkstra']);
    expect((await nel.post('/api/social-map/contacts', { organisationId: a.organisationId, name: 'X', role: 'Y' })).statusCode).toBe(403);
    const bad = await pim.post('/api/social-map/contacts', { organisationId: a.organisationId, name: '', role: 'rol', workingDays: [8] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'workingDays.0']);
  });
});
