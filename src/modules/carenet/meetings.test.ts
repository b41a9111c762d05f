import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { loginAs, mailTo, organisation, person, type StaffUser } from '../../testing/safety-fixtures.js';
import type { AttendanceStats, MeetingDetail, MeetingSummary, MyMeeting, NetworkDetail, NoticeView } from './model.js';
import { addMonths, meetingContext, networkRole, seriesDays, sendReminders } from './service.js';
import { addDays, nlInstant, nlParts, nlToday } from './meetings-time.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let chairU: StaffUser;
let secU: StaffUser;
let repSchool: StaffUser;
let subSchool: StaffUser;
let repGgz: StaffUser;
let outsider: StaffUser;
let guestU: StaffUser;
let chair: TestClient;
let sec: TestClient;
let school: TestClient;
let sub: TestClient;
let ggz: TestClient;
let out: TestClient;
let guest: TestClient;
let admin: TestClient;
let foreign: TestClient;
let network: NetworkDetail;
let schoolOrg: string;
let ggzOrg: string;

const futureDay = (days: number) => addDays(nlToday(), days);

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'zn-a');
  b = await regionFixture(t.ctx, 'zn-b');
  schoolOrg = await organisation(t.ctx, a.regionId, 'Basisschool De Linde');
  ggzOrg = await organisation(t.ctx, a.regionId, 'GGZ Oost');
  chairU = await person(t.ctx, a.regionId, 'Anna Voorzit', ['netwerkvoorzitter'], a.organisationId);
  secU = await person(t.ctx, a.regionId, 'Sam Secretaris', ['professional'], a.organisationId);
  repSchool = await person(t.ctx, a.regionId, 'Ilse Intern', ['professional'], schoolOrg);
  subSchool = await person(t.ctx, a.regionId, 'Vera Vervang', ['professional'], schoolOrg);
  repGgz = await person(t.ctx, a.regionId, 'Gijs Ggz', ['professional'], ggzOrg);
  outsider = await person(t.ctx, a.regionId, 'Otto Buiten', ['professional'], ggzOrg);
  guestU = await person(t.ctx, a.regionId, 'Gerda Gast', ['professional'], ggzOrg);
  const foreignU = await person(t.ctx, b.regionId, 'Fien Ver', ['netwerkvoorzitter'], b.organisationId);
  const logins = await Promise.all([chairU, secU, repSchool, subSchool, repGgz, outsider, guestU, foreignU].map((u) => loginAs(t, u)));
  [chair, sec, school, sub, ggz, out, guest, foreign] = logins as [TestClient, TestClient, TestClient, TestClient, TestClient, TestClient, TestClient, TestClient];
  admin = await loginAs(t, a.admin);
}, 120_000);
afterAll(() => t.close());

