import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { loginAs, mailTo } from '../../testing/safety-fixtures.js';
import { sendMinutesReminders } from './minutes-jobs.js';
import type { ItemMinutesView, MinutesView, MyActionView, OverdueMinutesView, MinutesNoticeView } from './minutes-model.js';
import { meetingWithItems, networkFixture, type NetworkFixture } from './minutes-test-fixtures.js';
import { todayInNl } from '../../platform/access/index.js';
import { shiftDay } from './minutes-dates.js';

const DAY = 86_400_000;
let t: TestApp;
let f: NetworkFixture;
let m: Awaited<ReturnType<typeof meetingWithItems>>;
let secretary: TestClient;
let rep1: TestClient;
let rep2: TestClient;
let chair: TestClient;
const url = (meetingId: string) => `/api/care-minutes/meetings/${meetingId}`;

beforeAll(async () => {
  t = await createTestApp();
  f = await networkFixture(t.ctx, 'h6min');
  m = await meetingWithItems(t.ctx, f, new Date(Date.now() - 2 * 3_600_000));
  [secretary, rep1, rep2, chair] = await Promise.all([loginAs(t, f.secretary), loginAs(t, f.rep1), loginAs(t, f.rep2), loginAs(t, f.chair)]);
}, 60_000);
afterAll(() => t.close());

describe('minutes per agenda item', () => {
  it('the secretary writes per item; a stale version gets 409 with the text saved meanwhile', async () => {
    const first = await secretary.put(`${url(m.meetingId)}/items/${m.themeItemId}`, { body: 'Signalen van twee scholen over gebruik in de pauze.', decisions: 'Jongerenwerk gaat in gesprek.', version: 0 });
    expect(first.statusCode).toBe(200);
    expect((first.json() as ItemMinutesView).version).toBe(1);
    const second = await secretary.put(`${url(m.meetingId)}/items/${m.themeItemId}`, { body: 'Aangevuld: ook na schooltijd.', decisions: 'Jongerenwerk gaat in gesprek.', version: 1 });
    expect((second.json() as ItemMinutesView).version).toBe(2);
    const stale = await secretary.put(`${url(m.meetingId)}/items/${m.themeItemId}`, { body: 'Oude tekst', decisions: '', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { current: ItemMinutesView }).current.body).toBe('Aangevuld: ook na schooltijd.');
    // A second "first save" of the same item (two tabs) is a conflict too, not a second row.
    const dup = await secretary.put(`${url(m.meetingId)}/items/${m.themeItemId}`, { body: 'x', decisions: '', version: 0 });
    expect(dup.statusCode).toBe(409);
    const caseText = await secretary.put(`${url(m.meetingId)}/items/${m.caseItemId}`, { body: 'School en wijkteam maken een plan met de ouders.', decisions: '', version: 0 });
    expect(caseText.statusCode).toBe(200);
  });

  it('only the secretary writes; outsiders cannot even see the meeting; bad input is 422', async () => {
    expect((await rep1.put(`${url(m.meetingId)}/items/${m.themeItemId}`, { body: 'x', decisions: '', version: 2 })).statusCode).toBe(403);
    const outsider = await loginAs(t, f.outsider);
    expect((await outsider.get(url(m.meetingId))).statusCode).toBe(404);
    expect((await outsider.put(`${url(m.meetingId)}/items/${m.themeItemId}`, { body: 'x', decisions: '', version: 2 })).statusCode).toBe(404);
    const tooLong = await secretary.put(`${url(m.meetingId)}/items/${m.themeItemId}`, { body: 'x'.repeat(20001), decisions: '', version: 2 });
    expect(tooLong.statusCode).toBe(422);
    const other = await meetingWithItems(t.ctx, f, new Date(Date.now() - 3_600_000));
    expect((await secretary.put(`${url(m.meetingId)}/items/${other.themeItemId}`, { body: 'x', decisions: '', version: 0 })).statusCode).toBe(404);
  });

  it('members see nothing of the draft; the chair does', async () => {
    const draft = (await rep2.get(url(m.meetingId))).json() as MinutesView;
    expect(draft.visible).toBe(false);
    expect(draft.items.map((i) => i.body)).toEqual(['', '']);
    const forChair = (await chair.get(url(m.meetingId))).json() as MinutesView;
    expect(forChair.visible).toBe(true);
    expect(forChair.items[0]?.body).toBe('Aangevuld: ook na schooltijd.');
  });
});

