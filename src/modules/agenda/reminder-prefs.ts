import type { Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { conflict, invalid } from '../../platform/errors.js';
import type { ReminderPrefs, ReminderPrefsView } from './model.js';

/** Without a choice of their own, people hear about an appointment on the evening before, both ways. */
export const DEFAULT_PREFS: ReminderPrefs = { dayBeforeAt: '19:00', minutesBefore: null, byEmail: true, inApp: true };

export async function getPrefs(db: Db, userId: string): Promise<ReminderPrefsView> {
  const row = await db.selectFrom('agenda_reminder_prefs').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) return { ...DEFAULT_PREFS, version: 0 };
  return { dayBeforeAt: row.day_before_at, minutesBefore: row.minutes_before, byEmail: row.by_email, inApp: row.in_app, version: row.version };
}

/** Version 0 means "I saw the defaults": the first save creates the row, and a second first save gets 409. */
export async function savePrefs(db: Db, actor: Actor, input: ReminderPrefs & { version: number }): Promise<ReminderPrefsView> {
  const wantsSome = input.dayBeforeAt !== null || input.minutesBefore !== null;
  if (wantsSome && !input.byEmail && !input.inApp) {
    throw invalid('byEmail', 'Kies hoe je de herinnering wilt krijgen: per e-mail, in Samenspel of allebei.', 'Choose how you want the reminder: by e-mail, in Samenspel or both.');
  }
  const values = { day_before_at: input.dayBeforeAt, minutes_before: input.minutesBefore, by_email: input.byEmail, in_app: input.inApp };
  const saved =
    input.version === 0
      ? await db
          .insertInto('agenda_reminder_prefs')
          .values({ user_id: actor.userId, region_id: actor.regionId, ...values })
          .onConflict((oc) => oc.column('user_id').doNothing())
          .returning('user_id')
          .executeTakeFirst()
      : await db
          .updateTable('agenda_reminder_prefs')
          .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
          .where('user_id', '=', actor.userId)
          .where('version', '=', input.version)
          .returning('user_id')
          .executeTakeFirst();
  if (!saved) throw conflict(await getPrefs(db, actor.userId));
  return getPrefs(db, actor.userId);
}
