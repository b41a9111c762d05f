import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { todayInNl } from '../../platform/access/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { PROFESSIONAL_GRANTS, loginAs, mailTo, membership } from '../../testing/safety-fixtures.js';
import { addDays, nlParts } from './recurrence.js';
import type { CalendarView, ItemView, MyAgendaView, NoticeView } from './model.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;
let pim: TestClient;
let nel: TestClient;

const today = () => todayInNl();
const base = (clientId: string) => `/api/clients/${clientId}/agenda`;
const meeting = (over: Record<string, unknown> = {}) => ({
  kind: 'netwerkoverleg',
  title: 'Netwerkoverleg over de verhuizing',
  date: addDays(today(), 7),
  startTime: '10:00',
  endTime: '11:30',
  location: 'Buurthuis De Linde',
  attendeeUserIds: [a.naaste.id],
  ...over,
});

async function create(over: Record<string, unknown> = {}, who = pim): Promise<ItemView> {
  const res = await who.post(`${base(a.clientId)}/items`, meeting(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ItemView;
}

const countItems = async () => Number((await t.ctx.db.selectFrom('agenda_items').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'agenda');
  b = await regionFixture(t.ctx, 'agenda-elders');
  await membership(t.ctx, a.regionId, a.clientId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  pim = await loginAs(t, a.professional);
  nel = await loginAs(t, a.naaste);
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.ctx.db.updateTable('users').set({ totp_last_step: null }).execute();
  await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read', agenda: 'contribute', plan: 'read' });
});

describe('appointments in a circle', () => {
  it('adds a network meeting; the invited naaste gets a notice and a mail without details, and sees it in her own agenda', async () => {
    const item = await create();
    expect(item).toMatchObject({ kind: 'netwerkoverleg', startTime: '10:00', endTime: '11:30', version: 1, attendees: [{ userId: a.naaste.id, label: 'Nel Naaste' }] });

    const notices = (await nel.get('/api/me/agenda/notices')).json() as NoticeView[];
    expect(notices.find((n) => n.itemId === item.id)).toMatchObject({ kind: 'new', title: 'Netwerkoverleg over de verhuizing', clientName: 'Cor Client', read: false });

    const mails = await mailTo(t.ctx, a.naaste.email);
    const last = mails[mails.length - 1]!;
    expect(last.subject).toContain('nieuwe afspraak');
    for (const secret of ['Netwerkoverleg', 'verhuizing', 'Linde', 'Cor']) expect(`${last.subject} ${last.text_body}`).not.toContain(secret);

    const mine = (await nel.get(`/api/me/agenda?from=${today()}&to=${addDays(today(), 14)}`)).json() as MyAgendaView;
    expect(mine.occurrences.find((o) => o.itemId === item.id)).toMatchObject({ title: 'Netwerkoverleg over de verhuizing', startTime: '10:00', cancelled: false });
    expect(mine.clients).toContainEqual({ id: a.clientId, name: 'Cor Client' });

    const read = await nel.post('/api/me/agenda/notices/read', {});
    expect(read.statusCode).toBe(204);
    expect(((await nel.get('/api/me/agenda/notices')).json() as NoticeView[]).every((n) => n.read)).toBe(true);
  });

  it('shows the circle calendar per day with the people who may be invited, and logs the read', async () => {
    const item = await create({ title: 'Koffie bij de buren', date: addDays(today(), 2) });
    const res = await pim.get(`${base(a.clientId)}?from=${today()}&to=${addDays(today(), 10)}`);
    expect(res.statusCode, res.body).toBe(200);
    const cal = res.json() as CalendarView;
    expect(cal.canEdit).toBe(true);
    expect(cal.occurrences.some((o) => o.itemId === item.id && o.date === addDays(today(), 2))).toBe(true);
    expect(cal.people.map((p) => p.label)).toEqual(expect.arrayContaining(['Cor Client', 'Nel Naaste', 'Pim Prof']));
    const log = await t.ctx.db.selectFrom('access_log').select(['category', 'purpose']).where('actor_user_id', '=', a.professional.id).where('client_id', '=', a.clientId).execute();
    expect(log).toContainEqual({ category: 'agenda', purpose: 'de agenda bekijken' });
  });

  it('expands a weekly appointment and lets one date be called off while the series goes on', async () => {
    const first = addDays(today(), 1);
    const item = await create({ kind: 'afspraak', title: 'Samen fietsen', date: first, recurrence: 'FREQ=WEEKLY', repeatUntil: addDays(first, 21) });
    const cal = (await pim.get(`${base(a.clientId)}?from=${today()}&to=${addDays(today(), 40)}`)).json() as CalendarView;
    const dates = cal.occurrences.filter((o) => o.itemId === item.id);
    expect(dates.map((d) => d.date)).toEqual([first, addDays(first, 7), addDays(first, 14), addDays(first, 21)]);
    expect(dates.every((d) => d.startTime === '10:00' && nlParts(new Date(d.startsAt)).time === '10:00')).toBe(true);

    const skip = await pim.post(`${base(a.clientId)}/items/${item.id}/skip`, { version: 1, date: addDays(first, 7), reason: 'Te veel regen voorspeld' });
    expect(skip.statusCode, skip.body).toBe(200);
    const after = (await pim.get(`${base(a.clientId)}?from=${today()}&to=${addDays(today(), 40)}`)).json() as CalendarView;
    const again = after.occurrences.filter((o) => o.itemId === item.id);
    expect(again.map((d) => d.cancelled)).toEqual([false, true, false, false]);
    expect(again[1]!.cancelReason).toBe('Te veel regen voorspeld');
    const notices = (await nel.get('/api/me/agenda/notices')).json() as NoticeView[];
    expect(notices.find((n) => n.itemId === item.id && n.kind === 'cancelled')?.date).toBe(addDays(first, 7));

    const wrongDay = await pim.post(`${base(a.clientId)}/items/${item.id}/skip`, { version: 2, date: addDays(first, 3) });
    expect(wrongDay.statusCode).toBe(422);
    expect(wrongDay.json().errors[0].field).toBe('date');
  });

  it('cancels for everyone: the naaste is told in the app and by mail, and the date shows as cancelled', async () => {
    const item = await create({ title: 'Belmoment met Nel', kind: 'belmoment' });
    const before = (await mailTo(t.ctx, a.naaste.email)).length;
    const res = await pim.post(`${base(a.clientId)}/items/${item.id}/cancel`, { version: 1, reason: 'Pim is ziek' });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ItemView).cancelled).toMatchObject({ reason: 'Pim is ziek' });
    const mails = await mailTo(t.ctx, a.naaste.email);
    expect(mails.length).toBe(before + 1);
    expect(mails[mails.length - 1]!.subject).toContain('gaat niet door');
    const notices = (await nel.get('/api/me/agenda/notices')).json() as NoticeView[];
    expect(notices.find((n) => n.itemId === item.id && n.kind === 'cancelled')).toBeTruthy();
    const cal = (await nel.get(`${base(a.clientId)}?to=${addDays(today(), 10)}`)).json() as CalendarView;
    expect(cal.occurrences.find((o) => o.itemId === item.id)?.cancelled).toBe(true);
  });

  it('gives 409 with the current version to a stale update or cancel', async () => {
    const item = await create({ title: 'Gesprek over werk' });
    const moved = await pim.put(`${base(a.clientId)}/items/${item.id}`, { ...meeting({ title: 'Gesprek over werk', startTime: '13:00', endTime: '14:00' }), version: 1 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((moved.json() as ItemView).version).toBe(2);
    const notices = (await nel.get('/api/me/agenda/notices')).json() as NoticeView[];
    expect(notices.find((n) => n.itemId === item.id && n.kind === 'changed')?.startTime).toBe('13:00');

    const stale = await nel.put(`${base(a.clientId)}/items/${item.id}`, { ...meeting({ title: 'Gesprek over iets anders' }), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: item.id, version: 2, startTime: '13:00' });
    const staleCancel = await nel.post(`${base(a.clientId)}/items/${item.id}/cancel`, { version: 1 });
    expect(staleCancel.statusCode).toBe(409);
    expect((await t.ctx.db.selectFrom('agenda_items').select('title').where('id', '=', item.id).executeTakeFirstOrThrow()).title).toBe('Gesprek over werk');
  });

  it('refuses bad input naming the field, and saves nothing', async () => {
    const before = await countItems();
    const cases: [Record<string, unknown>, string][] = [
      [{ startTime: '11:00', endTime: '10:00' }, 'endTime'],
      [{ recurrence: 'FREQ=HOURLY' }, 'recurrence'],
      [{ recurrence: 'FREQ=WEEKLY', repeatUntil: addDays(today(), 1) }, 'repeatUntil'],
      [{ attendeeUserIds: [a.otherProfessional.id] }, 'attendeeUserIds'],
      [{ attendeeUserIds: [b.naaste.id] }, 'attendeeUserIds'],
      [{ date: '2026-02-30' }, 'date'],
      [{ title: '' }, 'title'],
      [{ kind: 'feest' }, 'kind'],
    ];
    for (const [over, field] of cases) {
      const res = await pim.post(`${base(a.clientId)}/items`, meeting(over));
      expect(res.statusCode, `${JSON.stringify(over)}: ${res.body}`).toBe(422);
      expect(JSON.stringify(res.json().errors), JSON.stringify(over)).toContain(field);
    }
    expect(await countItems()).toBe(before);
  });

  it('invites only people who may see the agenda', async () => {
    await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read' });
    const cal = (await pim.get(base(a.clientId))).json() as CalendarView;
    expect(cal.people.map((p) => p.userId)).not.toContain(a.naaste.id);
    const res = await pim.post(`${base(a.clientId)}/items`, meeting());
    expect(res.statusCode).toBe(422);
  });
});

describe('consent decides on every read and write', () => {
  it('lets a member with read access look but not add or change', async () => {
    const item = await create({ title: 'Alleen kijken' });
    await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { agenda: 'read' });
    expect((await nel.get(base(a.clientId))).statusCode).toBe(200);
    expect(((await nel.get(base(a.clientId))).json() as CalendarView).canEdit).toBe(false);
    expect((await nel.post(`${base(a.clientId)}/items`, meeting({ attendeeUserIds: [] }))).statusCode).toBe(403);
    expect((await nel.put(`${base(a.clientId)}/items/${item.id}`, { ...meeting(), version: 1 })).statusCode).toBe(403);
    expect((await nel.post(`${base(a.clientId)}/items/${item.id}/cancel`, { version: 1 })).statusCode).toBe(403);
    expect((await nel.post(`${base(a.clientId)}/items/${item.id}/skip`, { version: 1, date: addDays(today(), 7) })).statusCode).toBe(403);
  });

  it('hides the agenda, its notices and its entries in "my agenda" when the client withdraws access', async () => {
    const item = await create({ title: 'Straks verborgen' });
    await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read' });
    expect((await nel.get(base(a.clientId))).statusCode).toBe(403);
    const notices = (await nel.get('/api/me/agenda/notices')).json() as NoticeView[];
    expect(notices.some((n) => n.itemId === item.id)).toBe(false);
    const mine = (await nel.get('/api/me/agenda')).json() as MyAgendaView;
    expect(mine.occurrences.some((o) => o.itemId === item.id)).toBe(false);
  });

  it('keeps other professionals and other regions out', async () => {
    const item = await create({ title: 'Niet voor buitenstaanders' });
    const olga = await loginAs(t, a.otherProfessional);
    expect((await olga.get(base(a.clientId))).statusCode).toBe(403);
    expect((await olga.post(`${base(a.clientId)}/items/${item.id}/cancel`, { version: 1 })).statusCode).toBe(403);
    const elsewhere = await loginAs(t, b.professional);
    expect((await elsewhere.get(base(a.clientId))).statusCode).toBe(404);
    expect((await elsewhere.put(`${base(a.clientId)}/items/${item.id}`, { ...meeting({ attendeeUserIds: [] }), version: 1 })).statusCode).toBe(404);
  });

  it('shows plan agreements only to those who may see the plan', async () => {
    const plan = await t.ctx.db.insertInto('plans').values({ region_id: a.regionId, client_id: a.clientId }).onConflict((oc) => oc.column('client_id').doNothing()).returning('id').executeTakeFirst();
    const planId = plan?.id ?? (await t.ctx.db.selectFrom('plans').select('id').where('client_id', '=', a.clientId).executeTakeFirstOrThrow()).id;
    const task = await t.ctx.db
      .insertInto('plan_tasks')
      .values({
        region_id: a.regionId,
        client_id: a.clientId,
        plan_id: planId,
        title: 'Boodschappen doen',
        assignee_kind: 'client',
        status: 'accepted',
        recurrence: 'FREQ=WEEKLY',
        local_time: '09:30',
        duration_minutes: 60,
        starts_on: today(),
        due_on: addDays(today(), 3),
        asked_by_label: 'Pim Prof',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const cal = (await nel.get(`${base(a.clientId)}?to=${addDays(today(), 13)}`)).json() as CalendarView;
    expect(cal.planIncluded).toBe(true);
    expect(cal.occurrences.filter((o) => o.taskId === task.id && o.kind === 'taak').map((o) => o.date)).toEqual([today(), addDays(today(), 7)]);
    expect(cal.occurrences.find((o) => o.taskId === task.id && o.kind === 'deadline')?.date).toBe(addDays(today(), 3));

    await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { agenda: 'read' });
    const without = (await nel.get(`${base(a.clientId)}?to=${addDays(today(), 13)}`)).json() as CalendarView;
    expect(without.planIncluded).toBe(false);
    expect(without.occurrences.some((o) => o.taskId !== null)).toBe(false);
  });
});

describe('reminder preferences', () => {
  it('starts from the defaults, saves once per version, and needs a way to be reached', async () => {
    const cor = await loginAs(t, a.clientUser);
    expect((await cor.get('/api/me/agenda/reminders')).json()).toEqual({ dayBeforeAt: '19:00', minutesBefore: null, byEmail: true, inApp: true, version: 0 });
    const saved = await cor.put('/api/me/agenda/reminders', { dayBeforeAt: '18:00', minutesBefore: 60, byEmail: false, inApp: true, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ dayBeforeAt: '18:00', minutesBefore: 60, version: 1 });
    const again = await cor.put('/api/me/agenda/reminders', { dayBeforeAt: '20:00', minutesBefore: null, byEmail: true, inApp: true, version: 0 });
    expect(again.statusCode).toBe(409);
    expect(again.json().current).toMatchObject({ dayBeforeAt: '18:00', version: 1 });
    const nowhere = await cor.put('/api/me/agenda/reminders', { dayBeforeAt: '20:00', minutesBefore: null, byEmail: false, inApp: false, version: 1 });
    expect(nowhere.statusCode).toBe(422);
    expect(nowhere.json().errors[0].field).toBe('byEmail');
    const odd = await cor.put('/api/me/agenda/reminders', { dayBeforeAt: '25:00', minutesBefore: 45, byEmail: true, inApp: true, version: 1 });
    expect(odd.statusCode).toBe(422);
  });
});

describe('the private calendar feed', () => {
  const feedEvents = (text: string) =>
    new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('is subscribed to by a secret address, parses as iCalendar, and stops when replaced or revoked', async () => {
    const item = await create({ title: 'Feed-overleg', date: addDays(today(), 3), startTime: '14:15', endTime: '15:00' });
    expect((await nel.get('/api/me/calendar-feed')).json()).toMatchObject({ active: false });
    const made = await nel.post('/api/me/calendar-feed', {});
    expect(made.statusCode, made.body).toBe(201);
    const path = new URL((made.json() as { url: string }).url).pathname;
    expect(path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const res = await t.app.inject({ method: 'GET', url: path });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const events = feedEvents(res.body);
    const event = events.find((e) => e.uid.startsWith(`item:${item.id}:`));
    expect(event?.summary).toBe('Feed-overleg (Cor Client)');
    expect(event?.location).toBe('Buurthuis De Linde');
    expect(nlParts(event!.startDate.toJSDate()).time).toBe('14:15');
    const log = await t.ctx.db.selectFrom('access_log').select('purpose').where('actor_user_id', '=', a.naaste.id).where('purpose', '=', 'je agenda in je eigen agenda-app').execute();
    expect(log.length).toBeGreaterThan(0);
    expect((await nel.get('/api/me/calendar-feed')).json()).toMatchObject({ active: true });

    // Consent is asked again on every fetch.
    await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read' });
    expect(feedEvents((await t.app.inject({ method: 'GET', url: path })).body).some((e) => e.uid.startsWith(`item:${item.id}:`))).toBe(false);

    const rotated = new URL(((await nel.post('/api/me/calendar-feed', {})).json() as { url: string }).url).pathname;
    expect(rotated).not.toBe(path);
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: rotated })).statusCode).toBe(200);
    expect((await nel.request('DELETE', '/api/me/calendar-feed')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: rotated })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/not-a-secret.ics' })).statusCode).toBe(404);
  });

  it('marks a cancelled appointment as cancelled in the feed', async () => {
    const item = await create({ title: 'Gaat niet door', date: addDays(today(), 4) });
    await pim.post(`${base(a.clientId)}/items/${item.id}/cancel`, { version: 1 });
    const path = new URL(((await nel.post('/api/me/calendar-feed', {})).json() as { url: string }).url).pathname;
    const event = feedEvents((await t.app.inject({ method: 'GET', url: path })).body).find((e) => e.uid.startsWith(`item:${item.id}:`));
    expect(event?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('gives staff only the time and a link: their feed works without the second factor', async () => {
    const item = await create({ title: 'Overleg met de school', date: addDays(today(), 5), startTime: '09:00', endTime: '10:00' });
    const path = new URL(((await pim.post('/api/me/calendar-feed', {})).json() as { url: string }).url).pathname;
    const res = await t.app.inject({ method: 'GET', url: path });
    const event = feedEvents(res.body).find((e) => e.uid.startsWith(`item:${item.id}:`));
    expect(event?.summary).toBe('Afspraak in Samenspel');
    expect(event?.location ?? null).toBeNull();
    expect(nlParts(event!.startDate.toJSDate()).time).toBe('09:00');
    expect(res.body).not.toContain('Cor Client');
    expect(res.body).not.toContain('Overleg met de school');
  });
});
