import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { PROFESSIONAL_GRANTS, loginAs, membership, person, type StaffUser } from '../../testing/safety-fixtures.js';
import type { EntryView, ReportList, UpdateList } from './model.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let reader: StaffUser;
let nobody: StaffUser;
let colleague: StaffUser;

const updates = (clientId: string) => `/api/clients/${clientId}/logbook`;
const reports = (clientId: string) => `/api/clients/${clientId}/reports`;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'logboek');
  b = await regionFixture(t.ctx, 'logboek-elders');
  reader = await person(t.ctx, a.regionId, 'Ria Lezer', ['naaste']);
  nobody = await person(t.ctx, a.regionId, 'Nico Niets', ['naaste']);
  colleague = await person(t.ctx, a.regionId, 'Carla Collega', ['professional'], a.organisationId);
  // Exactly the grants these tests rely on: the naaste writes updates but sees no reports.
  await membership(t.ctx, a.regionId, a.clientId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  await membership(t.ctx, a.regionId, a.clientId, colleague.id, 'professional', PROFESSIONAL_GRANTS);
  await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read', logboek: 'contribute' });
  await membership(t.ctx, a.regionId, a.clientId, reader.id, 'naaste', { logboek: 'read', rapportage: 'read' });
  await membership(t.ctx, a.regionId, a.clientId, nobody.id, 'naaste', { basis: 'read' });
  await membership(t.ctx, a.regionId, a.minorId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
});
afterAll(() => t.close());

