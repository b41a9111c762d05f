import { sql } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Db } from '../../platform/db/database.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import type { SettingsInput, SettingsView } from './model.js';
import { DEFAULT_DEADLINE_DAYS } from './schema.js';

/** A beheerder sets it for any organisation of the region; a teamleider for their own. */
function mayManage(user: SessionUser, organisationId: string): boolean {
  return user.roles.includes('beheerder') || (user.roles.includes('teamleider') && user.organisationId === organisationId);
}

export async function getSettings(db: Db, user: SessionUser, organisationId: string): Promise<SettingsView> {
  if (!mayManage(user, organisationId) && user.organisationId !== organisationId) throw forbidden();
  const org = await db
    .selectFrom('organisations as o')
    .leftJoin('naasten_settings as s', 's.organisation_id', 'o.id')
    .select(['o.id', 'o.name', 's.deadline_days', 's.version'])
    .where('o.region_id', '=', user.regionId)
    .where('o.id', '=', organisationId)
    .executeTakeFirst();
  if (!org) throw notFound();
  return { organisationId: org.id, organisationName: org.name, deadlineDays: org.deadline_days ?? DEFAULT_DEADLINE_DAYS, version: org.version ?? 0 };
}

export async function saveSettings(db: Db, user: SessionUser, organisationId: string, input: SettingsInput, label: string): Promise<SettingsView> {
  if (!mayManage(user, organisationId)) throw forbidden({ nl: 'Alleen de teamleider of een beheerder kan dit wijzigen.', en: 'Only the team lead or an administrator can change this.' });
  const current = await getSettings(db, user, organisationId);
  if (current.version !== input.version) throw conflict(current);
  const saved =
    current.version === 0
      ? await db
          .insertInto('naasten_settings')
          .values({ organisation_id: organisationId, region_id: user.regionId, deadline_days: input.deadlineDays, updated_by_label: label })
          .onConflict((oc) => oc.column('organisation_id').doNothing())
          .returning('version')
          .executeTakeFirst()
      : await db
          .updateTable('naasten_settings')
          .set({ deadline_days: input.deadlineDays, version: sql`version + 1`, updated_by_label: label, updated_at: new Date() })
          .where('organisation_id', '=', organisationId)
          .where('region_id', '=', user.regionId)
          .where('version', '=', input.version)
          .returning('version')
          .executeTakeFirst();
  if (!saved) throw conflict(await getSettings(db, user, organisationId));
  return { ...current, deadlineDays: input.deadlineDays, version: saved.version };
}
