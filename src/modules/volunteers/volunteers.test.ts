import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { createOrganisation, createUser } from '../accounts/service.js';
import { seal } from '../auth/secret-box.js';
import { newTotpSecret } from '../auth/totp.js';
import { todayInNl } from '../../platform/access/index.js';
import { askCheckIn, scheduleCheckIn, CHECK_IN_JOB } from './check-ins.js';
import type { ClientVolunteerView, MyVolunteerView, RequestDetail, RequestListItem, VolunteerDetail } from './model.js';

let t: TestApp;
let a: RegionFixture;
let elsewhere: RegionFixture;
let thijs: TestClient;
let other: TestClient;
let cor: TestClient;
let nel: TestClient;
let pim: TestClient;
const vols = new Map<string, { id: string; c: TestClient }>();

const today = todayInNl();
const inDays = (n: number) => {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

async function coordinator(fx: RegionFixture, slug: string, name: string): Promise<TestClient> {
  const org = await createOrganisation(t.ctx.db, fx.regionId, { name: `Vrijwilligerscentrale ${slug}`, kind: 'vrijwilligerscentrale', municipalityId: fx.municipalityId });
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}@${slug}.test`;
  const { id } = await createUser(t.ctx.db, fx.regionId, { displayName: name, email, roles: ['professional'], organisationId: org.id, password: PASSWORD });
  const secret = newTotpSecret();
  await t.ctx.db.updateTable('users').set({ totp_secret_enc: seal(t.ctx.config.secretKey, secret), totp_enabled_at: new Date() }).where('id', '=', id).execute();
  const c = new TestClient(t.app);
  expect((await c.login(email, PASSWORD, secret)).statusCode).toBe(200);
  (c as TestClient & { orgId?: string }).orgId = org.id;
  return c;
}

async function loginAs(email: string, totp?: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  expect((await c.login(email, PASSWORD, totp)).statusCode).toBe(200);
  return c;
}

const profile = (over: Record<string, unknown> = {}) => ({
  version: 0,
  status: 'active',
  skills: ['luisteren'],
  interests: [],
  languages: ['nederlands'],
  birthYear: 1970,
  gender: null,
  postcodeArea: null,
  maxClients: 2,
  maxHoursWeek: 3,
  checkInWeeks: 6,
  intakeOn: today,
  intakeNotes: 'Kennismaking op kantoor.',
  ...over,
});

async function addVolunteer(key: string, name: string, phone: string, over: Record<string, unknown>): Promise<void> {
  const orgId = (thijs as TestClient & { orgId?: string }).orgId!;
  const email = `${key}@vrij.test`;
  const { id } = await createUser(t.ctx.db, a.regionId, { displayName: name, email, roles: ['vrijwilliger'], organisationId: orgId, password: PASSWORD, phone });
  const res = await thijs.put(`/api/volunteers/${id}`, profile(over));
  expect(res.statusCode, res.body).toBe(200);
  vols.set(key, { id, c: await loginAs(email) });
}

const vol = (key: string) => vols.get(key)!;
const detail = async (requestId: string) => (await thijs.get(`/api/volunteers/requests/${requestId}`)).json() as RequestDetail;
const circleView = async (c: TestClient) => (await c.get(`/api/clients/${a.clientId}/volunteer`)).json() as ClientVolunteerView;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'vrij');
  elsewhere = await regionFixture(t.ctx, 'vrij-elders');
  await t.ctx.db.updateTable('clients').set({ postcode: '7391 AB', street: 'Lindelaan 4', phone: '0570-111222' }).where('id', '=', a.clientId).execute();
  thijs = await coordinator(a, 'vrij', 'Thea Coord');
  other = await coordinator(elsewhere, 'vrij-elders', 'Otto Coord');
  cor = await loginAs(a.clientUser.email);
  nel = await loginAs(a.naaste.email);
  pim = await loginAs(a.professional.email, a.professional.totpSecret);
  await addVolunteer('wendy', 'Wendy Wandel', '06-11110001', { interests: ['wandelen', 'koken'], gender: 'vrouw', postcodeArea: '7391' });
  await addVolunteer('karel', 'Karel Kok', '06-11110002', { interests: ['koken'], gender: 'man', postcodeArea: '7320' });
  await addVolunteer('piet', 'Piet Pauze', '06-11110003', { status: 'paused', interests: ['wandelen'] });
  await addVolunteer('vince', 'Vince Vol', '06-11110004', { interests: ['wandelen'], maxClients: 1 });
  await addVolunteer('tineke', 'Tineke Moe', '06-11110005', { interests: ['wandelen'] });
});
afterAll(() => t.close());

describe('volunteer profiles', () => {
  it('keeps intake and caps for the coordinator, and lets the volunteer set their own parts (409 on a stale version)', async () => {
    const d = (await thijs.get(`/api/volunteers/${vol('wendy').id}`)).json() as VolunteerDetail;
    expect(d.profile).toMatchObject({ status: 'active', intakeOn: today, intakeByLabel: expect.stringContaining('Thea Coord'), maxClients: 2, maxHoursWeek: 3 });
    const add = await thijs.post(`/api/volunteers/${vol('wendy').id}/trainings`, { course: 'Basistraining maatje', completedOn: today, certificate: true });
    expect(add.statusCode).toBe(201);
    expect((add.json() as VolunteerDetail).trainings).toMatchObject([{ course: 'Basistraining maatje', certificate: true }]);

    const mine = (await vol('wendy').c.get('/api/me/volunteer')).json() as MyVolunteerView;
    const own = { version: mine.profile!.version, availability: ['di-middag', 'do-middag'], preferGender: 'geen', preferAge: 'ouder', about: 'Ik wandel graag en kook graag samen.', shareContact: false };
    expect((await vol('wendy').c.put('/api/me/volunteer/profile', own)).statusCode).toBe(200);
    const stale = await vol('wendy').c.put('/api/me/volunteer/profile', own);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ availability: ['di-middag', 'do-middag'] });
    expect((await thijs.put(`/api/volunteers/${vol('wendy').id}`, profile({ version: 1 }))).statusCode).toBe(409);
  });

  it('names the field on bad input and is only for coordinators of a volunteer organisation', async () => {
    const bad = await thijs.put(`/api/volunteers/${vol('wendy').id}`, profile({ version: 2, postcodeArea: '12' }));
    expect(bad.statusCode).toBe(422);
    expect(JSON.stringify(bad.json())).toContain('postcodeArea');
    expect((await pim.get('/api/volunteers')).statusCode).toBe(403);
    expect((await other.get(`/api/volunteers/${vol('wendy').id}`)).statusCode).toBe(404);
    expect((await other.get('/api/volunteers')).json()).toEqual([]);
  });
});

describe('a request for a volunteer', () => {
  let requestId = '';

  it('cannot be shared by a naaste (sharing is for professionals with contribute, the client or a decider)', async () => {
    const res = await nel.post(`/api/clients/${a.clientId}/volunteer/requests`, { purpose: 'Samen wandelen', interests: ['wandelen'], dayParts: [] });
    expect(res.statusCode).toBe(403);
    expect(await t.ctx.db.selectFrom('volunteer_requests').select('id').where('client_id', '=', a.clientId).execute()).toEqual([]);
  });

  it('names the wrong field and saves nothing', async () => {
    const res = await pim.post(`/api/clients/${a.clientId}/volunteer/requests`, { purpose: '', interests: [], dayParts: ['maandag'] });
    expect(res.statusCode).toBe(422);
    expect(JSON.stringify(res.json())).toMatch(/purpose|dayParts/);
  });

  it('is shared by the professional with only what the coordinator needs, and each look is logged', async () => {
    const res = await pim.post(`/api/clients/${a.clientId}/volunteer/requests`, {
      purpose: 'Iemand om mee te wandelen en samen te koken.',
      interests: ['Wandelen', 'koken'],
      dayParts: ['di-middag'],
      clientGender: 'man',
      hoursPerWeek: 2,
    });
    expect(res.statusCode, res.body).toBe(201);
    const list = await thijs.get('/api/volunteers/requests');
    const items = list.json() as RequestListItem[];
    expect(items).toHaveLength(1);
    requestId = items[0]!.id;
    expect(items[0]).toMatchObject({ firstName: 'Cor', ageYears: expect.any(Number), postcodeArea: '7391', interests: ['wandelen', 'koken'], status: 'open' });
    for (const secret of ['Client', 'Lindelaan', '0570-111222', '1960-04-12', '7391 AB']) expect(list.body).not.toContain(secret);
    const logged = await t.ctx.db.selectFrom('access_log').select(['actor_label', 'category', 'action', 'purpose']).where('client_id', '=', a.clientId).where('purpose', '=', 'vrijwilligersvraag bekijken').execute();
    expect(logged[0]).toMatchObject({ actor_label: expect.stringContaining('Thea Coord'), category: 'netwerk', action: 'read' });
  });

  it('is invisible to the coordinator of another region', async () => {
    expect((await other.get('/api/volunteers/requests')).json()).toEqual([]);
    expect((await other.get(`/api/volunteers/requests/${requestId}`)).statusCode).toBe(404);
  });

  it('ranks candidates with reasons and never proposes a volunteer at their cap, paused or overloaded', async () => {
    // Vince already has one client (his cap); Tineke said "te veel" at her check-in.
    const otherRequest = await t.ctx.db
      .insertInto('volunteer_requests')
      .values({ region_id: a.regionId, client_id: a.minorId, organisation_id: (thijs as TestClient & { orgId?: string }).orgId!, first_name: 'Mila', age_years: 8, purpose: 'Voorlezen', interests: '[]', day_parts: '[]', requested_by_label: 'Pim Prof', status: 'matched' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('volunteer_matches')
      .values({ region_id: a.regionId, client_id: a.minorId, request_id: otherRequest.id, volunteer_user_id: vol('vince').id, volunteer_label: 'Vince Vol', status: 'matched', reasons: '[]', proposed_by_label: 'Thea Coord' })
      .execute();
    await askCheckIn(t.ctx, vol('tineke').id, today);
    const mine = (await vol('tineke').c.get('/api/me/volunteer')).json() as MyVolunteerView;
    expect(mine.openCheckIn).not.toBeNull();
    expect((await vol('tineke').c.post(`/api/me/volunteer/check-ins/${mine.openCheckIn!.id}`, { answer: 'te-veel', note: 'Even te druk met werk.' })).statusCode).toBe(204);

    const d = await detail(requestId);
    expect(d.candidates.map((c) => c.displayName)).toEqual(['Wendy Wandel', 'Karel Kok']);
    expect(d.candidates[0]!.reasons).toEqual(
      expect.arrayContaining([
        { code: 'shared-interests', params: { interests: ['wandelen', 'koken'] } },
        { code: 'distance', params: { band: 'same-area' } },
        { code: 'available', params: { dayParts: ['di-middag'] } },
      ]),
    );
    const why = Object.fromEntries(d.excluded.map((e) => [e.displayName, e.reasons.map((r) => r.code)]));
    expect(why).toEqual({ 'Piet Pauze': ['not-active'], 'Tineke Moe': ['too-much'], 'Vince Vol': ['at-client-cap'] });
    const refused = await thijs.post(`/api/volunteers/requests/${requestId}/proposals`, { version: d.version, volunteerUserId: vol('vince').id });
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json())).toContain('volunteerUserId');
    // The coordinator of the organisation heard about the "te veel", without details.
    const mails = await t.ctx.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('to_address', '=', 'thea.coord@vrij.test').execute();
    expect(mails.map((m) => m.subject)).toContain('Een vrijwilliger geeft aan dat het te veel is');
    expect(mails.map((m) => m.text_body).join()).not.toContain('Tineke');
  });

  it('goes round again when a volunteer says no without a reason, and needs both yeses to match', async () => {
    let d = await detail(requestId);
    d = (await thijs.post(`/api/volunteers/requests/${requestId}/proposals`, { version: d.version, volunteerUserId: vol('karel').id })).json() as RequestDetail;
    const karelTry = d.matches.at(-1)!;
    expect(karelTry.status).toBe('proposed');
    // The second proposal on an old version is refused with the request as it is now.
    const stale = await thijs.post(`/api/volunteers/requests/${requestId}/proposals`, { version: d.version - 1, volunteerUserId: vol('wendy').id });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.status).toBe('matching');

    const karelView = (await vol('karel').c.get('/api/me/volunteer')).json() as MyVolunteerView;
    expect(karelView.matches[0]!.request).toMatchObject({ firstName: 'Cor', purpose: expect.stringContaining('wandelen') });
    expect(JSON.stringify(karelView)).not.toContain('Lindelaan');
    const no = await vol('karel').c.post(`/api/me/volunteer/matches/${karelTry.id}/answer`, { version: karelTry.version, answer: 'no' });
    expect(no.statusCode).toBe(200);
    d = await detail(requestId);
    expect(d.status).toBe('open');
    expect(d.excluded.find((e) => e.displayName === 'Karel Kok')!.reasons.map((r) => r.code)).toEqual(['tried-before']);

    d = (await thijs.post(`/api/volunteers/requests/${requestId}/proposals`, { version: d.version, volunteerUserId: vol('wendy').id })).json() as RequestDetail;
    let m = d.matches.at(-1)!;
    // Yes only after meeting each other.
    expect((await vol('wendy').c.post(`/api/me/volunteer/matches/${m.id}/answer`, { version: m.version, answer: 'yes' })).statusCode).toBe(409);
    d = (await thijs.post(`/api/volunteers/matches/${m.id}/introduction`, { version: m.version, date: inDays(3), time: '14:00', place: 'Bij Cor thuis' })).json() as RequestDetail;
    m = d.matches.at(-1)!;
    expect(m).toMatchObject({ status: 'introduction', introPlace: 'Bij Cor thuis' });
    expect((await thijs.post(`/api/volunteers/matches/${m.id}/thinking`, { version: m.version, until: inDays(-1) })).statusCode).toBe(422);
    d = (await thijs.post(`/api/volunteers/matches/${m.id}/thinking`, { version: m.version, until: inDays(10) })).json() as RequestDetail;
    m = d.matches.at(-1)!;
    expect(m).toMatchObject({ status: 'thinking', thinkUntil: inDays(10) });

    const yes = await vol('wendy').c.post(`/api/me/volunteer/matches/${m.id}/answer`, { version: m.version, answer: 'yes' });
    expect(yes.statusCode).toBe(200);
    d = await detail(requestId);
    m = d.matches.at(-1)!;
    expect(m).toMatchObject({ status: 'thinking', volunteerAnswer: 'yes', clientAnswer: null });

    // Only the client (or whoever decides) answers for the client's side.
    expect((await nel.post(`/api/clients/${a.clientId}/volunteer/matches/${m.id}/answer`, { version: m.version, answer: 'yes' })).statusCode).toBe(403);
    expect((await pim.post(`/api/clients/${a.clientId}/volunteer/matches/${m.id}/answer`, { version: m.version, answer: 'yes' })).statusCode).toBe(403);
    const answered = await cor.post(`/api/clients/${a.clientId}/volunteer/matches/${m.id}/answer`, { version: m.version, answer: 'yes' });
    expect(answered.statusCode, answered.body).toBe(200);
    const view = answered.json() as ClientVolunteerView;
    expect(view.requests[0]).toMatchObject({ status: 'matched', current: { status: 'matched', volunteer: { displayName: 'Wendy Wandel' } } });
    // Who said no earlier stays with the coordinator; the circle sees that it did not go ahead.
    expect(view.requests[0]!.history.map((e) => e.kind)).toEqual(['requested', 'proposed', 'volunteer-answered', 'declined', 'proposed', 'introduction-planned', 'thinking', 'volunteer-answered', 'client-answered', 'matched']);
    expect(view.requests[0]!.history.find((e) => e.kind === 'declined')!.details).toEqual({});

    const link = await t.ctx.db.selectFrom('client_links').select(['relation']).where('client_id', '=', a.clientId).where('user_id', '=', vol('wendy').id).executeTakeFirst();
    expect(link).toEqual({ relation: 'vrijwilliger' });
    expect(((await thijs.get(`/api/volunteers/${vol('wendy').id}`)).json() as VolunteerDetail).load).toEqual({ activeClients: 1, hoursPerWeek: 2 });
  });

  it('keeps contact shielded: no phone or e-mail for the circle unless the volunteer opts in', async () => {
    const before = await cor.get(`/api/clients/${a.clientId}/volunteer`);
    expect(before.body).not.toContain('06-11110001');
    expect(before.body).not.toContain('wendy@vrij.test');
    const m = (before.json() as ClientVolunteerView).requests[0]!.current!;
    expect(m.volunteer.contact).toBeNull();

    const sent = await cor.post(`/api/clients/${a.clientId}/volunteer/matches/${m.id}/messages`, { body: 'Zullen we dinsdag wandelen?', callDate: inDays(2), callTime: '10:00' });
    expect(sent.statusCode, sent.body).toBe(201);
    const wendyView = (await vol('wendy').c.get('/api/me/volunteer')).json() as MyVolunteerView;
    const thread = wendyView.matches.find((x) => x.id === m.id)!.messages;
    expect(thread).toMatchObject([{ side: 'client', body: 'Zullen we dinsdag wandelen?', callAt: expect.any(String), mine: false }]);
    expect(JSON.stringify(wendyView)).not.toContain('0570-111222');
    const reply = await vol('wendy').c.post(`/api/me/volunteer/matches/${m.id}/messages`, { body: 'Goed plan, ik bel je.' });
    expect(reply.statusCode).toBe(201);
    const after = await circleView(cor);
    expect(after.requests[0]!.current!.messages.map((x) => x.body)).toEqual(['Zullen we dinsdag wandelen?', 'Goed plan, ik bel je.']);
    expect(JSON.stringify(after)).not.toContain('06-11110001');

    const mine = (await vol('wendy').c.get('/api/me/volunteer')).json() as MyVolunteerView;
    const p = mine.profile!;
    await vol('wendy').c.put('/api/me/volunteer/profile', { version: p.version, availability: p.availability, preferGender: p.preferGender, preferAge: p.preferAge, about: p.about, shareContact: true });
    const opted = await cor.get(`/api/clients/${a.clientId}/volunteer`);
    expect((opted.json() as ClientVolunteerView).requests[0]!.current!.volunteer.contact).toEqual({ phone: '06-11110001', email: 'wendy@vrij.test' });
    // Someone outside the circle gets nothing at all.
    const outsider = await loginAs(a.otherProfessional.email, a.otherProfessional.totpSecret);
    expect((await outsider.get(`/api/clients/${a.clientId}/volunteer`)).statusCode).toBe(403);
  });

  it('re-matches when there is no "klik", and keeps the whole history', async () => {
    let d = await detail(requestId);
    const m = d.matches.at(-1)!;
    d = (await thijs.post(`/api/volunteers/matches/${m.id}/end`, { version: m.version, reason: 'geen-klik', note: null })).json() as RequestDetail;
    expect(d.status).toBe('open');
    expect(d.matches.map((x) => [x.volunteerLabel, x.status])).toEqual([
      ['Karel Kok', 'declined'],
      ['Wendy Wandel', 'ended'],
    ]);
    expect(d.history.at(-1)).toMatchObject({ kind: 'ended', details: { reason: 'geen-klik', reopened: 'yes' } });
    expect(d.candidates).toEqual([]);
    expect((await thijs.post(`/api/volunteers/matches/${m.id}/end`, { version: m.version, reason: 'geen-klik' })).statusCode).toBe(409);
  });
});

describe('"trek je het nog?"', () => {
  it('asks once per period, however often the job is planned or run', async () => {
    const id = vol('karel').id;
    const day = inDays(-1);
    await scheduleCheckIn(t.ctx, a.regionId, id, day);
    await scheduleCheckIn(t.ctx, a.regionId, id, day);
    const jobs = await t.ctx.db.selectFrom('jobs').select('id').where('kind', '=', CHECK_IN_JOB).where('unique_key', '=', `${CHECK_IN_JOB}:${id}:${day}`).execute();
    expect(jobs).toHaveLength(1);
    await t.ctx.jobs.runDue();
    expect(await askCheckIn(t.ctx, id, day)).toBe(false);
    const rows = await t.ctx.db.selectFrom('volunteer_check_ins').select('period_start').where('user_id', '=', id).execute();
    expect(rows).toEqual([{ period_start: day }]);
    const mails = await t.ctx.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('to_address', '=', 'karel@vrij.test').execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Trek je het nog?');
    // The next period is planned.
    const next = await t.ctx.db.selectFrom('jobs').select('unique_key').where('kind', '=', CHECK_IN_JOB).where('unique_key', 'like', `%${id}%`).execute();
    expect(next.length).toBe(2);
  });

  it('does not ask a paused volunteer', async () => {
    expect(await askCheckIn(t.ctx, vol('piet').id, today)).toBe(false);
  });
});
