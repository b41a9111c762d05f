import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { createMunicipality, createOrganisation } from '../accounts/service.js';
import { todayInNl } from '../../platform/access/index.js';

let t: TestApp;
let a: RegionFixture;
let pim: TestClient;
let olga: TestClient;
let nel: TestClient;
let admin: TestClient;
let otherOrgId: string;

const offer = (over: Record<string, unknown> = {}) => ({
  organisationId: a.organisationId,
  title: 'Koffieochtend',
  description: 'Elke week koffie drinken in het buurthuis.',
  kind: 'activiteit',
  cost: 'gratis',
  accessRoute: 'vrij',
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'eigen');
  otherOrgId = (await createOrganisation(t.ctx.db, a.regionId, { name: 'Buurthuis Anders', kind: 'welzijn', municipalityId: a.municipalityId })).id;
  // Olga works for the other organisation in these tests.
  await t.ctx.db.updateTable('users').set({ organisation_id: otherOrgId }).where('id', '=', a.otherProfessional.id).execute();
  pim = new TestClient(t.app);
  await pim.login(a.professional.email, PASSWORD, a.professional.totpSecret);
  olga = new TestClient(t.app);
  await olga.login(a.otherProfessional.email, PASSWORD, a.otherProfessional.totpSecret);
  nel = new TestClient(t.app);
  await nel.login(a.naaste.email, PASSWORD);
  admin = new TestClient(t.app);
  await admin.login(a.admin.email, PASSWORD, a.admin.totpSecret);
});
afterAll(() => t.close());

describe('owners keep their social-map entries', () => {
  it('tells the web app which organisation the user belongs to', async () => {
    expect((await pim.get('/api/auth/session')).json().user).toMatchObject({ organisationId: a.organisationId, organisationName: 'Wijkteam eigen' });
    expect((await nel.get('/api/auth/session')).json().user.organisationId).toBeNull();
  });

  it('lets only the owning organisation (or the administrator) edit, archive or confirm', async () => {
    const mine = (await pim.post('/api/social-map/offers', offer())).json();
    const contact = (await pim.post('/api/social-map/contacts', { organisationId: a.organisationId, name: 'Tom Tuin', role: 'buurtwerker' })).json();
    expect((await olga.put(`/api/social-map/offers/${mine.id}`, { ...offer({ title: 'Overgenomen' }), version: 1 })).statusCode).toBe(403);
    expect((await olga.post(`/api/social-map/offers/${mine.id}/archive`, { version: 1 })).statusCode).toBe(403);
    expect((await olga.post(`/api/social-map/offers/${mine.id}/confirm`, { version: 1 })).statusCode).toBe(403);
    expect((await olga.put(`/api/social-map/contacts/${contact.id}`, { organisationId: a.organisationId, name: 'X', role: 'Y', version: 1 })).statusCode).toBe(403);
    expect((await olga.post(`/api/social-map/contacts/${contact.id}/confirm`, { version: 1 })).statusCode).toBe(403);
    // Moving an offer to another organisation needs the right to edit both.
    expect((await pim.put(`/api/social-map/offers/${mine.id}`, { ...offer({ organisationId: otherOrgId }), version: 1 })).statusCode).toBe(403);
    expect((await admin.post(`/api/social-map/offers/${mine.id}/confirm`, { version: 1 })).statusCode).toBe(200);
    expect((await nel.get('/api/social-map/stale')).statusCode).toBe(403);
  });

  it('lists my organisation\'s entries not checked for six months, and "nog steeds juist" starts the six months again (409 on an old version)', async () => {
    const old = (await pim.post('/api/social-map/offers', offer({ title: 'Oud aanbod' }))).json();
    const fresh = (await pim.post('/api/social-map/offers', offer({ title: 'Vers aanbod' }))).json();
    const elsewhere = (await olga.post('/api/social-map/offers', offer({ organisationId: otherOrgId, title: 'Oud bij de buren' }))).json();
    const person = (await pim.post('/api/social-map/contacts', { organisationId: a.organisationId, name: 'Oda Oud', role: 'coördinator' })).json();
    await t.ctx.db.updateTable('social_offers').set({ up_to_date_on: '2020-03-01' }).where('id', 'in', [old.id, elsewhere.id]).execute();
    await t.ctx.db.updateTable('social_contacts').set({ up_to_date_on: '2020-02-01' }).where('id', '=', person.id).execute();

    const list = (await pim.get('/api/social-map/stale')).json();
    expect(list.offers.map((o: { title: string }) => o.title)).toEqual(['Oud aanbod']);
    expect(list.contacts.map((c: { name: string }) => c.name)).toEqual(['Oda Oud']);
    expect(list.offers[0]).toMatchObject({ stale: true, upToDateOn: '2020-03-01' });
    expect(fresh.stale).toBe(false);
    // The administrator sees the whole region's.
    expect((await admin.get('/api/social-map/stale')).json().offers.map((o: { title: string }) => o.title).sort()).toEqual(['Oud aanbod', 'Oud bij de buren']);

    const confirmed = await pim.post(`/api/social-map/offers/${old.id}/confirm`, { version: 1 });
    expect(confirmed.json()).toMatchObject({ stale: false, upToDateOn: todayInNl(), version: 2, title: 'Oud aanbod' });
    const twice = await pim.post(`/api/social-map/offers/${old.id}/confirm`, { version: 1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().current).toMatchObject({ version: 2 });
    expect((await pim.post(`/api/social-map/contacts/${person.id}/confirm`, { version: 1 })).json()).toMatchObject({ stale: false, version: 2 });
    expect(await pim.get('/api/social-map/stale').then((r) => r.json())).toEqual({ offers: [], contacts: [] });
    expect((await pim.post(`/api/social-map/offers/${old.id}/confirm`, { version: 'twee' })).json().errors[0].field).toBe('version');
  });

  it('filters by area: the municipality\'s own offers plus those for the whole region, with the region\'s municipalities listed for everyone logged in', async () => {
    const other = await createMunicipality(t.ctx.db, a.regionId, 'Gemeente zuid');
    const municipalities = (await nel.get('/api/social-map/municipalities')).json();
    expect(municipalities).toEqual([
      { id: a.municipalityId, name: 'Gemeente eigen' },
      { id: other.id, name: 'Gemeente zuid' },
    ]);
    expect((await new TestClient(t.app).get('/api/social-map/municipalities')).statusCode).toBe(401);
    await pim.post('/api/social-map/offers', offer({ title: 'Zwemmen hier', municipalityId: a.municipalityId }));
    await pim.post('/api/social-map/offers', offer({ title: 'Zwemmen overkant', municipalityId: other.id }));
    await pim.post('/api/social-map/offers', offer({ title: 'Zwemmen overal', municipalityId: null }));
    const titles = async (q: string) => (await nel.get(`/api/social-map/offers?q=zwemmen${q}`)).json().offers.map((o: { title: string }) => o.title);
    expect(await titles(`&municipalityId=${other.id}`)).toEqual(['Zwemmen overal', 'Zwemmen overkant']);
    expect(await titles(`&municipalityId=${a.municipalityId}`)).toEqual(['Zwemmen hier', 'Zwemmen overal']);
    expect(await titles('')).toHaveLength(3);
    expect((await nel.get('/api/social-map/offers?municipalityId=gemeente')).statusCode).toBe(422);
    // And by owner, for the organisation's own list.
    expect((await nel.get(`/api/social-map/offers?q=zwemmen&organisationId=${otherOrgId}`)).json().total).toBe(0);
  });
});
