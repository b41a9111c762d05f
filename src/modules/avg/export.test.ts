import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INFORMATION_CATEGORIES } from '../../platform/audit/schema.js';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type FixtureUser, type RegionFixture } from '../../testing/fixtures.js';
import { createClient, linkToClient } from '../clients/service.js';
import { addExportSection } from './sections.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let teenId: string;
let toldExceptionId: string;
let untoldExceptionId: string;

const STORY = 'Ik wandel graag. <script>alert("gehackt")</script> & "koffie"';

const as = async (u: FixtureUser) => {
  await t.ctx.db.updateTable('users').set({ totp_last_step: null }).where('id', '=', u.id).execute();
  const c = new TestClient(t.app);
  expect((await c.login(u.email, PASSWORD, u.totpSecret)).statusCode).toBe(200);
  return c;
};

interface Section {
  key: string;
  title: { nl: string; en: string };
  data: unknown;
}
const section = (body: { sections: Section[] }, key: string) => body.sections.find((s) => s.key === key)?.data;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'export');
  b = await regionFixture(t.ctx, 'elders');
  const db = t.ctx.db;
  await db.updateTable('clients').set({ story: STORY, street: 'Lindelaan 3' }).where('id', '=', a.clientId).execute();
  await db
    .insertInto('circles')
    .values({ client_id: a.clientId, region_id: a.regionId, regisseur_user_id: a.professional.id })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ regisseur_user_id: a.professional.id }))
    .execute();
  await db
    .insertInto('consent_refusals')
    .values({ region_id: a.regionId, client_id: a.clientId, person_name: 'Jet Jansen', reason: 'Wil ik niet.', review_on: '2031-01-01', recorded_by_label: 'Cor Client' })
    .execute();
  const exception = (informed: boolean) => ({
    region_id: a.regionId,
    client_id: a.clientId,
    professional_user_id: a.professional.id,
    professional_label: 'Pim Prof (Wijkteam export)',
    ground: 'kindveiligheid' as const,
    categories: JSON.stringify(['gevoelig']),
    justification: informed ? 'Zorg om veiligheid, verteld.' : 'Nog niet verteld, geheim.',
    inform_client: informed,
    no_inform_reason: informed ? null : 'Zou iemand in gevaar brengen.',
    valid_until: new Date(Date.now() - 86_400_000),
    review_due_at: new Date(),
    reviewed_at: new Date(),
    client_informed_at: informed ? new Date() : null,
  });
  toldExceptionId = (await db.insertInto('safety_exceptions').values(exception(true)).returning('id').executeTakeFirstOrThrow()).id;
  untoldExceptionId = (await db.insertInto('safety_exceptions').values(exception(false)).returning('id').executeTakeFirstOrThrow()).id;
  const logAs = (purpose: string, exceptionId: string | null) => ({
    regionId: a.regionId,
    actorUserId: a.professional.id,
    actorLabel: 'Pim Prof (Wijkteam export)',
    clientId: a.clientId,
    category: 'gevoelig' as const,
    action: 'read' as const,
    purpose,
    requestId: null,
    exceptionId,
  });
  await t.ctx.audit.record([logAs('veiligheid, verteld', toldExceptionId), logAs('veiligheid, geheim', untoldExceptionId), logAs('gewone inzage', null)]);
  await db
    .insertInto('circle_events')
    .values([
      { region_id: a.regionId, client_id: a.clientId, kind: 'member-added', actor_label: 'Cor Client', subject_label: 'Nel Naaste', details: JSON.stringify({ relation: 'naaste' }) },
      { region_id: a.regionId, client_id: a.clientId, kind: 'safety-exception', actor_label: 'Pim Prof', details: JSON.stringify({ visibleToClient: false }) },
    ])
    .execute();
  await db
    .insertInto('correction_requests')
    .values({ region_id: a.regionId, client_id: a.clientId, requested_by: a.clientUser.id, requested_by_label: 'Cor Client', category: 'basis', text: 'Mijn huisnummer klopt niet.' })
    .execute();
  const teen = new Date();
  teen.setFullYear(teen.getFullYear() - 17, teen.getMonth(), teen.getDate() - 10);
  teenId = (await createClient(db, a.regionId, { firstName: 'Tess', lastName: 'Tiener', birthDate: teen.toISOString().slice(0, 10) })).id;
  await linkToClient(db, a.regionId, teenId, a.representative.id, 'vertegenwoordiger', 'moeder');
});
afterAll(() => t.close());

