import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { createOrganisation } from '../accounts/service.js';
import { CSV_HEADERS } from './csv-columns.js';
import type { ImportRunView } from './import-model.js';

let t: TestApp;
let a: RegionFixture;
let pim: TestClient;
let olga: TestClient;
let nel: TestClient;
let otherOrg: { id: string; name: string };

const HEADER = ['organisatie', 'titel', 'omschrijving', 'soort', 'onderwerpen', 'leeftijd vanaf', 'leeftijd tot en met', 'gemeente', 'kosten', 'toegang', 'contactpersoon', 'dinsdag'];

/** A good row in HEADER's order; `over` replaces cells by header. */
function row(n: number, over: Record<string, string> = {}): string[] {
  const cells: Record<string, string> = {
    organisatie: `Wijkteam imp`,
    titel: `Buurtactiviteit ${n}`,
    omschrijving: `Samen koken, wandelen of praten in de wijk. Nummer ${n}; iedereen is welkom.`,
    soort: 'activiteit',
    onderwerpen: 'eenzaamheid, vrije-tijd',
    'leeftijd vanaf': '18',
    'leeftijd tot en met': '',
    gemeente: 'Gemeente imp',
    kosten: 'gratis',
    toegang: 'vrij',
    contactpersoon: '',
    dinsdag: '10:00-12:00',
    ...over,
  };
  return HEADER.map((h) => cells[h] ?? '');
}

const csv = (rows: string[][], delimiter = ';', header = HEADER) => Buffer.from(stringify([header, ...rows], { delimiter, bom: true }));

async function upload(client: TestClient, bytes: Buffer, mode: 'all' | 'good' = 'all', fileName = 'aanbod.csv') {
  return client.post('/api/social-map/imports', { fileName, file: bytes.toString('base64'), mode });
}

/** Uploads, runs the job as the worker would, and returns the finished run. */
async function importFile(client: TestClient, bytes: Buffer, mode: 'all' | 'good' = 'all'): Promise<ImportRunView> {
  const res = await upload(client, bytes, mode);
  expect(res.statusCode, res.body).toBe(202);
  const run = res.json() as ImportRunView;
  expect(run.status).toBe('queued');
  await t.ctx.jobs.runDue();
  return (await client.get(`/api/social-map/imports/${run.id}`)).json() as ImportRunView;
}

const offerCount = async () => Number((await t.ctx.db.selectFrom('social_offers').select((eb) => eb.fn.countAll<number>().as('n')).where('region_id', '=', a.regionId).where('archived_at', 'is', null).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'imp');
  otherOrg = await createOrganisation(t.ctx.db, a.regionId, { name: 'Buurthuis Elders', kind: 'welzijn', municipalityId: a.municipalityId });
  // Olga works for the other organisation in these tests.
  await t.ctx.db.updateTable('users').set({ organisation_id: otherOrg.id }).where('id', '=', a.otherProfessional.id).execute();
  pim = new TestClient(t.app);
  await pim.login(a.professional.email, PASSWORD, a.professional.totpSecret);
  olga = new TestClient(t.app);
  await olga.login(a.otherProfessional.email, PASSWORD, a.otherProfessional.totpSecret);
  nel = new TestClient(t.app);
  await nel.login(a.naaste.email, PASSWORD);
  const contact = await pim.post('/api/social-map/contacts', { organisationId: a.organisationId, name: 'Rika Rijnders', role: 'buurtwerker' });
  expect(contact.statusCode).toBe(201);
});
afterAll(() => t.close());

