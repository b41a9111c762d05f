import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { PROFESSIONAL_GRANTS, loginAs, mailTo, membership, person, type StaffUser } from '../../testing/safety-fixtures.js';
import type { AddedPerson, DiffView, DuplicatesView, FamilyView, MapView, PersonView, SnapshotDetail, SnapshotList, SnapshotSummary } from './model.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let reader: StaffUser;
let noNetwork: StaffUser;
let pim: TestClient;

const map = (clientId: string) => `/api/clients/${clientId}/network`;
const persons = (clientId: string) => `${map(clientId)}/persons`;

const ria = { displayName: 'Tante Ria', relation: 'tante', sector: 'familie', closeness: 'dichtbij', quality: 'steunend', supportGiven: ['emotioneel', 'praktisch'], birthDate: '1955-03-02', gender: 'vrouw' };

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'netmap');
  b = await regionFixture(t.ctx, 'netmap-elders');
  reader = await person(t.ctx, a.regionId, 'Rob Lezer', ['naaste']);
  noNetwork = await person(t.ctx, a.regionId, 'Nina Zonder', ['naaste']);
  await membership(t.ctx, a.regionId, a.clientId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  await membership(t.ctx, a.regionId, a.clientId, reader.id, 'naaste', { basis: 'read', netwerk: 'read' });
  await membership(t.ctx, a.regionId, a.clientId, noNetwork.id, 'naaste', { basis: 'read', plan: 'read' });
  pim = await loginAs(t, a.professional);
});
afterAll(() => t.close());

