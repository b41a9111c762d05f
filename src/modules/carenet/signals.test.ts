import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { loginAs } from '../../testing/safety-fixtures.js';
import { todayInNl } from '../../platform/access/index.js';
import { detectPersonalData } from './signals-detector.js';
import type { NetworkSignalsView, SignalView } from './signals-model.js';
import { networkFixture, type NetworkFixture } from './minutes-test-fixtures.js';

let t: TestApp;
let f: NetworkFixture;
let chair: TestClient;
let rep1: TestClient;
const base = () => ({ kind: 'trend', title: 'Drugsgebruik rond het schoolplein', body: 'Meerdere scholen zien jongeren blowen in de pauze.', sourceOrgId: f.orgId, observedOn: todayInNl(), area: 'De Essen', ageGroup: '12-18' });

beforeAll(async () => {
  t = await createTestApp();
  f = await networkFixture(t.ctx, 'h6sig');
  [chair, rep1] = await Promise.all([loginAs(t, f.chair), loginAs(t, f.rep1)]);
}, 60_000);
afterAll(() => t.close());

describe('personal data detector', () => {
  it('finds phone numbers, e-mail, BSN, postcodes, addresses and full dates for sure, and names as likely', () => {
    const sure = (s: string) => detectPersonalData(s).sure.map((x) => x.kind);
    expect(sure('Bel 06-12345678')).toEqual(['phone']);
    expect(sure('bel +31 6 1234 5678')).toEqual(['phone']);
    expect(sure('mail jan@voorbeeld.nl')).toEqual(['email']);
    expect(sure('bsn 123456782')).toEqual(['bsn']);
    expect(sure('woont in 7571 AB')).toEqual(['postcode']);
    expect(sure('op de Molenstraat 12')).toEqual(['address']);
    expect(sure('geboren 12-03-2011')).toEqual(['date', 'date']);
    expect(sure('sinds 3 maart 2016 overlast')).toEqual(['date']);
    expect(sure('Sinds maart 2016 meer overlast in de wijk, in 2016 en 2017 ook 12 jongeren.')).toEqual([]);
    expect(detectPersonalData('Mevrouw Jansen belde').likely.map((x) => x.match)).toContain('Mevrouw Jansen');
    expect(detectPersonalData('Gesprek met Jan de Vries').likely.map((x) => x.match)).toContain('Jan de Vries');
    expect(detectPersonalData('Veel jongeren hangen rond. Ouders maken zich zorgen.').likely).toEqual([]);
  });
});

