import type { Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { networkRole } from './networks-roles.js';
import type { MeetingKind, MeetingStatus } from './schema.js';
import { nlToday } from './meetings-time.js';

export interface MeetingRow {
  id: string;
  region_id: string;
  network_id: string | null;
  kind: MeetingKind;
  starts_at: Date;
  duration_minutes: number;
  location: string | null;
  status: MeetingStatus;
  started_at: Date | null;
  ended_at: Date | null;
  version: number;
}

export interface MeetingAccess {
  meeting: MeetingRow;
  /** Chair or secretary (for the yearly meeting: an administrator or a network chair by role). */
  manage: boolean;
  /** Sits in the network (or, for the yearly meeting, in any network) or attends in someone's place. */
  member: boolean;
  substitute: boolean;
  /** Only a guest on call: sees just the case items they were asked for. */
  guest: boolean;
  guestItemIds: string[];
}

const GONE = { nl: 'Dit overleg bestaat niet (meer).', en: 'This meeting does not exist.' };
const NOT_YOURS = { nl: 'Je bent niet uitgenodigd voor dit overleg.', en: 'You are not invited to this meeting.' };

export async function loadMeeting(db: Db, regionId: string, meetingId: string): Promise<MeetingRow | undefined> {
  return db
    .selectFrom('care_meetings')
    .select(['id', 'region_id', 'network_id', 'kind', 'starts_at', 'duration_minutes', 'location', 'status', 'started_at', 'ended_at', 'version'])
    .where('region_id', '=', regionId)
    .where('id', '=', meetingId)
    .executeTakeFirst();
}

async function inAnyNetwork(db: Db, actor: Actor): Promise<boolean> {
  const today = nlToday();
  const lead = await db
    .selectFrom('care_networks')
    .select('id')
    .where('region_id', '=', actor.regionId)
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('chair_user_id', '=', actor.userId), eb('secretary_user_id', '=', actor.userId)]))
    .executeTakeFirst();
  if (lead) return true;
  const seat = await db
    .selectFrom('care_network_members')
    .select('id')
    .where('region_id', '=', actor.regionId)
    .where('user_id', '=', actor.userId)
    .where('active_from', '<=', today)
    .where((eb) => eb.or([eb('active_until', 'is', null), eb('active_until', '>=', today)]))
    .executeTakeFirst();
  return seat !== undefined;
}

/** Who the actor is in one meeting; 404 outside their region, 403 when they have no part in it. */
export async function meetingAccess(db: Db, actor: Actor, meetingId: string): Promise<MeetingAccess> {
  const meeting = await loadMeeting(db, actor.regionId, meetingId);
  if (!meeting) throw notFound(GONE);
  const mine = await db
    .selectFrom('care_meeting_attendance')
    .select(['user_id', 'substitute_user_id'])
    .where('region_id', '=', actor.regionId)
    .where('meeting_id', '=', meetingId)
    .where((eb) => eb.or([eb('user_id', '=', actor.userId), eb('substitute_user_id', '=', actor.userId)]))
    .execute();
  const invited = mine.some((r) => r.user_id === actor.userId);
  const substitute = mine.some((r) => r.substitute_user_id === actor.userId);
  const guestRows = await db
    .selectFrom('care_item_guests as g')
    .innerJoin('care_meeting_items as i', 'i.id', 'g.item_id')
    .select('g.item_id')
    .where('g.region_id', '=', actor.regionId)
    .where('i.meeting_id', '=', meetingId)
    .where('g.user_id', '=', actor.userId)
    .execute();
  let manage: boolean;
  let member = invited || substitute;
  if (meeting.network_id !== null) {
    const role = await networkRole(db, actor.regionId, meeting.network_id, actor.userId);
    manage = role.chair || role.secretary;
    // A substitute sits in the network but attends (and sees cases) only where they stand in.
    member = member || manage || role.memberRole === 'representative';
  } else {
    manage = actor.roles.includes('beheerder') || actor.roles.includes('netwerkvoorzitter');
    member = member || manage || (await inAnyNetwork(db, actor));
  }
  const guest = !member && guestRows.length > 0;
  if (!member && !guest) throw forbidden(NOT_YOURS);
  return { meeting, manage, member, substitute: substitute && !invited, guest, guestItemIds: guestRows.map((g) => g.item_id) };
}
