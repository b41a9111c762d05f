import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Mailer } from '../../platform/context.js';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { PROFESSIONAL_GRANTS, loginAs, mailTo, membership } from '../../testing/safety-fixtures.js';
import type { ItemView } from './model.js';
import { nlParts } from './recurrence.js';
import { REMINDER_JOB, reminderMoments, scanReminders, sendReminder, whenText } from './reminders.js';

let t: TestApp;
let a: RegionFixture;
let pim: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'herinner');
  await membership(t.ctx, a.regionId, a.clientId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  pim = await loginAs(t, a.professional);
});
afterAll(() => t.close());
beforeEach(async () => {
  await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read', agenda: 'read' });
  await t.ctx.db.deleteFrom('agenda_reminder_prefs').execute();
  // Only the reminder under test may run: earlier tests' other jobs stay out of the way.
  await t.ctx.db.updateTable('jobs').set({ status: 'done' }).where('status', '=', 'queued').execute();
});

/** An appointment starting `minutes` from now (Dutch wall clock, whole minutes), with Nel invited. */
async function appointmentIn(minutes: number, title: string): Promise<{ item: ItemView; start: Date }> {
  const start = new Date(Math.ceil((Date.now() + minutes * 60_000) / 60_000) * 60_000);
  const end = new Date(start.getTime() + 30 * 60_000);
  const s = nlParts(start);
  const e = nlParts(end);
  // Past midnight the end falls on the next day; the test keeps the appointment on one day.
  const endTime = e.day === s.day ? e.time : '23:59';
  const res = await pim.post(`/api/clients/${a.clientId}/agenda/items`, {
    kind: 'afspraak',
    title,
    date: s.day,
    startTime: s.time,
    endTime,
    attendeeUserIds: [a.naaste.id],
  });
  expect(res.statusCode, res.body).toBe(201);
  return { item: res.json() as ItemView, start };
}

const remindersTo = async (userId: string) => t.ctx.db.selectFrom('agenda_notices').select('item_id').where('user_id', '=', userId).where('kind', '=', 'reminder').execute();
const makeDue = () => t.ctx.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000) }).where('kind', '=', REMINDER_JOB).where('status', '=', 'queued').execute();