describe('signal log', () => {
  it('members log signals; text with personal data is refused, a likely name needs confirmation', async () => {
    const ok = await rep1.post(`/api/care-signals/networks/${f.networkId}`, base());
    expect(ok.statusCode).toBe(201);
    expect((ok.json() as SignalView).status).toBe('open');
    const phone = await rep1.post(`/api/care-signals/networks/${f.networkId}`, { ...base(), body: 'Moeder belt vaak, 06-12345678.' });
    expect(phone.statusCode).toBe(422);
    expect(JSON.stringify(phone.json())).toContain('"field":"body"');
    const name = await rep1.post(`/api/care-signals/networks/${f.networkId}`, { ...base(), body: 'Mevrouw Jansen ziet overlast.' });
    expect(name.statusCode).toBe(422);
    expect(JSON.stringify(name.json())).toContain('confirmNoPersonalData');
    const confirmed = await rep1.post(`/api/care-signals/networks/${f.networkId}`, { ...base(), title: 'Gat in aanbod autisme', kind: 'hiaat', body: 'Voor jonge kinderen met autisme is er bij Carmel College weinig.', confirmNoPersonalData: true });
    expect(confirmed.statusCode).toBe(201);
    const even = await rep1.post(`/api/care-signals/networks/${f.networkId}`, { ...base(), body: 'Geboren 01-02-2010, woont Dorpsstraat 4.', confirmNoPersonalData: true });
    expect(even.statusCode).toBe(422);
    expect((await rep1.post(`/api/care-signals/networks/${f.networkId}`, { ...base(), kind: 'gerucht' })).statusCode).toBe(422);
    expect((await rep1.post(`/api/care-signals/networks/${f.networkId}`, { ...base(), observedOn: '2999-01-01' })).statusCode).toBe(422);
    expect((await rep1.post(`/api/care-signals/networks/${f.networkId}`, { ...base(), followUpUserId: f.outsider.id })).statusCode).toBe(422);
    const outsider = await loginAs(t, f.outsider);
    expect((await outsider.post(`/api/care-signals/networks/${f.networkId}`, base())).statusCode).toBe(404);
    expect((await outsider.get(`/api/care-signals/networks/${f.networkId}`)).statusCode).toBe(404);
    const log = (await rep1.get(`/api/care-signals/networks/${f.networkId}`)).json() as NetworkSignalsView;
    expect(log.signals).toHaveLength(2);
    expect(log.network.canManage).toBe(false);
  });

  it('the chair raises a signal to the municipality; only the municipality and policy advisers see that list', async () => {
    const log = (await chair.get(`/api/care-signals/networks/${f.networkId}`)).json() as NetworkSignalsView;
    const s = log.signals.find((x) => x.kind === 'trend')!;
    expect((await rep1.post(`/api/care-signals/${s.id}/raise`, { version: s.version })).statusCode).toBe(403);
    const raised = await chair.post(`/api/care-signals/${s.id}/raise`, { version: s.version, note: 'Graag bespreken in de werkgroep jeugd.' });
    expect(raised.statusCode).toBe(200);
    expect(raised.json()).toMatchObject({ status: 'raised', raisedByName: 'Carla Voorzitter' });
    expect((await chair.post(`/api/care-signals/${s.id}/raise`, { version: s.version })).statusCode).toBe(409);
    const gemeente = await loginAs(t, f.gemeente);
    const list = (await gemeente.get('/api/care-signals/raised')).json() as SignalView[];
    expect(list.map((x) => x.id)).toEqual([s.id]);
    const policy = await loginAs(t, f.region.policy);
    expect(((await policy.get('/api/care-signals/raised')).json() as SignalView[]).map((x) => x.id)).toEqual([s.id]);
    expect((await rep1.get('/api/care-signals/raised')).statusCode).toBe(403);
    expect((await policy.get(`/api/care-signals/networks/${f.networkId}`)).statusCode).toBe(404);
  });

  it('the chair puts a signal on a coming meeting as a theme item, once', async () => {
    const meeting = await t.ctx.db.insertInto('care_meetings').values({ region_id: f.region.regionId, network_id: f.networkId, starts_at: new Date(Date.now() + 7 * 86_400_000) }).returning('id').executeTakeFirstOrThrow();
    const past = await t.ctx.db.insertInto('care_meetings').values({ region_id: f.region.regionId, network_id: f.networkId, starts_at: new Date(Date.now() - 7 * 86_400_000), status: 'held' }).returning('id').executeTakeFirstOrThrow();
    await t.ctx.db.insertInto('care_meeting_items').values({ region_id: f.region.regionId, meeting_id: meeting.id, kind: 'theme', position: 1, title: 'Jaarplan' }).execute();
    const log = (await chair.get(`/api/care-signals/networks/${f.networkId}`)).json() as NetworkSignalsView;
    expect(log.meetings.map((x) => x.id)).toEqual([meeting.id]);
    const s = log.signals.find((x) => x.kind === 'hiaat')!;
    expect((await chair.post(`/api/care-signals/${s.id}/agenda`, { version: s.version, meetingId: past.id })).statusCode).toBe(422);
    const res = await chair.post(`/api/care-signals/${s.id}/agenda`, { version: s.version, meetingId: meeting.id });
    expect(res.statusCode).toBe(200);
    expect((res.json() as SignalView).agendaMeetingId).toBe(meeting.id);
    expect((await chair.post(`/api/care-signals/${s.id}/agenda`, { version: s.version, meetingId: meeting.id })).statusCode).toBe(409);
    const items = await t.ctx.db.selectFrom('care_meeting_items').select(['kind', 'position', 'title']).where('meeting_id', '=', meeting.id).orderBy('position').execute();
    expect(items).toEqual([
      { kind: 'theme', position: 1, title: 'Jaarplan' },
      { kind: 'theme', position: 2, title: 'Gat in aanbod autisme' },
    ]);
  });
});