describe('CSV import of the social map', () => {
  it('imports a good file (";", UTF-8 with BOM, accents) in one go, with names resolved and progress to the end', async () => {
    const before = await offerCount();
    const run = await importFile(pim, csv([row(1, { titel: 'Café De Brêge', contactpersoon: 'rika rijnders' }), row(2, { gemeente: '', 'leeftijd tot en met': '67', dinsdag: '' })]));
    expect(run).toMatchObject({ status: 'done', totalRows: 2, checkedRows: 2, goodRows: 2, badRows: 0, createdCount: 2, updatedCount: 0, problems: [] });
    expect(await offerCount()).toBe(before + 2);
    const found = (await nel.get('/api/social-map/offers?q=brêge')).json();
    expect(found.offers[0]).toMatchObject({ title: 'Café De Brêge', organisationName: 'Wijkteam imp', municipalityName: 'Gemeente imp', ageMin: 18, needs: ['eenzaamheid', 'vrije-tijd'], openingTimes: { '2': '10:00-12:00' } });
    expect(found.offers[0].contactId).not.toBeNull();
  });

  it('reads "," as separator too, and takes the importer\'s own organisation when that cell is empty', async () => {
    const run = await importFile(pim, csv([row(3, { organisatie: '', titel: 'Komma, gescheiden' })], ','));
    expect(run).toMatchObject({ status: 'done', createdCount: 1 });
    expect((await nel.get('/api/social-map/offers?q=komma')).json().offers[0].organisationName).toBe('Wijkteam imp');
  });

  it('reports every bad row by row number and column in both languages and imports nothing; "only the good rows" then imports the rest', async () => {
    const before = await offerCount();
    const rows = [
      row(10),
      row(11, { soort: 'feest' }),
      row(12, { titel: '' }),
      row(13, { 'leeftijd vanaf': 'twaalf', dinsdag: 'ochtend' }),
      row(14, { organisatie: 'Buurthuis Elders' }),
      row(15, { gemeente: 'Atlantis', contactpersoon: 'Niemand Bekend' }),
      row(16),
    ];
    const run = await importFile(pim, csv(rows));
    expect(run).toMatchObject({ status: 'rejected', totalRows: 7, goodRows: 2, badRows: 5, createdCount: 0, canImportGood: true });
    expect(run.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'soort'],
      [4, 'titel'],
      [5, 'leeftijd vanaf'],
      [5, 'dinsdag'],
      [6, 'organisatie'],
      [7, 'gemeente'],
      [7, 'contactpersoon'],
    ]);
    expect(run.problems[0]!.nl).toContain('activiteit, ondersteuning');
    expect(run.problems[0]!.en).toContain('Choose one of');
    expect(run.problems[4]!.nl).toContain('eigen organisatie');
    expect(await offerCount()).toBe(before);

    const again = await pim.post(`/api/social-map/imports/${run.id}/import-good`);
    expect(again.statusCode, again.body).toBe(202);
    await t.ctx.jobs.runDue();
    const done = (await pim.get(`/api/social-map/imports/${run.id}`)).json() as ImportRunView;
    expect(done).toMatchObject({ status: 'done', mode: 'good', goodRows: 2, badRows: 5, createdCount: 2, canImportGood: false });
    expect(done.problems).toHaveLength(7);
    expect(await offerCount()).toBe(before + 2);
    // Only once: a second click finds the run done.
    expect((await pim.post(`/api/social-map/imports/${run.id}/import-good`)).statusCode).toBe(409);
  });

  it('refuses a file in another encoding with a clear message, before anything runs', async () => {
    const runsBefore = (await t.ctx.db.selectFrom('social_import_runs').select('id').execute()).length;
    const latin1 = Buffer.from('titel;omschrijving;soort;kosten;toegang\nCaf\xe9;Koffie;activiteit;gratis;vrij\n', 'latin1');
    const res = await upload(pim, latin1);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: 'file' });
    expect(res.json().errors[0].nl).toContain('niet opgeslagen als UTF-8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('titel;omschrijving\n', 'utf16le')]);
    const res16 = await upload(pim, utf16);
    expect(res16.statusCode).toBe(422);
    expect(res16.json().errors[0].nl).toContain('UTF-16');
    expect(res16.json().errors[0].en).toContain('UTF-16');
    expect((await upload(pim, Buffer.alloc(0))).statusCode).toBe(422);
    expect((await t.ctx.db.selectFrom('social_import_runs').select('id').execute()).length).toBe(runsBefore);
  });

  it('names missing, unknown and doubled columns, and unreadable quotes', async () => {
    const res = await upload(pim, csv([['x', 'y', 'z']], ';', ['titel', 'prijs', 'titel']));
    expect(res.statusCode).toBe(422);
    const message = res.json().errors[0].nl as string;
    expect(message).toContain('Deze kolommen ontbreken: "omschrijving", "soort", "kosten", "toegang"');
    expect(message).toContain('Deze kolommen kennen we niet: "prijs"');
    expect(message).toContain('twee keer');
    const quotes = await upload(pim, Buffer.from('titel;omschrijving;soort;kosten;toegang\n"Open;quote;activiteit;gratis;vrij\n'));
    expect(quotes.statusCode).toBe(422);
    expect(quotes.json().errors[0].nl).toContain('aanhalingstekens');
    const onlyHeader = await upload(pim, csv([]));
    expect(onlyHeader.json().errors[0].nl).toContain('alleen een kopregel');
    const notBase64 = await pim.post('/api/social-map/imports', { fileName: 'x.csv', file: '%%%', mode: 'all' });
    expect(notBase64.json().errors[0].field).toBe('file');
  });

  it('checks 1,000 rows: 7 bad ones are named and nothing goes in; with "only the good rows" 993 go in', async () => {
    const badAt: Record<number, Record<string, string>> = {
      4: { soort: 'onbekend' },
      150: { titel: '' },
      299: { 'leeftijd vanaf': '70', 'leeftijd tot en met': '12' },
      500: { gemeente: 'Nergenshuizen' },
      501: { dinsdag: '10 uur' },
      777: { kosten: 'duur' },
      999: { contactpersoon: 'Onbekende Persoon' },
    };
    const rows = Array.from({ length: 1000 }, (_, i) => row(1000 + i, badAt[i] ?? {}));
    const bytes = csv(rows);
    const before = await offerCount();
    const started = Date.now();
    const run = await importFile(pim, bytes, 'all');
    expect(run).toMatchObject({ status: 'rejected', totalRows: 1000, checkedRows: 1000, goodRows: 993, badRows: 7, createdCount: 0 });
    expect([...new Set(run.problems.map((p) => p.row))]).toEqual(Object.keys(badAt).map((i) => Number(i) + 2));
    expect(run.problems.map((p) => p.column)).toEqual(['soort', 'titel', 'leeftijd tot en met', 'gemeente', 'dinsdag', 'kosten', 'contactpersoon']);
    expect(await offerCount()).toBe(before);

    const good = await importFile(pim, bytes, 'good');
    expect(good).toMatchObject({ status: 'done', goodRows: 993, badRows: 7, createdCount: 993 });
    expect(await offerCount()).toBe(before + 993);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('round-trips: an export imports again unchanged, updating the same offers', async () => {
    const exported = await pim.get(`/api/social-map/export.csv?organisationId=${a.organisationId}`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = exported.rawPayload.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(CSV_HEADERS.join(';'));
    const count = text.trim().split('\r\n').length - 1;
    expect(count).toBe(await offerCount());

    const before = await offerCount();
    const run = await importFile(pim, exported.rawPayload);
    expect(run).toMatchObject({ status: 'done', createdCount: 0, updatedCount: count, badRows: 0 });
    expect(await offerCount()).toBe(before);
    const again = (await pim.get(`/api/social-map/export.csv?organisationId=${a.organisationId}`)).rawPayload.toString('utf8');
    // Same offers and cells; only the version went up by one.
    const withoutVersion = (s: string) => s.replace(/^([^;]+);(\d+);/gm, '$1;V;');
    expect(withoutVersion(again)).toBe(withoutVersion(exported.rawPayload.toString('utf8')));

    // An old export after that is refused for the changed offers, naming the new version.
    const stale = await importFile(pim, exported.rawPayload);
    expect(stale.status).toBe('rejected');
    expect(stale.problems[0]).toMatchObject({ row: 2, column: 'versie' });
    expect(stale.problems[0]!.nl).toContain('versie 2');
  });

  it('keeps formulas out of spreadsheets and takes the guard off again on import', async () => {
    const run = await importFile(pim, csv([row(1, { titel: '=HYPERLINK("x")', omschrijving: '-50% korting voor minima' })]));
    expect(run.status).toBe('done');
    const text = (await pim.get('/api/social-map/export.csv')).rawPayload.toString('utf8');
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).toContain(`'-50% korting`);
    expect((await nel.get('/api/social-map/offers?q=korting')).json().offers[0].description).toBe('-50% korting voor minima');
  });

  it('is for owners only: others get 403, and someone else\'s run is "not found"', async () => {
    expect((await upload(nel, csv([row(1)]))).statusCode).toBe(403);
    expect((await nel.get('/api/social-map/export.csv')).statusCode).toBe(403);
    const res = await upload(pim, csv([row(1)]));
    const id = (res.json() as ImportRunView).id;
    expect((await olga.get(`/api/social-map/imports/${id}`)).statusCode).toBe(404);
    expect((await nel.get(`/api/social-map/imports/${id}`)).statusCode).toBe(404);
    const admin = new TestClient(t.app);
    await admin.login(a.admin.email, PASSWORD, a.admin.totpSecret);
    expect((await admin.get(`/api/social-map/imports/${id}`)).statusCode).toBe(200);
    await t.ctx.jobs.runDue();
    // Olga may import for her own organisation, not for Pim's.
    const hers = await importFile(olga, csv([row(1, { organisatie: 'Buurthuis Elders' }), row(2)]));
    expect(hers.status).toBe('rejected');
    expect(hers.problems).toEqual([expect.objectContaining({ row: 3, column: 'organisatie' })]);
    const template = await nel.get('/api/social-map/import-template.csv');
    expect(template.statusCode).toBe(200);
    expect(template.body.replace(/^\uFEFF/, '').trim()).toBe(CSV_HEADERS.join(';'));
  });
});