describe('action points', () => {
  let actionId = '';
  it('the secretary adds an action for a member; owner and date are checked', async () => {
    const due = shiftDay(todayInNl(), 14);
    const bad = await secretary.post(`${url(m.meetingId)}/items/${m.themeItemId}/actions`, { body: 'Gesprek met jongerenwerk plannen', ownerUserId: f.outsider.id, dueOn: due });
    expect(bad.statusCode).toBe(422);
    expect(JSON.stringify(bad.json())).toContain('ownerUserId');
    const early = await secretary.post(`${url(m.meetingId)}/items/${m.themeItemId}/actions`, { body: 'Te vroeg', ownerUserId: f.rep2.id, dueOn: '2001-01-01' });
    expect(early.statusCode).toBe(422);
    expect((await secretary.post(`${url(m.meetingId)}/items/${m.themeItemId}/actions`, { body: 'x', ownerUserId: f.rep2.id, dueOn: '2026-02-30' })).statusCode).toBe(422);
    const ok = await secretary.post(`${url(m.meetingId)}/items/${m.themeItemId}/actions`, { body: 'Gesprek met jongerenwerk plannen', ownerUserId: f.rep2.id, dueOn: due });
    expect(ok.statusCode).toBe(201);
    const item = ok.json() as ItemMinutesView;
    expect(item.actions).toHaveLength(1);
    actionId = item.actions[0]!.id;
  });

  it('the action is in the owner\'s worklist, overdue ones first', async () => {
    const old = await meetingWithItems(t.ctx, f, new Date(Date.now() - 20 * DAY));
    const lateDue = shiftDay(todayInNl(), -2);
    expect((await secretary.post(`${url(old.meetingId)}/items/${old.themeItemId}/actions`, { body: 'Terugkoppelen aan school', ownerUserId: f.rep2.id, dueOn: lateDue })).statusCode).toBe(201);
    const mine = (await rep2.get('/api/care-actions/mine')).json() as MyActionView[];
    expect(mine.map((a) => a.body)).toEqual(['Terugkoppelen aan school', 'Gesprek met jongerenwerk plannen']);
    expect(mine[0]?.overdue).toBe(true);
    expect(mine[1]?.networkName).toContain('Netwerk 12-18');
    expect((await rep1.get('/api/care-actions/mine')).json()).toEqual([]);
  });

  it('only the owner closes; a stale or second close is 409', async () => {
    const mine = (await rep2.get('/api/care-actions/mine')).json() as MyActionView[];
    const a = mine.find((x) => x.id === actionId)!;
    expect((await rep1.post(`/api/care-actions/${actionId}/close`, { version: a.version })).statusCode).toBe(403);
    expect((await secretary.post(`/api/care-actions/${actionId}/close`, { version: a.version })).statusCode).toBe(403);
    const outsider = await loginAs(t, f.outsider);
    expect((await outsider.post(`/api/care-actions/${actionId}/close`, { version: a.version })).statusCode).toBe(404);
    expect((await rep2.post(`/api/care-actions/${actionId}/close`, { version: a.version + 1 })).statusCode).toBe(409);
    const done = await rep2.post(`/api/care-actions/${actionId}/close`, { version: a.version });
    expect(done.statusCode).toBe(200);
    expect((done.json() as MyActionView).status).toBe('done');
    const again = await rep2.post(`/api/care-actions/${actionId}/close`, { version: a.version });
    expect(again.statusCode).toBe(409);
    expect((again.json() as { current: MyActionView }).current.status).toBe('done');
    expect(((await rep2.get('/api/care-actions/mine')).json() as MyActionView[]).map((x) => x.id)).not.toContain(actionId);
  });
});

