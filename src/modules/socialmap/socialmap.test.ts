import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { createOrganisation } from '../accounts/service.js';
import { todayInNl } from '../../platform/access/index.js';
import { prefixQuery, staleBefore } from './service.js';

let t: TestApp;
let a: RegionFixture;
let pim: TestClient;
let nel: TestClient;

const offer = (over: Record<string, unknown> = {}) => ({
  organisationId: a.organisationId,
  title: 'Wandelgroep voor ouderen',
  description: 'Elke dinsdag wandelen we samen een uur door de wijk. Daarna drinken we koffie.',
  kind: 'activiteit',
  needs: ['eenzaamheid'],
  targetGroup: 'ouderen in de wijk',
  ageMin: 60,
  ageMax: null,
  cost: 'gratis',
  accessRoute: 'vrij',
  openingTimes: { '2': '10:00-11:30' },
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'kaart');
  pim = new TestClient(t.app);
  await pim.login(a.professional.email, PASSWORD, a.professional.totpSecret);
  nel = new TestClient(t.app);
  await nel.login(a.naaste.email, PASSWORD);
});
afterAll(() => t.close());

describe('the social map', () => {
  it('lets staff of the owning organisation add an offer that everyone in the region finds by words, need and age', async () => {
    const created = await pim.post('/api/social-map/offers', offer());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ title: 'Wandelgroep voor ouderen', organisationName: 'Wijkteam kaart', stale: false, version: 1, upToDateOn: todayInNl() });
    await pim.post('/api/social-map/offers', offer({ title: 'Hulp bij formulieren', description: 'Wij helpen met brieven en formulieren van de gemeente.', kind: 'ondersteuning', needs: ['geld'], ageMin: 18, targetGroup: null, openingTimes: {} }));

    const byWord = (await nel.get('/api/social-map/offers?q=wandel%20oud')).json();
    expect(byWord.offers.map((o: { title: string }) => o.title)).toEqual(['Wandelgroep voor ouderen']);
    expect((await nel.get('/api/social-map/offers?need=geld')).json().offers.map((o: { title: string }) => o.title)).toEqual(['Hulp bij formulieren']);
    expect((await nel.get('/api/social-map/offers?age=30')).json().offers.map((o: { title: string }) => o.title)).toEqual(['Hulp bij formulieren']);
    expect((await nel.get('/api/social-map/offers?cost=betaald')).json()).toEqual({ total: 0, offers: [] });
    expect((await nel.get('/api/social-map/offers?q=%27%3B%20drop%20table')).statusCode).toBe(200);
  });

  it('refuses bad input naming the field and saves nothing', async () => {
    const before = (await pim.get('/api/social-map/offers')).json().total;
    const ages = await pim.post('/api/social-map/offers', offer({ ageMin: 70, ageMax: 12 }));
    expect(ages.statusCode).toBe(422);
    expect(ages.json().errors[0].field).toBe('ageMax');
    const hours = await pim.post('/api/social-map/offers', offer({ openingTimes: { '1': 'ochtend' } }));
    expect(hours.statusCode).toBe(422);
    expect(JSON.stringify(hours.json().errors)).toContain('openingTimes');
    const elsewhere = await pim.post('/api/social-map/offers', offer({ municipalityId: '00000000-0000-4000-8000-000000000000' }));
    expect(elsewhere.json().errors[0].field).toBe('municipalityId');
    expect((await pim.get('/api/social-map/offers')).json().total).toBe(before);
  });

  it('lets only the owners edit, with 409 on a stale version, and hides offers of a removed organisation', async () => {
    const other = await createOrganisation(t.ctx.db, a.regionId, { name: 'Buurthuis De Brug', kind: 'welzijn', municipalityId: a.municipalityId });
    expect((await pim.post('/api/social-map/offers', offer({ organisationId: other.id }))).statusCode).toBe(403);
    expect((await nel.post('/api/social-map/offers', offer())).statusCode).toBe(403);
    const admin = new TestClient(t.app);
    await admin.login(a.admin.email, PASSWORD, a.admin.totpSecret);
    const brug = (await admin.post('/api/social-map/offers', offer({ organisationId: other.id, title: 'Repair café' }))).json();
    const first = await admin.put(`/api/social-map/offers/${brug.id}`, { ...offer({ organisationId: other.id, title: 'Repair café De Brug' }), version: 1 });
    expect(first.json()).toMatchObject({ title: 'Repair café De Brug', version: 2 });
    const stale = await admin.put(`/api/social-map/offers/${brug.id}`, { ...offer({ organisationId: other.id, title: 'Oud' }), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ title: 'Repair café De Brug', version: 2 });
    expect((await pim.put(`/api/social-map/offers/${brug.id}`, { ...offer({ organisationId: other.id }), version: 2 })).statusCode).toBe(403);

    await t.ctx.db.updateTable('organisations').set({ archived_at: new Date() }).where('id', '=', other.id).execute();
    expect((await nel.get(`/api/social-map/offers/${brug.id}`)).statusCode).toBe(404);
    expect((await nel.get('/api/social-map/offers?q=repair')).json().total).toBe(0);
    expect(await t.ctx.db.selectFrom('social_offers').select('id').where('id', '=', brug.id).executeTakeFirst()).toBeDefined();
  });

  it('marks entries not checked for six months, and archiving takes an offer off the map', async () => {
    const o = (await pim.post('/api/social-map/offers', offer({ title: 'Taalcafé' }))).json();
    await t.ctx.db.updateTable('social_offers').set({ up_to_date_on: '2020-01-01' }).where('id', '=', o.id).execute();
    expect((await nel.get(`/api/social-map/offers/${o.id}`)).json().stale).toBe(true);
    expect((await pim.post(`/api/social-map/offers/${o.id}/archive`, { version: 1 })).statusCode).toBe(204);
    expect((await nel.get(`/api/social-map/offers/${o.id}`)).statusCode).toBe(404);
  });

  it('builds safe prefix queries and six-month boundaries', () => {
    expect(prefixQuery('wandel  oud!')).toBe('wandel:* & oud:*');
    expect(prefixQuery("'; drop")).toBe('drop:*');
    expect(prefixQuery('  ')).toBeNull();
    expect(staleBefore('2026-11-22')).toBe('2026-05-22');
  });
});
