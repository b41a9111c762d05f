import type { Db } from '../../platform/db/database.js';
import type { ItemView } from './model.js';

/**
 * The agenda of one meeting in order. A case item shows only its title, which is the case's
 * non-identifying label; everything else about a case stays behind H5's case access.
 */
export async function loadItems(db: Db, regionId: string, meetingId: string, viewerId: string): Promise<ItemView[]> {
  const rows = await db
    .selectFrom('care_meeting_items as i')
    .leftJoin('users as u', 'u.id', 'i.submitted_by')
    .select(['i.id', 'i.kind', 'i.position', 'i.title', 'i.note', 'i.case_id', 'i.time_box_minutes', 'i.status', 'i.carried_over_from', 'i.started_at', 'i.ended_at', 'i.submitted_by', 'u.display_name', 'i.version'])
    .where('i.region_id', '=', regionId)
    .where('i.meeting_id', '=', meetingId)
    .where('i.status', '<>', 'removed')
    .orderBy('i.position')
    .orderBy('i.created_at')
    .execute();
  const ids = rows.map((r) => r.id);
  const guests = ids.length
    ? await db
        .selectFrom('care_item_guests as g')
        .innerJoin('users as u', 'u.id', 'g.user_id')
        .leftJoin('organisations as o', 'o.id', 'g.organisation_id')
        .select(['g.id', 'g.item_id', 'g.user_id', 'u.display_name', 'o.name as org', 'g.role_label'])
        .where('g.region_id', '=', regionId)
        .where('g.item_id', 'in', ids)
        .orderBy('u.display_name')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    position: r.position,
    title: r.title,
    note: r.note,
    caseId: r.case_id,
    timeBoxMinutes: r.time_box_minutes,
    status: r.status,
    carriedOver: r.carried_over_from !== null,
    startedAt: r.started_at?.toISOString() ?? null,
    endedAt: r.ended_at?.toISOString() ?? null,
    submittedByName: r.display_name,
    mine: r.submitted_by === viewerId,
    guests: guests.filter((g) => g.item_id === r.id).map((g) => ({ id: g.id, userId: g.user_id, name: g.display_name, organisationName: g.org, roleLabel: g.role_label })),
    version: r.version,
  }));
}