describe('publishing', () => {
  it('sends the minutes once: notices in the app, mails without personal data or case content', async () => {
    await t.ctx.db.insertInto('care_item_guests').values({ region_id: f.region.regionId, item_id: m.caseItemId, user_id: f.guest.id }).execute();
    const before = (await secretary.get(url(m.meetingId))).json() as MinutesView;
    const res = await secretary.post(`${url(m.meetingId)}/publish`, { version: before.version });
    expect(res.statusCode).toBe(200);
    expect((res.json() as MinutesView).status).toBe('published');
    expect((await secretary.post(`${url(m.meetingId)}/publish`, { version: before.version })).statusCode).toBe(409);
    for (const u of [f.chair, f.rep1, f.rep2, f.subMember, f.guest]) {
      const mails = await mailTo(t.ctx, u.email);
      const mail = mails.find((x) => x.text_body.includes(`/zorgnetwerken/overleggen/${m.meetingId}/verslag`));
      expect(mail, u.email).toBeDefined();
      expect(mail!.subject).toBe('Er is iets nieuws in Samenspel');
      for (const secret of ['Netwerk 12-18', 'Jongen 14', 'schoolverzuim', 'Drugsgebruik', 'schooltijd', 'Carla', 'Sem']) expect(mail!.text_body).not.toContain(secret);
    }
    expect((await mailTo(t.ctx, f.outsider.email)).length).toBe(0);
    expect((await mailTo(t.ctx, f.secretary.email)).some((x) => x.text_body.includes(m.meetingId))).toBe(false);
    const notices = (await rep1.get('/api/care-minutes/notices')).json() as MinutesNoticeView[];
    expect(notices[0]).toMatchObject({ kind: 'published', meetingId: m.meetingId, read: false });
    expect((await rep1.post('/api/care-minutes/notices/read', {})).statusCode).toBe(204);
    expect(((await rep1.get('/api/care-minutes/notices')).json() as MinutesNoticeView[])[0]?.read).toBe(true);
  });

  it('members read the sent minutes; case items follow the case\'s own access rule', async () => {
    const member = (await rep2.get(url(m.meetingId))).json() as MinutesView;
    expect(member.visible).toBe(true);
    expect(member.items.find((i) => i.itemId === m.caseItemId)?.body).toBe('School en wijkteam maken een plan met de ouders.');
    // A substitute member sees the theme, but a case only at a meeting where they stand in.
    const sub = await loginAs(t, f.subMember);
    let view = (await sub.get(url(m.meetingId))).json() as MinutesView;
    expect(view.items.find((i) => i.itemId === m.themeItemId)?.readable).toBe(true);
    expect(view.items.find((i) => i.itemId === m.caseItemId)).toMatchObject({ readable: false, body: '', title: 'Jongen 14, schoolverzuim' });
    await t.ctx.db
      .insertInto('care_meeting_attendance')
      .values({ region_id: f.region.regionId, meeting_id: m.meetingId, user_id: f.rep2.id, organisation_id: f.orgId, status: 'apologised', substitute_user_id: f.subMember.id, substitute_present: true })
      .execute();
    view = (await sub.get(url(m.meetingId))).json() as MinutesView;
    expect(view.items.find((i) => i.itemId === m.caseItemId)?.body).toBe('School en wijkteam maken een plan met de ouders.');
    // A guest on call sees only the item they were invited for.
    const guest = await loginAs(t, f.guest);
    view = (await guest.get(url(m.meetingId))).json() as MinutesView;
    expect(view.items.map((i) => i.itemId)).toEqual([m.caseItemId]);
    expect(view.items[0]?.readable).toBe(true);
  });
});