describe('care networks', () => {
  it('lets only an administrator or network chair create one, with fields named on bad input', async () => {
    expect((await school.post('/api/care-networks', { name: 'Netwerk X', ageGroup: '0-12' })).statusCode).toBe(403);
    const bad = await chair.post('/api/care-networks', { name: '', ageGroup: '5-7' });
    expect(bad.statusCode).toBe(422);
    expect(JSON.stringify(bad.json())).toContain('ageGroup');
    const res = await chair.post('/api/care-networks', { name: 'Buurtnetwerk 0-12 Centrum', ageGroup: '0-12', area: 'Binnenstad', secretaryUserId: secU.id });
    expect(res.statusCode, res.body).toBe(201);
    network = res.json() as NetworkDetail;
    expect(network.chair?.id).toBe(chairU.id);
    expect(network.secretary?.id).toBe(secU.id);
    const dup = await admin.post('/api/care-networks', { name: 'Buurtnetwerk 0-12 Centrum', ageGroup: '0-12' });
    expect(dup.statusCode).toBe(422);
    expect(JSON.stringify(dup.json())).toContain('name');
    const foreignChair = await admin.post('/api/care-networks', { name: 'Netwerk Y', ageGroup: '18+', chairUserId: a.clientUser.id });
    expect(foreignChair.statusCode).toBe(422);
    expect(JSON.stringify(foreignChair.json())).toContain('chairUserId');
  });

  it('lets the chair add representatives, substitutes and mandates; others may not; 409 on a stale version', async () => {
    const add = (c: TestClient, body: Record<string, unknown>) => c.post(`/api/care-networks/${network.id}/members`, body);
    expect((await add(school, { userId: repSchool.id, role: 'representative' })).statusCode).toBe(403);
    let res = await add(chair, { userId: repSchool.id, role: 'representative', jobTitle: 'Intern begeleider', mandate: 'Beslist over inzet schoolmaatschappelijk werk.', mandateLevel: 'full' });
    expect(res.statusCode, res.body).toBe(201);
    res = await add(chair, { userId: subSchool.id, role: 'substitute', organisationId: schoolOrg });
    expect(res.statusCode).toBe(201);
    res = await add(chair, { userId: repGgz.id, role: 'representative', mandateLevel: 'after-consultation' });
    expect(res.statusCode).toBe(201);
    const dup = await add(chair, { userId: repGgz.id, role: 'representative' });
    expect(dup.statusCode).toBe(422);
    expect(JSON.stringify(dup.json())).toContain('userId');
    const badDates = await add(chair, { userId: outsider.id, role: 'substitute', activeFrom: '2026-05-01', activeUntil: '2026-04-01' });
    expect(badDates.statusCode).toBe(422);
    expect(JSON.stringify(badDates.json())).toContain('activeUntil');
    network = res.json() as NetworkDetail;
    const ilse = network.members.find((m) => m.userId === repSchool.id)!;
    expect(ilse).toMatchObject({ organisationName: 'Basisschool De Linde', mandateLevel: 'full', email: repSchool.email, active: true });
    const upd = await chair.put(`/api/care-networks/${network.id}/members/${ilse.id}`, { role: 'representative', jobTitle: 'IB-er', mandate: ilse.mandate, mandateLevel: 'full', version: ilse.version });
    expect(upd.statusCode).toBe(200);
    const stale = await chair.put(`/api/care-networks/${network.id}/members/${ilse.id}`, { role: 'representative', jobTitle: 'Oud', version: ilse.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ jobTitle: 'IB-er' });

    const role = await networkRole(t.ctx.db, a.regionId, network.id, repSchool.id);
    expect(role).toMatchObject({ chair: false, secretary: false, member: true, organisationId: schoolOrg, memberRole: 'representative' });
    expect(await networkRole(t.ctx.db, a.regionId, network.id, outsider.id)).toMatchObject({ member: false, organisationId: null });
    expect((await networkRole(t.ctx.db, a.regionId, network.id, chairU.id)).chair).toBe(true);
  });

  it('shows the network to its members only: 403 for an outsider in the region, 404 in another region', async () => {
    const seen = (await school.get(`/api/care-networks/${network.id}`)).json() as NetworkDetail;
    expect(seen.members.map((m) => m.name)).toContain('Gijs Ggz');
    expect((await out.get(`/api/care-networks/${network.id}`)).statusCode).toBe(403);
    expect((await foreign.get(`/api/care-networks/${network.id}`)).statusCode).toBe(404);
    expect(((await out.get('/api/care-networks')).json() as unknown[]).length).toBe(0);
    expect(((await school.get('/api/care-networks')).json() as { id: string }[]).map((n) => n.id)).toEqual([network.id]);
    const upd = await school.put(`/api/care-networks/${network.id}`, { name: 'Anders', ageGroup: '0-12', version: seen.version });
    expect(upd.statusCode).toBe(403);
    const ok = await chair.put(`/api/care-networks/${network.id}`, { name: seen.name, ageGroup: '0-12', area: 'Binnenstad en De Essen', secretaryUserId: secU.id, chairUserId: chairU.id, version: seen.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await chair.put(`/api/care-networks/${network.id}`, { name: seen.name, ageGroup: '0-12', version: seen.version })).statusCode).toBe(409);
    network = ok.json() as NetworkDetail;
  });
});