async function post<T>(who: Parameters<typeof loginAs>[1], url: string, body: unknown, status = 201): Promise<T> {
  const c = await loginAs(t, who);
  const res = await c.post(url, body);
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

describe('updates (logboek)', () => {
  it('lets a naaste share good news that the client reads, and logs both under logboek', async () => {
    const written = await post<EntryView>(a.naaste, updates(a.clientId), { kind: 'goed-nieuws', body: 'Cor heeft vandaag zelf boodschappen gedaan!' });
    expect(written).toMatchObject({ kind: 'goed-nieuws', mine: true, authorLabel: 'Nel Naaste', version: 1, reaction: null });

    const cor = await loginAs(t, a.clientUser);
    const list = (await cor.get(updates(a.clientId))).json() as UpdateList;
    expect(list.canWrite).toBe(true);
    const seen = list.entries.find((e) => e.id === written.id);
    expect(seen).toMatchObject({ body: 'Cor heeft vandaag zelf boodschappen gedaan!', mine: false });

    const log = await t.ctx.db.selectFrom('access_log').select(['category', 'action', 'purpose']).where('client_id', '=', a.clientId).where('actor_user_id', '=', a.naaste.id).execute();
    expect(log).toContainEqual({ category: 'logboek', action: 'create', purpose: 'goed nieuws in het logboek gezet' });
  });

  it('filters by kind', async () => {
    await post(a.professional, updates(a.clientId), { kind: 'zorg', body: 'Cor slaapt slecht de laatste week.' });
    const c = await loginAs(t, a.professional);
    const list = (await c.get(`${updates(a.clientId)}?kind=zorg`)).json() as UpdateList;
    expect(list.entries.length).toBeGreaterThan(0);
    expect(list.entries.every((e) => e.kind === 'zorg')).toBe(true);
    expect((await c.get(`${updates(a.clientId)}?kind=rapportage`)).statusCode).toBe(422);
  });

  it('shows updates only to members with logboek access, and writing needs contribute', async () => {
    const r = await loginAs(t, reader);
    const list = await r.get(updates(a.clientId));
    expect(list.statusCode).toBe(200);
    expect((list.json() as UpdateList).canWrite).toBe(false);
    expect((await r.post(updates(a.clientId), { kind: 'update', body: 'Mag ik dit?' })).statusCode).toBe(403);

    const n = await loginAs(t, nobody);
    expect((await n.get(updates(a.clientId))).statusCode).toBe(403);
    expect((await n.post(updates(a.clientId), { kind: 'update', body: 'Hallo' })).statusCode).toBe(403);
    const logged = await t.ctx.db.selectFrom('access_log').select('seq').where('actor_user_id', '=', nobody.id).execute();
    expect(logged).toEqual([]);

    const outsider = await loginAs(t, a.otherProfessional);
    expect((await outsider.get(updates(a.clientId))).statusCode).toBe(403);
    const elsewhere = await loginAs(t, b.professional);
    expect((await elsewhere.get(updates(a.clientId))).statusCode).toBe(404);
  });

  it('names the field for an empty text or an unknown kind, and saves nothing', async () => {
    const c = await loginAs(t, a.naaste);
    const before = await t.ctx.db.selectFrom('logbook_entries').select('id').execute();
    const empty = await c.post(updates(a.clientId), { kind: 'update', body: '   ' });
    expect(empty.statusCode).toBe(422);
    expect((empty.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['body']);
    const kind = await c.post(updates(a.clientId), { kind: 'rapportage', body: 'Zo schrijf ik een rapportage.' });
    expect(kind.statusCode).toBe(422);
    expect((kind.json() as { errors: { field: string }[] }).errors[0]?.field).toBe('kind');
    const long = await c.post(updates(a.clientId), { kind: 'update', body: 'x'.repeat(4001) });
    expect(long.statusCode).toBe(422);
    expect((await t.ctx.db.selectFrom('logbook_entries').select('id').execute()).length).toBe(before.length);
  });

  it('lets only the writer change an update, and answers a stale version with 409 and the current text', async () => {
    const e = await post<EntryView>(a.naaste, updates(a.clientId), { kind: 'update', body: 'We gaan zaterdag wandelen.' });
    const nel = await loginAs(t, a.naaste);
    const first = await nel.put(`${updates(a.clientId)}/${e.id}`, { kind: 'goed-nieuws', body: 'We zijn zaterdag gaan wandelen, heerlijk.', version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ kind: 'goed-nieuws', version: 2 });
    expect((first.json() as EntryView).editedAt).not.toBeNull();

    const stale = await nel.put(`${updates(a.clientId)}/${e.id}`, { kind: 'update', body: 'Oude versie', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { current: EntryView }).current).toMatchObject({ body: 'We zijn zaterdag gaan wandelen, heerlijk.', version: 2 });

    const pim = await loginAs(t, a.professional);
    expect((await pim.put(`${updates(a.clientId)}/${e.id}`, { kind: 'update', body: 'Niet van mij', version: 2 })).statusCode).toBe(403);
    expect((await nel.put(`${updates(a.clientId)}/00000000-0000-4000-8000-000000000001`, { kind: 'update', body: 'Bestaat niet', version: 1 })).statusCode).toBe(404);
    // An update is not reachable through the reports path, nor a report through this one.
    expect((await pim.put(`${reports(a.clientId)}/${e.id}`, { body: 'Verkeerd pad', version: 2 })).statusCode).toBe(404);
  });
});

describe('reports (rapportage, "samen rapporteren")', () => {
  let report: EntryView;

  it('lets a professional of the circle write a report that the client reads, and a naaste without rapportage does not', async () => {
    report = await post<EntryView>(a.professional, reports(a.clientId), { body: 'Gesprek bij Cor thuis. Hij wil zelf de post openen, met hulp van Nel.' });
    expect(report).toMatchObject({ kind: 'rapportage', mine: true, version: 1 });

    const cor = await loginAs(t, a.clientUser);
    const list = (await cor.get(reports(a.clientId))).json() as ReportList;
    expect(list).toMatchObject({ canWrite: false, canReact: true });
    expect(list.entries.map((e) => e.id)).toContain(report.id);

    const nel = await loginAs(t, a.naaste);
    expect((await nel.get(reports(a.clientId))).statusCode).toBe(403);
    // Reports never appear among updates.
    const upd = (await nel.get(updates(a.clientId))).json() as UpdateList;
    expect(upd.entries.some((e) => e.kind === 'rapportage')).toBe(false);

    const r = (await (await loginAs(t, reader)).get(reports(a.clientId))).json() as ReportList;
    expect(r).toMatchObject({ canWrite: false, canReact: false });
    expect(r.entries.map((e) => e.id)).toContain(report.id);
  });

  it('keeps writing reports to professionals: not the client, not a naaste', async () => {
    const body = { body: 'Mijn eigen rapportage.' };
    expect((await (await loginAs(t, a.clientUser)).post(reports(a.clientId), body)).statusCode).toBe(403);
    expect((await (await loginAs(t, a.naaste)).post(reports(a.clientId), body)).statusCode).toBe(403);
    expect((await (await loginAs(t, reader)).post(reports(a.clientId), body)).statusCode).toBe(403);
    expect((await (await loginAs(t, a.otherProfessional)).post(reports(a.clientId), body)).statusCode).toBe(403);
  });

  it('takes "klopt niet" only with a reason, and the reaction only from the client', async () => {
    const cor = await loginAs(t, a.clientUser);
    const bare = await cor.put(`${reports(a.clientId)}/${report.id}/reaction`, { reaction: 'klopt-niet', version: report.version });
    expect(bare.statusCode).toBe(422);
    expect((bare.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['note']);

    const pim = await loginAs(t, a.professional);
    expect((await pim.put(`${reports(a.clientId)}/${report.id}/reaction`, { reaction: 'klopt', version: report.version })).statusCode).toBe(403);

    const res = await cor.put(`${reports(a.clientId)}/${report.id}/reaction`, { reaction: 'klopt-niet', note: 'Nel helpt niet, dat doet mijn broer.', version: report.version });
    expect(res.statusCode, res.body).toBe(200);
    const reacted = res.json() as EntryView;
    expect(reacted.reaction).toMatchObject({ reaction: 'klopt-niet', note: 'Nel helpt niet, dat doet mijn broer.', byLabel: 'Cor Client', onCurrentText: true });
    report = reacted;
  });

  it('lets the writer correct the report; the reaction then shows it was on the older text, and a stale reaction gets 409', async () => {
    const pim = await loginAs(t, a.professional);
    const fixed = await pim.put(`${reports(a.clientId)}/${report.id}`, { body: 'Gesprek bij Cor thuis. Hij wil zelf de post openen, met hulp van zijn broer.', version: report.version });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const now = fixed.json() as EntryView;
    expect(now.reaction).toMatchObject({ reaction: 'klopt-niet', onCurrentText: false });

    const cor = await loginAs(t, a.clientUser);
    const stale = await cor.put(`${reports(a.clientId)}/${report.id}/reaction`, { reaction: 'klopt', version: report.version });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { current: EntryView }).current.body).toContain('zijn broer');
    const ok = await cor.put(`${reports(a.clientId)}/${report.id}/reaction`, { reaction: 'klopt', note: null, version: now.version });
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as EntryView).reaction).toMatchObject({ reaction: 'klopt', note: null, onCurrentText: true });

    const carla = await loginAs(t, colleague);
    expect((await carla.put(`${reports(a.clientId)}/${report.id}`, { body: 'Van een ander', version: now.version + 1 })).statusCode).toBe(403);
    expect((await pim.put(`${reports(a.clientId)}/${report.id}`, { body: 'Oud', version: 1 })).statusCode).toBe(409);
  });

  it('lets the representative who decides react for a young child', async () => {
    const r = await post<EntryView>(a.professional, reports(a.minorId), { body: 'Mila speelde vandaag fijn met haar broertje.' });
    const vera = await loginAs(t, a.representative);
    const list = (await vera.get(reports(a.minorId))).json() as ReportList;
    expect(list.canReact).toBe(true);
    const res = await vera.put(`${reports(a.minorId)}/${r.id}/reaction`, { reaction: 'klopt', version: r.version });
    expect(res.statusCode).toBe(200);
    expect((res.json() as EntryView).reaction?.byLabel).toBe('Vera Vader');
  });

  it('puts updates and reports in the client\'s AVG download', async () => {
    const cor = await loginAs(t, a.clientUser);
    const res = await cor.get(`/api/clients/${a.clientId}/export.json`);
    expect(res.statusCode).toBe(200);
    const section = (res.json() as { sections: { key: string; data: { kind: string; reaction: string | null }[] }[] }).sections.find((s) => s.key === 'logbook');
    expect(section?.data.some((e) => e.kind === 'goed-nieuws')).toBe(true);
    expect(section?.data.some((e) => e.kind === 'rapportage' && e.reaction === 'klopt')).toBe(true);
  });
});