describe('export as JSON', () => {
  it('gives the client every section with their data, as a download', async () => {
    const c = await as(a.clientUser);
    const res = await c.get(`/api/clients/${a.clientId}/export.json`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="samenspel-gegevens-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = res.json() as { format: string; clientId: string; sections: Section[] };
    expect(body.format).toBe('samenspel-gegevens/1');
    expect(body.clientId).toBe(a.clientId);
    const keys = body.sections.map((s) => s.key);
    // The core sections come first; every module that stores client data adds its own after them.
    expect(keys.slice(0, 11)).toEqual(['client', 'circle', 'members', 'grants', 'decisions', 'history', 'refusals', 'safetyExceptions', 'corrections', 'erasure', 'accessLog']);
    expect(keys).toEqual(expect.arrayContaining(['plan', 'evaluations', 'crisis-plan', 'continuity', 'toekomstplan', 'logbook', 'volunteers', 'agenda']));
    expect(new Set(keys).size).toBe(keys.length);
    expect(body.sections.every((s) => s.title.nl && s.title.en)).toBe(true);

    expect(section(body, 'client')).toMatchObject({ firstName: 'Cor', lastName: 'Client', birthDate: '1960-04-12', street: 'Lindelaan 3', story: STORY, municipality: 'Gemeente export' });
    expect(section(body, 'circle')).toMatchObject({ regisseur: 'Pim Prof' });
    expect(section(body, 'members')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Pim Prof', relation: 'professional', label: 'wijkcoach', organisation: 'Wijkteam export' }),
        expect.objectContaining({ name: 'Nel Naaste', relation: 'naaste', label: 'buurvrouw', organisation: null }),
      ]),
    );
    expect(section(body, 'refusals')).toEqual([expect.objectContaining({ person: 'Jet Jansen', reason: 'Wil ik niet.', reviewOn: '2031-01-01' })]);
    expect(section(body, 'corrections')).toEqual([expect.objectContaining({ category: 'basis', text: 'Mijn huisnummer klopt niet.', status: 'open' })]);
    expect(section(body, 'erasure')).toEqual([]);

    // Only what the client has been told about safety exceptions, and no hidden history.
    const exceptions = section(body, 'safetyExceptions') as { justification: string }[];
    expect(exceptions.map((e) => e.justification)).toEqual(['Zorg om veiligheid, verteld.']);
    expect(res.body).not.toContain('geheim');
    const history = section(body, 'history') as { kind: string; subject: string | null }[];
    expect(history).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'member-added', subject: 'Nel Naaste' })]));
    expect(history.some((e) => e.kind === 'safety-exception')).toBe(false);
    const log = section(body, 'accessLog') as { purpose: string; actor: string; action: string }[];
    expect(log.map((e) => e.purpose)).toEqual(expect.arrayContaining(['veiligheid, verteld', 'gewone inzage']));
    expect(log.some((e) => e.purpose === 'veiligheid, geheim')).toBe(false);
  });

  it('logs one export per information category, with the request id', async () => {
    const c = await as(a.clientUser);
    const res = await c.get(`/api/clients/${a.clientId}/export.json`);
    const rows = await t.ctx.db.selectFrom('access_log').selectAll().where('client_id', '=', a.clientId).where('request_id', '=', String(res.headers['x-request-id'])).execute();
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r.category).sort()).toEqual([...INFORMATION_CATEGORIES].sort());
    expect(rows.every((r) => r.action === 'export' && r.actor_user_id === a.clientUser.id && r.purpose === 'gegevens downloaden (AVG)')).toBe(true);
  });

  it('refuses everyone who is not the client or their decider, and logs nothing for them', async () => {
    for (const u of [a.naaste, a.professional, a.otherProfessional, a.admin, a.policy]) {
      const c = await as(u);
      expect((await c.get(`/api/clients/${a.clientId}/export.json`)).statusCode, u.email).toBe(403);
      expect((await c.get(`/api/clients/${a.clientId}/export.html`)).statusCode, u.email).toBe(403);
    }
    const other = await as(b.clientUser);
    expect((await other.get(`/api/clients/${a.clientId}/export.json`)).statusCode).toBe(404);
    const exports = await t.ctx.db.selectFrom('access_log').select('actor_user_id').where('client_id', '=', a.clientId).where('action', '=', 'export').execute();
    expect(exports.every((e) => e.actor_user_id === a.clientUser.id)).toBe(true);
  });

  it('names the field of a malformed client id', async () => {
    const c = await as(a.clientUser);
    const res = await c.get('/api/clients/niet-een-id/export.json');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('clientId');
  });

  it('lets the representative of a child of 9 export, not the representative of a 17-year-old', async () => {
    const rep = await as(a.representative);
    const res = await rep.get(`/api/clients/${a.minorId}/export.json`);
    expect(res.statusCode).toBe(200);
    expect(section(res.json(), 'client')).toMatchObject({ firstName: 'Mila', lastName: 'Klein' });
    expect((await rep.get(`/api/clients/${teenId}/export.json`)).statusCode).toBe(403);
    expect((await rep.get(`/api/clients/${teenId}/export.html`)).statusCode).toBe(403);
  });
});

describe('export as a readable document', () => {
  it('is a Dutch HTML download with everything escaped and only its own style allowed', async () => {
    const c = await as(a.clientUser);
    const res = await c.get(`/api/clients/${a.clientId}/export.html`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="samenspel-gegevens-\d{4}-\d{2}-\d{2}\.html"$/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('script-src');
    const html = res.body;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Gegevens van Cor Client</h1>');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;gehackt&quot;)&lt;/script&gt; &amp; &quot;koffie&quot;');
    // Dates read the Dutch way, codes as words.
    expect(html).toContain('12 april 1960');
    expect(html).toContain('Basisgegevens');
    expect(html).toContain('Wie je gegevens bekeek of veranderde');
    expect(html).toContain('gedownload');
    expect(html).not.toContain('geheim');
  });
});

describe('sections of later modules', () => {
  it('adds a section to both downloads', async () => {
    addExportSection({
      key: 'proef',
      title: { nl: 'Proefdeel', en: 'Trial part' },
      labels: { note: { nl: 'Notitie', en: 'Note' } },
      collect: async (_db, scope) => [{ note: `over ${scope.clientId === a.clientId ? 'Cor' : 'iemand anders'}` }],
    });
    expect(() => addExportSection({ key: 'proef', title: { nl: 'x', en: 'x' }, collect: async () => null })).toThrow();
    const c = await as(a.clientUser);
    const json = (await c.get(`/api/clients/${a.clientId}/export.json`)).json() as { sections: Section[] };
    expect(json.sections.at(-1)).toEqual({ key: 'proef', title: { nl: 'Proefdeel', en: 'Trial part' }, data: [{ note: 'over Cor' }] });
    const html = (await c.get(`/api/clients/${a.clientId}/export.html`)).body;
    expect(html).toContain('<h2 id="deel-proef">Proefdeel</h2>');
    expect(html).toContain('<th scope="col">Notitie</th>');
  });
});