describe('schedule and invitations', () => {
  it('generates the series on the Dutch wall clock across summer time', () => {
    const days = seriesDays('2026-03-10', 2, '2026-03-10', '2026-04-30');
    expect(days).toEqual(['2026-03-10', '2026-03-24', '2026-04-07', '2026-04-21']);
    // 14:00 before and after the clock change is the same wall time, a different UTC hour.
    expect(nlInstant('2026-03-24', '14:00').toISOString()).toBe('2026-03-24T13:00:00.000Z');
    expect(nlInstant('2026-04-07', '14:00').toISOString()).toBe('2026-04-07T12:00:00.000Z');
    expect(nlParts(nlInstant('2026-10-27', '14:00')).time).toBe('14:00');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('plans six months of meetings, invites each invitee once (in-app and a mail without names) and does not double on a rerun', async () => {
    const first = futureDay(3);
    const body = { firstDay: first, time: '14:00', intervalWeeks: 6, durationMinutes: 90, location: 'Gemeentehuis, zaal 2', months: 6, version: network.version };
    expect((await school.post(`/api/care-networks/${network.id}/schedule`, body)).statusCode).toBe(403);
    const badTime = await chair.post(`/api/care-networks/${network.id}/schedule`, { ...body, time: '25:00' });
    expect(badTime.statusCode).toBe(422);
    expect(JSON.stringify(badTime.json())).toContain('time');
    const res = await chair.post(`/api/care-networks/${network.id}/schedule`, body);
    expect(res.statusCode, res.body).toBe(200);
    const made = res.json() as MeetingSummary[];
    expect(made.length).toBeGreaterThanOrEqual(4);
    expect(made.length).toBeLessThanOrEqual(5);
    expect(made.every((m) => m.startTime === '14:00')).toBe(true);
    expect(made[0]!.date).toBe(first);
    expect(made[1]!.date).toBe(addDays(first, 42));
    expect((await chair.post(`/api/care-networks/${network.id}/schedule`, body)).statusCode).toBe(409);
    network = (await chair.get(`/api/care-networks/${network.id}`)).json() as NetworkDetail;
    const again = await chair.post(`/api/care-networks/${network.id}/schedule`, { ...body, version: network.version });
    expect(again.json()).toEqual([]);

    const mails = await mailTo(t.ctx, repSchool.email);
    expect(mails.length).toBe(1);
    expect(mails[0]!.text_body).toContain('Er is iets nieuws in Samenspel');
    expect(mails[0]!.text_body).not.toContain('Buurtnetwerk');
    expect((await mailTo(t.ctx, subSchool.email)).length).toBe(0);
    const notices = (await school.get('/api/care-meetings/notices')).json() as NoticeView[];
    expect(notices.filter((n) => n.kind === 'invitation').length).toBe(made.length);
    const mine = (await school.get('/api/care-meetings/mine')).json() as MyMeeting[];
    expect(mine.map((m) => m.id)).toEqual(made.map((m) => m.id));
    expect(mine[0]!.myStatus).toBe('invited');
    const ctxRow = await meetingContext(t.ctx.db, a.regionId, made[0]!.id);
    expect(ctxRow).toMatchObject({ networkId: network.id, status: 'planned', kind: 'regular' });
    expect(await meetingContext(t.ctx.db, b.regionId, made[0]!.id)).toBeNull();
  });

  it('sends a reminder exactly once per person, and lets an apologising member name a colleague who is then invited', async () => {
    const m = network.upcoming[0]!;
    const detail = (await school.get(`/api/care-meetings/${m.id}`)).json() as MeetingDetail;
    expect(detail.myAttendance?.status).toBe('invited');
    expect(detail.substituteCandidates.map((c) => c.id)).toContain(subSchool.id);
    const wrong = await school.post(`/api/care-meetings/${m.id}/apology`, { version: detail.myAttendance!.version, substituteUserId: repGgz.id });
    expect(wrong.statusCode).toBe(422);
    expect(JSON.stringify(wrong.json())).toContain('substituteUserId');
    const ok = await school.post(`/api/care-meetings/${m.id}/apology`, { version: detail.myAttendance!.version, substituteUserId: subSchool.id, note: 'Studiedag' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await school.post(`/api/care-meetings/${m.id}/apology`, { version: detail.myAttendance!.version })).statusCode).toBe(409);
    expect((await mailTo(t.ctx, subSchool.email)).length).toBe(1);
    const subView = (await sub.get('/api/care-meetings/mine')).json() as MyMeeting[];
    expect(subView).toMatchObject([{ id: m.id, asSubstitute: true }]);
    expect((await sub.get(`/api/care-meetings/${m.id}`)).statusCode).toBe(200);
    // The substitute stands in for that meeting only.
    expect((await sub.get(`/api/care-meetings/${network.upcoming[1]!.id}`)).statusCode).toBe(403);

    // The meeting is in 3 days, so its reminder job is due only tomorrow: run it by hand now.
    await t.ctx.db.updateTable('care_meetings').set({ starts_at: new Date(Date.now() + 24 * 3600_000) }).where('id', '=', m.id).execute();
    expect(await sendReminders(t.ctx, m.id, a.regionId)).toBeGreaterThan(0);
    expect(await sendReminders(t.ctx, m.id, a.regionId)).toBe(0);
    const subMails = await mailTo(t.ctx, subSchool.email);
    expect(subMails.filter((x) => x.subject.includes('herinnering')).length).toBe(1);
    expect((await mailTo(t.ctx, repSchool.email)).filter((x) => x.subject.includes('herinnering')).length).toBe(0);
    expect((await mailTo(t.ctx, repGgz.email)).filter((x) => x.subject.includes('herinnering')).length).toBe(1);
  });

  it('runs the reminder job through the job queue once', async () => {
    const m2 = network.upcoming[1]!;
    const soon = futureDay(1);
    const det = (await chair.get(`/api/care-meetings/${m2.id}`)).json() as MeetingDetail;
    const moved = await chair.put(`/api/care-meetings/${m2.id}`, { date: soon, time: '23:30', durationMinutes: 60, location: 'Online', version: det.version });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await mailTo(t.ctx, repGgz.email)).filter((x) => x.subject.includes('veranderd')).length).toBe(1);
    await t.ctx.jobs.runDue(50);
    await t.ctx.jobs.runDue(50);
    const rem = await t.ctx.db.selectFrom('care_meeting_notices').select('user_id').where('meeting_id', '=', m2.id).where('kind', '=', 'reminder').execute();
    expect(rem.map((r) => r.user_id).sort()).toEqual([chairU.id, secU.id, repSchool.id, repGgz.id].sort());
    expect((await mailTo(t.ctx, repGgz.email)).filter((x) => x.subject.includes('herinnering')).length).toBe(2);
  });
});