describe('reminders at the time the person chose', () => {
  it('computes the day before at the chosen time and minutes before, never after the start', () => {
    const start = new Date('2026-10-26T09:00:00Z'); // Monday 10:00 in winter time
    const moments = reminderMoments({ dayBeforeAt: '19:00', minutesBefore: 60, byEmail: true, inApp: true }, start);
    expect(moments.map((m) => [m.offset, m.at.toISOString()])).toEqual([
      ['day-before', '2026-10-25T18:00:00.000Z'],
      ['min-60', '2026-10-26T08:00:00.000Z'],
    ]);
    expect(reminderMoments({ dayBeforeAt: null, minutesBefore: null, byEmail: true, inApp: true }, start)).toEqual([]);
    expect(whenText('nl', new Date('2026-10-26T09:00:00Z'), new Date('2026-10-25T18:00:00Z'))).toBe('morgen om 10:00');
    expect(whenText('en', new Date('2026-10-26T09:00:00Z'), new Date('2026-10-26T07:00:00Z'))).toBe('today at 10:00');
  });

  it('retries a failing send and delivers exactly one reminder', async () => {
    await t.ctx.db.insertInto('agenda_reminder_prefs').values({ user_id: a.naaste.id, region_id: a.regionId, day_before_at: null, minutes_before: 60, by_email: true, in_app: true }).execute();
    const { item } = await appointmentIn(62, 'Tandarts met Nel');
    await t.ctx.jobs.runDue(20); // delivers the invitation mail first
    const mailsBefore = (await mailTo(t.ctx, a.naaste.email)).length;

    expect(await scanReminders(t.ctx)).toBe(1);
    // A second scan (another instance, or the next round) plans nothing new.
    await scanReminders(t.ctx);
    expect(await t.ctx.db.selectFrom('jobs').select('id').where('kind', '=', REMINDER_JOB).where('status', '=', 'queued').execute()).toHaveLength(1);

    const real = t.ctx.mail;
    let calls = 0;
    const failingOnce: Mailer = {
      send: async (m) => {
        calls += 1;
        if (calls === 1) throw new Error('mail store unavailable');
        return real.send(m);
      },
    };
    t.ctx.mail = failingOnce;
    try {
      await makeDue();
      expect(await t.ctx.jobs.runDue()).toBe(1);
      const failed = await t.ctx.db.selectFrom('jobs').select(['status', 'attempts', 'last_error']).where('kind', '=', REMINDER_JOB).executeTakeFirstOrThrow();
      expect(failed).toMatchObject({ status: 'queued', attempts: 1, last_error: 'mail store unavailable' });
      // The in-app reminder is already there; the retry only sends the mail.
      expect(await remindersTo(a.naaste.id)).toHaveLength(1);

      await makeDue();
      expect(await t.ctx.jobs.runDue()).toBe(1);
    } finally {
      t.ctx.mail = real;
    }
    expect(calls).toBe(2);
    const done = await t.ctx.db.selectFrom('jobs').select(['status', 'attempts']).where('kind', '=', REMINDER_JOB).executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: 'done', attempts: 2 });

    // Running it again, or a stray duplicate job, changes nothing.
    const job = await t.ctx.db.selectFrom('jobs').select('payload').where('kind', '=', REMINDER_JOB).executeTakeFirstOrThrow();
    await sendReminder(t.ctx, job.payload);
    await scanReminders(t.ctx);
    await makeDue();
    await t.ctx.jobs.runDue();

    const mails = await mailTo(t.ctx, a.naaste.email);
    expect(mails.length).toBe(mailsBefore + 1);
    const mail = mails[mails.length - 1]!;
    expect(mail.subject).toContain('herinnering');
    expect(mail.text_body).toMatch(/vandaag om \d\d:\d\d|morgen om \d\d:\d\d/);
    expect(`${mail.subject} ${mail.text_body}`).not.toContain('Tandarts');
    expect(await remindersTo(a.naaste.id)).toEqual([{ item_id: item.id }]);
    const sent = await t.ctx.db.selectFrom('agenda_reminders_sent').select(['mail_id']).where('item_id', '=', item.id).execute();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.mail_id).not.toBeNull();
  });

  it('sends nothing to someone who may no longer see the agenda, nor for a cancelled appointment', async () => {
    await t.ctx.db.insertInto('agenda_reminder_prefs').values({ user_id: a.naaste.id, region_id: a.regionId, day_before_at: null, minutes_before: 30, by_email: true, in_app: true }).execute();
    const first = await appointmentIn(31, 'Niet meer zichtbaar');
    const second = await appointmentIn(32, 'Afgezegd');
    await pim.post(`/api/clients/${a.clientId}/agenda/items/${second.item.id}/cancel`, { version: 1 });
    expect(await scanReminders(t.ctx)).toBe(1);
    await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read' });
    await makeDue();
    await t.ctx.jobs.runDue();
    const sent = await t.ctx.db.selectFrom('agenda_reminders_sent').select('item_id').where('item_id', 'in', [first.item.id, second.item.id]).execute();
    expect(sent).toEqual([]);
  });

  it('respects a person who wants reminders in the app only', async () => {
    await t.ctx.db.insertInto('agenda_reminder_prefs').values({ user_id: a.naaste.id, region_id: a.regionId, day_before_at: null, minutes_before: 15, by_email: false, in_app: true }).execute();
    const { item } = await appointmentIn(16, 'Alleen in de app');
    const before = (await mailTo(t.ctx, a.naaste.email)).length;
    expect(await scanReminders(t.ctx)).toBe(1);
    await makeDue();
    await t.ctx.jobs.runDue();
    expect((await mailTo(t.ctx, a.naaste.email)).length).toBe(before);
    expect((await remindersTo(a.naaste.id)).filter((r) => r.item_id === item.id)).toHaveLength(1);
  });
});