async function add(body: Record<string, unknown>, c = pim): Promise<AddedPerson> {
  const res = await c.post(persons(a.clientId), body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as AddedPerson;
}
const getMap = async (c = pim) => (await c.get(map(a.clientId))).json() as MapView;
const fields = (res: { json: () => unknown }) => (res.json() as { errors: { field: string }[] }).errors.map((e) => e.field);

describe('people on the map', () => {
  it('adds, reads, edits with a version, and logs under netwerk', async () => {
    const { person: p, duplicates } = await add(ria);
    expect(duplicates).toEqual([]);
    expect(p).toMatchObject({ displayName: 'Tante Ria', quality: 'steunend', supportGiven: ['emotioneel', 'praktisch'], status: 'actief', paid: false, version: 1, member: null });

    const edited = await pim.put(`${persons(a.clientId)}/${p.id}`, { ...ria, quality: 'moeizaam', status: 'wil-herstellen', note: 'Ruzie over de verhuizing', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ quality: 'moeizaam', status: 'wil-herstellen', note: 'Ruzie over de verhuizing', version: 2 });

    const stale = await pim.put(`${persons(a.clientId)}/${p.id}`, { ...ria, quality: 'verbroken', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { current: PersonView }).current).toMatchObject({ quality: 'moeizaam', version: 2 });

    const m = await getMap();
    expect(m.canEdit).toBe(true);
    expect(m.persons.find((x) => x.id === p.id)).toMatchObject({ quality: 'moeizaam' });
    const log = await t.ctx.db.selectFrom('access_log').select(['category', 'action', 'purpose']).where('client_id', '=', a.clientId).where('actor_user_id', '=', a.professional.id).execute();
    expect(log).toContainEqual({ category: 'netwerk', action: 'create', purpose: 'persoon op de netwerkkaart gezet' });
    expect(log).toContainEqual({ category: 'netwerk', action: 'update', purpose: 'persoon op de netwerkkaart aangepast' });
  });

  it('names the wrong field and saves nothing', async () => {
    const before = (await getMap()).persons.length;
    const noName = await pim.post(persons(a.clientId), { ...ria, displayName: '  ' });
    expect(noName.statusCode).toBe(422);
    expect(fields(noName)).toContain('displayName');
    const sector = await pim.post(persons(a.clientId), { ...ria, sector: 'maan' });
    expect(fields(sector)).toContain('sector');
    const future = await pim.post(persons(a.clientId), { ...ria, birthDate: '2999-01-01' });
    expect(future.statusCode).toBe(422);
    expect(fields(future)).toContain('birthDate');
    const fn = await pim.post(persons(a.clientId), { ...ria, supportGiven: ['toveren'] });
    expect(fields(fn)[0]).toMatch(/^supportGiven/);
    const pos = await pim.put(`${persons(a.clientId)}/00000000-0000-4000-8000-000000000001/position`, { posX: 2, posY: 0.5, version: 1 });
    expect(fields(pos)).toContain('posX');
    expect((await getMap()).persons.length).toBe(before);
  });

  it('moves a person, resets the layout, and deletes with a version', async () => {
    const { person: p } = await add({ displayName: 'Kees', relation: 'buurman', sector: 'buurt', closeness: 'verder' });
    const moved = await pim.put(`${persons(a.clientId)}/${p.id}/position`, { posX: 0.25, posY: 0.75, version: 1 });
    expect(moved.json()).toMatchObject({ posX: 0.25, posY: 0.75, version: 2 });
    const reset = await pim.post(`${map(a.clientId)}/layout/reset`);
    expect(reset.json()).toMatchObject({ moved: 1 });
    const after = (await getMap()).persons.find((x) => x.id === p.id);
    expect(after).toMatchObject({ posX: null, posY: null, version: 3 });

    expect((await pim.request('DELETE', `${persons(a.clientId)}/${p.id}?version=2`)).statusCode).toBe(409);
    expect((await pim.request('DELETE', `${persons(a.clientId)}/${p.id}?version=3`)).statusCode).toBe(204);
    expect((await pim.get(`${persons(a.clientId)}/${p.id}`)).statusCode).toBe(404);
  });

  it('lets a reader see but not change, refuses a member without netwerk access, and hides the map from others', async () => {
    const r = await loginAs(t, reader);
    const seen = await r.get(map(a.clientId));
    expect(seen.statusCode).toBe(200);
    expect((seen.json() as MapView).canEdit).toBe(false);
    expect((await r.post(persons(a.clientId), ria)).statusCode).toBe(403);

    const n = await loginAs(t, noNetwork);
    expect((await n.get(map(a.clientId))).statusCode).toBe(403);
    expect((await n.post(persons(a.clientId), ria)).statusCode).toBe(403);
    expect(await t.ctx.db.selectFrom('access_log').select('seq').where('actor_user_id', '=', noNetwork.id).where('category', '=', 'netwerk').execute()).toEqual([]);

    expect((await (await loginAs(t, a.otherProfessional)).get(map(a.clientId))).statusCode).toBe(403);
    expect((await (await loginAs(t, b.professional)).get(map(a.clientId))).statusCode).toBe(404);
    // A person of another client is not reachable through this client's path.
    const other = await (await loginAs(t, b.clientUser)).post(persons(b.clientId), { displayName: 'Elders', relation: 'vriend', sector: 'vrienden', closeness: 'dichtbij' });
    expect(other.statusCode).toBe(201);
    expect((await pim.get(`${persons(a.clientId)}/${(other.json() as AddedPerson).person.id}`)).statusCode).toBe(404);
  });
});

describe('duplicates and merging', () => {
  it('warns on add, lists doubles, and merges fields, family links and snapshots in one go', async () => {
    const first = (await add({ displayName: 'Jessica de Wit', relation: 'zus', sector: 'familie', closeness: 'heel-dichtbij', supportGiven: ['emotioneel'], birthDate: '1990-06-01' })).person;
    const second = await add({ displayName: '  jessica  DE wit ', relation: 'zus', sector: 'familie', closeness: 'dichtbij', supportGiven: ['praktisch'], note: 'Woont in Almere', contactFrequency: 'wekelijks' });
    expect(second.duplicates.map((d) => d.id)).toEqual([first.id]);
    const differentDate = await add({ displayName: 'Jessica de Wit', relation: 'nicht', sector: 'familie', closeness: 'verder', birthDate: '2001-01-01' });
    expect(differentDate.duplicates.map((d) => d.id)).toEqual([second.person.id]);

    const groups = (await pim.get(`${map(a.clientId)}/duplicates`)).json() as DuplicatesView;
    const ids = groups.groups.map((g) => g.persons.map((p) => p.id).sort());
    expect(ids).toContainEqual([first.id, second.person.id].sort());
    expect(ids.some((g) => g.includes(first.id) && g.includes(differentDate.person.id))).toBe(false);

    const parent = (await add({ displayName: 'Ma de Wit', relation: 'moeder', sector: 'familie', closeness: 'dichtbij' })).person;
    const link = await pim.post(`${map(a.clientId)}/family`, { kind: 'ouder-van', fromPersonId: parent.id, toPersonId: second.person.id });
    expect(link.statusCode, link.body).toBe(201);
    const snap = await pim.post(`${map(a.clientId)}/snapshots`, { label: 'intake', takenOn: '2026-01-10' });
    expect(snap.statusCode, snap.body).toBe(201);

    const stale = await pim.post(`${persons(a.clientId)}/${first.id}/merge`, { otherId: second.person.id, version: 1, otherVersion: 7 });
    expect(stale.statusCode).toBe(409);
    const self = await pim.post(`${persons(a.clientId)}/${first.id}/merge`, { otherId: first.id, version: 1, otherVersion: 1 });
    expect(fields(self)).toEqual(['otherId']);

    const merged = await pim.post(`${persons(a.clientId)}/${first.id}/merge`, { otherId: second.person.id, version: 1, otherVersion: 1 });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ displayName: 'Jessica de Wit', closeness: 'heel-dichtbij', birthDate: '1990-06-01', note: 'Woont in Almere', contactFrequency: 'wekelijks', version: 2 });
    expect([...(merged.json() as PersonView).supportGiven].sort()).toEqual(['emotioneel', 'praktisch']);

    const m = await getMap();
    expect(m.persons.some((p) => p.id === second.person.id)).toBe(false);
    expect(m.family).toContainEqual(expect.objectContaining({ kind: 'ouder-van', fromPersonId: parent.id, toPersonId: first.id }));
    const detail = (await pim.get(`${map(a.clientId)}/snapshots/${(snap.json() as SnapshotSummary).id}`)).json() as SnapshotDetail;
    const keys = detail.entries.map((e) => e.personKey);
    expect(keys).toContain(first.id);
    expect(keys).not.toContain(second.person.id);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('family links for the genogram', () => {
  it('stores partner pairs once, refuses loops, doubles and strangers, and removes', async () => {
    const partner = (await add({ displayName: 'Ahmed', relation: 'partner', sector: 'familie', closeness: 'heel-dichtbij', gender: 'man' })).person;
    const kid = (await add({ displayName: 'Noor', relation: 'dochter', sector: 'familie', closeness: 'heel-dichtbij', gender: 'vrouw' })).person;
    const p1 = await pim.post(`${map(a.clientId)}/family`, { kind: 'partner', fromPersonId: partner.id, toPersonId: null });
    expect(p1.statusCode).toBe(201);
    expect(p1.json()).toMatchObject({ fromPersonId: null, toPersonId: partner.id });
    const again = await pim.post(`${map(a.clientId)}/family`, { kind: 'partner', fromPersonId: null, toPersonId: partner.id });
    expect(fields(again)).toEqual(['kind']);
    const parent = await pim.post(`${map(a.clientId)}/family`, { kind: 'ouder-van', fromPersonId: null, toPersonId: kid.id });
    expect(parent.statusCode).toBe(201);
    const loop = await pim.post(`${map(a.clientId)}/family`, { kind: 'ouder-van', fromPersonId: kid.id, toPersonId: null });
    expect(fields(loop)).toEqual(['kind']);
    const stranger = await pim.post(`${map(a.clientId)}/family`, { kind: 'partner', fromPersonId: null, toPersonId: '00000000-0000-4000-8000-000000000009' });
    expect(fields(stranger)).toEqual(['toPersonId']);
    const both = await pim.post(`${map(a.clientId)}/family`, { kind: 'partner', fromPersonId: null, toPersonId: null });
    expect(fields(both)).toEqual(['toPersonId']);

    const id = (p1.json() as FamilyView).id;
    expect((await pim.request('DELETE', `${map(a.clientId)}/family/${id}`)).statusCode).toBe(204);
    expect((await pim.request('DELETE', `${map(a.clientId)}/family/${id}`)).statusCode).toBe(404);
  });
});

describe('snapshots and change', () => {
  it('saves dated snapshots, refuses the future, shows what changed, and anonymises deleted people', async () => {
    const c = await loginAs(t, b.clientUser);
    const base = persons(b.clientId);
    const add2 = async (body: Record<string, unknown>) => ((await c.post(base, body)).json() as AddedPerson).person;
    const kees = await add2({ displayName: 'Kees Bakker', relation: 'buurman', sector: 'buurt', closeness: 'dichtbij', birthDate: '1950-01-01', note: 'Helpt met de tuin' });
    const mo = await add2({ displayName: 'Mo', relation: 'vriend', sector: 'vrienden', closeness: 'dichtbij' });
    const future = await c.post(`${map(b.clientId)}/snapshots`, { label: 'intake', takenOn: '2999-01-01' });
    expect(fields(future)).toEqual(['takenOn']);
    const bad = await c.post(`${map(b.clientId)}/snapshots`, { label: 'feest', takenOn: '2026-02-30' });
    expect(fields(bad).sort()).toEqual(['label', 'takenOn']);

    const intake = (await c.post(`${map(b.clientId)}/snapshots`, { label: 'intake', takenOn: '2026-01-05', note: 'Eerste gesprek' })).json() as SnapshotSummary;
    expect(intake).toMatchObject({ label: 'intake', takenOn: '2026-01-05', personCount: 3 });

    await c.put(`${base}/${mo.id}`, { displayName: 'Mo', relation: 'vriend', sector: 'vrienden', closeness: 'verder', quality: 'verbroken', status: 'contact-kwijt', version: 1 });
    const sam = await add2({ displayName: 'Sam', relation: 'maatje', sector: 'vrije-tijd', closeness: 'dichtbij', paid: false });
    expect((await c.request('DELETE', `${base}/${kees.id}?version=1`)).statusCode).toBe(204);

    const diff = (await c.get(`${map(b.clientId)}/changes?from=${intake.id}`)).json() as DiffView;
    expect(diff.to.snapshot).toBeNull();
    expect(diff.came.map((e) => e.personKey)).toEqual([sam.id]);
    expect(diff.went).toEqual([expect.objectContaining({ personKey: kees.id, removed: true, displayName: null, relation: 'buurman' })]);
    const moChange = diff.changed.find((x) => x.person.personKey === mo.id);
    expect(moChange?.changes).toEqual(
      expect.arrayContaining([
        { field: 'closeness', before: 'dichtbij', after: 'verder' },
        { field: 'quality', before: 'steunend', after: 'verbroken' },
        { field: 'status', before: 'actief', after: 'contact-kwijt' },
      ]),
    );

    const evaluation = (await c.post(`${map(b.clientId)}/snapshots`, { label: 'evaluatie', takenOn: '2026-03-01' })).json() as SnapshotSummary;
    const between = (await c.get(`${map(b.clientId)}/changes?from=${intake.id}&to=${evaluation.id}`)).json() as DiffView;
    expect(between.to.snapshot?.id).toBe(evaluation.id);
    expect(between.came.map((e) => e.personKey)).toEqual([sam.id]);
    expect(between.sizeBefore).toBe(3);
    expect(between.sizeAfter).toBe(3);

    // The old snapshot keeps Kees, without name, birth date or note.
    const old = (await c.get(`${map(b.clientId)}/snapshots/${intake.id}`)).json() as SnapshotDetail;
    expect(old.entries.find((e) => e.personKey === kees.id)).toMatchObject({ removed: true, displayName: null, relation: 'buurman' });
    const raw = await t.ctx.db.selectFrom('network_snapshot_entries').selectAll().where('person_key', '=', kees.id).execute();
    expect(raw).toEqual([expect.objectContaining({ display_name: null, birth_date: null, note: null, gender: null })]);

    const list = (await c.get(`${map(b.clientId)}/snapshots`)).json() as SnapshotList;
    expect(list.snapshots.map((s) => s.label)).toEqual(['evaluatie', 'intake']);
    expect((await c.get(`${map(b.clientId)}/changes?from=${a.clientId}`)).statusCode).toBe(422);
  });
});

describe('the circle and the map', () => {
  it('invites a person from the map, links them once they joined, and offers members who are not on the map', async () => {
    const before = await getMap();
    expect(before.membersNotOnMap.map((m) => m.name)).toEqual(expect.arrayContaining(['Nel Naaste', 'Rob Lezer']));

    const placed = await pim.post(`${map(a.clientId)}/members/${before.membersNotOnMap.find((m) => m.name === 'Nel Naaste')?.linkId}`, { sector: 'buurt', closeness: 'dichtbij' });
    expect(placed.statusCode, placed.body).toBe(201);
    expect(placed.json()).toMatchObject({ displayName: 'Nel Naaste', relation: 'buurvrouw', member: { name: 'Nel Naaste', relation: 'naaste' } });
    const placedAgain = await pim.post(`${map(a.clientId)}/members/${(placed.json() as PersonView).member?.linkId}`, { sector: 'buurt', closeness: 'dichtbij' });
    expect(placedAgain.statusCode).toBe(404);

    const bram = (await add({ displayName: 'Bram', relation: 'neef', sector: 'familie', closeness: 'dichtbij' })).person;
    const invited = await pim.post(`${persons(a.clientId)}/${bram.id}/invite`, { email: 'bram@netmap.test', role: 'naaste', version: 1 });
    expect(invited.statusCode, invited.body).toBe(200);
    expect(invited.json()).toMatchObject({ invitation: { state: 'open' }, member: null, version: 2 });
    const mail = (await mailTo(t.ctx, 'bram@netmap.test')).at(-1);
    expect(mail?.text_body).not.toContain('Cor');
    const token = /uitnodiging\/([\w-]+)/.exec(mail?.text_body ?? '')?.[1] ?? '';
    const accepted = await new TestClient(t.app).post(`/api/invitations/${token}/accept`, { password: PASSWORD });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const after = await getMap();
    expect(after.persons.find((p) => p.id === bram.id)).toMatchObject({ member: { name: 'Bram', relation: 'naaste' }, invitation: { state: 'accepted' } });
    expect(after.membersNotOnMap.some((m) => m.name === 'Bram')).toBe(false);

    const nobody = (await add({ displayName: 'Rob', relation: 'vriend', sector: 'vrienden', closeness: 'verder' })).person;
    const robLink = after.membersNotOnMap.find((m) => m.name === 'Rob Lezer')?.linkId;
    const linked = await pim.put(`${persons(a.clientId)}/${nobody.id}/member`, { linkId: robLink, version: 1 });
    expect(linked.json()).toMatchObject({ member: { name: 'Rob Lezer' } });
    const stale = await pim.put(`${persons(a.clientId)}/${bram.id}/member`, { linkId: robLink, version: 1 });
    expect(stale.statusCode).toBe(409);
    const taken = await pim.put(`${persons(a.clientId)}/${bram.id}/member`, { linkId: robLink, version: 2 });
    expect(fields(taken)).toEqual(['linkId']);
    const reader2 = await loginAs(t, reader);
    expect((await reader2.post(`${persons(a.clientId)}/${nobody.id}/invite`, { email: 'x@netmap.test', role: 'naaste', version: 2 })).statusCode).toBe(403);
  });

  it('puts the map in the client\'s AVG download', async () => {
    const cor = await loginAs(t, a.clientUser);
    const res = await cor.get(`/api/clients/${a.clientId}/export.json`);
    expect(res.statusCode).toBe(200);
    const section = (res.json() as { sections: { key: string; data: { persons: { name: string }[]; snapshots: unknown[] } }[] }).sections.find((s) => s.key === 'network-map');
    expect(section?.data.persons.map((p) => p.name)).toContain('Jessica de Wit');
    expect(section?.data.snapshots.length).toBeGreaterThan(0);
  });
});