describe('the seven-day deadline', () => {
  it('reminds the secretary on day 3 and day 6, each exactly once, and never for sent minutes', async () => {
    const g = await networkFixture(t.ctx, 'h6dead');
    const now = new Date();
    const late = await meetingWithItems(t.ctx, g, new Date(now.getTime() - 4 * DAY));
    const mailsFor = async () => (await mailTo(t.ctx, g.secretary.email)).filter((x) => x.text_body.includes(late.meetingId));
    await sendMinutesReminders(t.ctx, now);
    expect(await mailsFor()).toHaveLength(1);
    await Promise.all([sendMinutesReminders(t.ctx, now), sendMinutesReminders(t.ctx, now)]);
    expect(await mailsFor()).toHaveLength(1);
    const day7 = new Date(now.getTime() + 3 * DAY);
    await sendMinutesReminders(t.ctx, day7);
    await sendMinutesReminders(t.ctx, day7);
    const mails = await mailsFor();
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text_body).not.toContain('Netwerk 12-18');
    // Past the deadline nobody gets mail any more: the chair's dashboard takes over.
    await sendMinutesReminders(t.ctx, new Date(now.getTime() + 6 * DAY));
    expect(await mailsFor()).toHaveLength(2);
    // Sent minutes are never reminded about.
    const sent = await meetingWithItems(t.ctx, g, new Date(now.getTime() - 4 * DAY));
    await t.ctx.db.insertInto('care_minutes').values({ region_id: g.region.regionId, meeting_id: sent.meetingId, status: 'published', published_at: now, published_by: g.secretary.id }).execute();
    await sendMinutesReminders(t.ctx, now);
    expect((await mailTo(t.ctx, g.secretary.email)).filter((x) => x.text_body.includes(sent.meetingId))).toHaveLength(0);
  });

  it('shows the chair the minutes of their networks that are more than a week late', async () => {
    const late = await meetingWithItems(t.ctx, f, new Date(Date.now() - 9 * DAY));
    const cancelled = await meetingWithItems(t.ctx, f, new Date(Date.now() - 9 * DAY), 'cancelled');
    const list = (await chair.get('/api/care-minutes/overdue')).json() as OverdueMinutesView[];
    const ids = list.map((x) => x.meetingId);
    expect(ids).toContain(late.meetingId);
    expect(ids).not.toContain(m.meetingId);
    expect(ids).not.toContain(cancelled.meetingId);
    expect(list.find((x) => x.meetingId === late.meetingId)).toMatchObject({ daysLate: 2, secretaryName: 'Sem Notulist', itemsTotal: 2, itemsWritten: 0 });
    expect((await rep1.get('/api/care-minutes/overdue')).json()).toEqual([]);
    // The secretary's own list: every unsent one, late or not, the most urgent first.
    const toWrite = (await secretary.get('/api/care-minutes/to-write')).json() as OverdueMinutesView[];
    expect(toWrite.map((x) => x.meetingId)).toContain(late.meetingId);
    expect(toWrite.map((x) => x.dueOn)).toEqual(toWrite.map((x) => x.dueOn).sort());
    expect(toWrite.map((x) => x.meetingId)).not.toContain(m.meetingId);
    expect(toWrite.map((x) => x.meetingId)).not.toContain(cancelled.meetingId);
    expect((await rep1.get('/api/care-minutes/to-write')).json()).toEqual([]);
    const view = (await chair.get(url(late.meetingId))).json() as MinutesView;
    expect(view.overdue).toBe(true);
  });
});

describe('minutes about a client', () => {
  it('are written and read through the case\'s access check, logged for the client, and in the client\'s AVG download', async () => {
    const { regionId, clientId } = f.region;
    const meeting = await t.ctx.db.insertInto('care_meetings').values({ region_id: regionId, network_id: f.networkId, starts_at: new Date(Date.now() - 3_600_000), status: 'held' }).returning('id').executeTakeFirstOrThrow();
    const kase = await t.ctx.db
      .insertInto('care_cases')
      .values({ region_id: regionId, network_id: f.networkId, mode: 'identified', label: 'Man 66, vereenzaming', client_id: clientId, question: 'Wie kan hem helpen?', submitted_by: f.rep1.id, submitted_org_id: f.orgId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const item = await t.ctx.db
      .insertInto('care_meeting_items')
      .values({ region_id: regionId, meeting_id: meeting.id, kind: 'case', position: 1, title: 'Man 66, vereenzaming', case_id: kase.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const logged = () => t.ctx.db.selectFrom('access_log').select(['actor_user_id', 'action', 'purpose']).where('region_id', '=', regionId).where('client_id', '=', clientId).where('purpose', 'like', 'verslag van het overleg%').execute();
    expect(await logged()).toEqual([]);
    expect((await secretary.put(`${url(meeting.id)}/items/${item.id}`, { body: 'Buurtkamer en maatje worden voorgesteld.', decisions: '', version: 0 })).statusCode).toBe(200);
    expect(await logged()).toContainEqual({ actor_user_id: f.secretary.id, action: 'update', purpose: 'verslag van het overleg schrijven' });
    await secretary.post(`${url(meeting.id)}/publish`, { version: 0 });
    const read = (await rep2.get(url(meeting.id))).json() as MinutesView;
    expect(read.items[0]?.body).toBe('Buurtkamer en maatje worden voorgesteld.');
    expect(await logged()).toContainEqual({ actor_user_id: f.rep2.id, action: 'read', purpose: 'verslag van het overleg lezen' });
    // Someone outside the network learns nothing and leaves no read in the client's log.
    const outsider = await loginAs(t, f.outsider);
    expect((await outsider.get(url(meeting.id))).statusCode).toBe(404);
    expect((await logged()).some((l) => l.actor_user_id === f.outsider.id)).toBe(false);

    const client = await loginAs(t, f.region.clientUser);
    const exp = await client.get(`/api/clients/${clientId}/export.json`);
    expect(exp.statusCode).toBe(200);
    const section = (exp.json() as { sections: { key: string; data: unknown }[] }).sections.find((s) => s.key === 'care-minutes');
    expect(JSON.stringify(section?.data)).toContain('Buurtkamer en maatje worden voorgesteld.');
  });
});