describe('the meeting itself', () => {
  let m: MeetingDetail;
  it('builds the agenda: themes by members, order, time boxes, 409/422', async () => {
    const id = network.upcoming[0]!.id;
    expect((await out.post(`/api/care-meetings/${id}/items`, { title: 'Drugs bij school' })).statusCode).toBe(403);
    expect((await foreign.get(`/api/care-meetings/${id}`)).statusCode).toBe(404);
    const bad = await ggz.post(`/api/care-meetings/${id}/items`, { title: '' });
    expect(bad.statusCode).toBe(422);
    expect(JSON.stringify(bad.json())).toContain('title');
    await ggz.post(`/api/care-meetings/${id}/items`, { title: 'Drugsgebruik rond het schoolplein', note: 'Signalen van twee scholen.' });
    await chair.post(`/api/care-meetings/${id}/items`, { title: 'Wachtlijst jeugdhulp' });
    // A case item as the case registration inserts it.
    const kase = await t.ctx.db
      .insertInto('care_cases')
      .values({ region_id: a.regionId, network_id: network.id, mode: 'anonymous', label: 'Meisje 9, veel verzuim', question: 'Wie kan helpen?', submitted_by: repSchool.id, submitted_org_id: schoolOrg })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db.insertInto('care_meeting_items').values({ region_id: a.regionId, meeting_id: id, kind: 'case', position: 3, title: 'Meisje 9, veel verzuim', case_id: kase.id, submitted_by: repSchool.id }).execute();
    m = (await chair.get(`/api/care-meetings/${id}`)).json() as MeetingDetail;
    expect(m.items.map((i) => i.title)).toEqual(['Drugsgebruik rond het schoolplein', 'Wachtlijst jeugdhulp', 'Meisje 9, veel verzuim']);
    const caseItem = m.items[2]!;
    expect(caseItem).toMatchObject({ kind: 'case', timeBoxMinutes: 10, caseId: kase.id });
    expect((await ggz.put(`/api/care-meeting-items/${caseItem.id}`, { version: caseItem.version, timeBoxMinutes: 5 })).statusCode).toBe(403);
    const tb = await chair.put(`/api/care-meeting-items/${caseItem.id}`, { version: caseItem.version, timeBoxMinutes: 5 });
    expect(tb.statusCode).toBe(200);
    const tooLong = await chair.put(`/api/care-meeting-items/${caseItem.id}`, { version: caseItem.version + 1, timeBoxMinutes: 500 });
    expect(tooLong.statusCode).toBe(422);
    expect(JSON.stringify(tooLong.json())).toContain('timeBoxMinutes');
    const mv = await chair.post(`/api/care-meeting-items/${caseItem.id}/move`, { version: caseItem.version + 1, direction: 'up' });
    expect(mv.statusCode, mv.body).toBe(200);
    m = mv.json() as MeetingDetail;
    expect(m.items.map((i) => i.title)).toEqual(['Drugsgebruik rond het schoolplein', 'Meisje 9, veel verzuim', 'Wachtlijst jeugdhulp']);
    expect((await chair.post(`/api/care-meeting-items/${caseItem.id}/move`, { version: caseItem.version, direction: 'up' })).statusCode).toBe(409);

    // A guest on call sees only that case item.
    const g = await chair.post(`/api/care-meeting-items/${caseItem.id}/guests`, { userId: guestU.id, roleLabel: 'Gezinsvoogd' });
    expect(g.statusCode, g.body).toBe(201);
    expect((await chair.post(`/api/care-meeting-items/${m.items[0]!.id}/guests`, { userId: guestU.id })).statusCode).toBe(422);
    const gv = (await guest.get(`/api/care-meetings/${id}`)).json() as MeetingDetail;
    expect(gv.items.map((i) => i.id)).toEqual([caseItem.id]);
    expect(gv.attendance).toEqual([]);
    expect(gv.myRole.guest).toBe(true);
  });

  it('runs with a stored clock per item, records attendance, and carries undiscussed items over', async () => {
    const id = m.id;
    expect((await chair.post(`/api/care-meeting-items/${m.items[0]!.id}/start`, { version: m.items[0]!.version })).statusCode).toBe(422);
    expect((await ggz.post(`/api/care-meetings/${id}/start`, { version: m.version })).statusCode).toBe(403);
    let res = await chair.post(`/api/care-meetings/${id}/start`, { version: m.version });
    expect(res.statusCode, res.body).toBe(200);
    m = res.json() as MeetingDetail;
    expect(m.status).toBe('running');
    res = await sec.post(`/api/care-meeting-items/${m.items[0]!.id}/start`, { version: m.items[0]!.version });
    expect(res.statusCode, res.body).toBe(200);
    m = res.json() as MeetingDetail;
    expect(m.items[0]!.status).toBe('running');
    expect(m.items[0]!.startedAt).not.toBeNull();
    // Everyone sees the same start time.
    const seen = (await ggz.get(`/api/care-meetings/${id}`)).json() as MeetingDetail;
    expect(seen.items[0]!.startedAt).toBe(m.items[0]!.startedAt);
    res = await chair.post(`/api/care-meeting-items/${m.items[1]!.id}/start`, { version: m.items[1]!.version });
    m = res.json() as MeetingDetail;
    expect(m.items.map((i) => i.status)).toEqual(['discussed', 'running', 'planned']);
    expect(m.items[0]!.endedAt).not.toBeNull();

    const ilse = m.attendance.find((x) => x.userId === repSchool.id)!;
    const gijs = m.attendance.find((x) => x.userId === repGgz.id)!;
    const badSub = await sec.put(`/api/care-meetings/${id}/attendance/${gijs.id}`, { version: gijs.version, status: 'present', substitutePresent: true });
    expect(badSub.statusCode).toBe(422);
    expect(JSON.stringify(badSub.json())).toContain('substitutePresent');
    expect((await ggz.put(`/api/care-meetings/${id}/attendance/${gijs.id}`, { version: gijs.version, status: 'present' })).statusCode).toBe(403);
    expect((await sec.put(`/api/care-meetings/${id}/attendance/${gijs.id}`, { version: gijs.version, status: 'absent' })).statusCode).toBe(200);
    expect((await sec.put(`/api/care-meetings/${id}/attendance/${ilse.id}`, { version: ilse.version, status: 'apologised', substitutePresent: true })).statusCode).toBe(200);
    expect((await sec.put(`/api/care-meetings/${id}/attendance/${ilse.id}`, { version: ilse.version, status: 'present' })).statusCode).toBe(409);

    const wrongCarry = await chair.post(`/api/care-meetings/${id}/end`, { version: m.version, carryOver: [m.items[0]!.id] });
    expect(wrongCarry.statusCode).toBe(422);
    expect(JSON.stringify(wrongCarry.json())).toContain('carryOver');
    res = await chair.post(`/api/care-meetings/${id}/end`, { version: m.version, carryOver: [m.items[2]!.id] });
    expect(res.statusCode, res.body).toBe(200);
    m = res.json() as MeetingDetail;
    expect(m.status).toBe('held');
    expect(m.items.map((i) => i.status)).toEqual(['discussed', 'discussed', 'carried-over']);
    const next = (await chair.get(`/api/care-meetings/${m.nextMeeting!.id}`)).json() as MeetingDetail;
    const carried = next.items.find((i) => i.title === m.items[2]!.title)!;
    expect(carried).toMatchObject({ carriedOver: true, status: 'planned' });
  });

  it('shows the chair attendance per organisation, with repeated absence standing out', async () => {
    // A second held meeting where GGZ Oost is absent again.
    const past = await t.ctx.db
      .insertInto('care_meetings')
      .values({ region_id: a.regionId, network_id: network.id, starts_at: new Date(Date.now() - 40 * 24 * 3600_000), status: 'held' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('care_meeting_attendance')
      .values([
        { region_id: a.regionId, meeting_id: past.id, user_id: repGgz.id, organisation_id: ggzOrg, status: 'absent' },
        { region_id: a.regionId, meeting_id: past.id, user_id: repSchool.id, organisation_id: schoolOrg, status: 'present' },
      ])
      .execute();
    expect((await ggz.get(`/api/care-networks/${network.id}/attendance`)).statusCode).toBe(403);
    const stats = (await chair.get(`/api/care-networks/${network.id}/attendance`)).json() as AttendanceStats;
    expect(stats.meetings).toBe(2);
    const g = stats.rows.find((r) => r.organisationName === 'GGZ Oost')!;
    const s = stats.rows.find((r) => r.organisationName === 'Basisschool De Linde')!;
    expect(g).toMatchObject({ meetings: 2, present: 0, absent: 2, share: 0, repeatedAbsence: true });
    expect(s).toMatchObject({ meetings: 2, present: 2, share: 1, repeatedAbsence: false });
  });

  it('lets an administrator or network chair plan the yearly meeting for every network', async () => {
    expect((await school.post('/api/care-meetings/yearly', { date: futureDay(60), time: '16:00' })).statusCode).toBe(403);
    const res = await admin.post('/api/care-meetings/yearly', { date: futureDay(60), time: '16:00', location: 'Raadzaal' });
    expect(res.statusCode, res.body).toBe(201);
    const y = res.json() as MeetingSummary;
    expect(y).toMatchObject({ kind: 'yearly', networkId: null });
    const seen = (await ggz.get(`/api/care-meetings/${y.id}`)).json() as MeetingDetail;
    expect(seen.attendance.map((x) => x.userId)).toEqual(expect.arrayContaining([repSchool.id, repGgz.id]));
    expect((await out.get(`/api/care-meetings/${y.id}`)).statusCode).toBe(403);
    const past = await admin.post('/api/care-meetings/yearly', { date: '2020-01-01', time: '16:00' });
    expect(past.statusCode).toBe(422);
    expect(JSON.stringify(past.json())).toContain('date');
  });
});
