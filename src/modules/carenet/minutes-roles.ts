import type { Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { networkRole, type NetworkRole } from './service.js';
import type { MeetingStatus } from './schema.js';

export interface MeetingFacts {
  id: string;
  regionId: string;
  networkId: string;
  networkName: string;
  status: MeetingStatus;
  startsAt: Date;
  chairUserId: string | null;
  secretaryUserId: string | null;
}

export interface MinutesRole extends NetworkRole {
  meeting: MeetingFacts;
  /** Stood in for a representative at this meeting: reads its minutes like a member. */
  substitute: boolean;
  /** Items this person was invited to as a guest on call; a guest reads only those. */
  guestItemIds: string[];
  /** Writes the minutes: the secretary, or the chair when the network has no secretary. */
  writer: boolean;
  /** Sees the minutes once they are sent (members, substitutes of this meeting); writers and the chair see drafts too. */
  reader: boolean;
}

const notHere = () => notFound({ nl: 'Dit overleg bestaat niet of je hoort er niet bij.', en: 'This meeting does not exist or you are not part of it.' });

/** The meeting with its network; yearly meetings of all networks keep no minutes here. */
export async function meetingFacts(db: Db, regionId: string, meetingId: string): Promise<MeetingFacts | null> {
  const row = await db
    .selectFrom('care_meetings as m')
    .innerJoin('care_networks as n', (j) => j.onRef('n.id', '=', 'm.network_id').onRef('n.region_id', '=', 'm.region_id'))
    .select(['m.id', 'm.region_id', 'm.network_id', 'n.name', 'm.status', 'm.starts_at', 'n.chair_user_id', 'n.secretary_user_id'])
    .where('m.region_id', '=', regionId)
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
  if (!row || row.network_id === null) return null;
  return {
    id: row.id,
    regionId: row.region_id,
    networkId: row.network_id,
    networkName: row.name,
    status: row.status,
    startsAt: row.starts_at,
    chairUserId: row.chair_user_id,
    secretaryUserId: row.secretary_user_id,
  };
}

/** How the actor stands to the minutes of one meeting; 404 for outsiders, so a meeting cannot even be detected. */
export async function minutesRole(db: Db, actor: Actor, meetingId: string): Promise<MinutesRole> {
  const meeting = await meetingFacts(db, actor.regionId, meetingId);
  if (!meeting) throw notHere();
  const role = await networkRole(db, actor.regionId, meeting.networkId, actor.userId);
  const sub = await db
    .selectFrom('care_meeting_attendance')
    .select('id')
    .where('region_id', '=', actor.regionId)
    .where('meeting_id', '=', meetingId)
    .where('substitute_user_id', '=', actor.userId)
    .executeTakeFirst();
  const guestOf = await db
    .selectFrom('care_item_guests as g')
    .innerJoin('care_meeting_items as i', (j) => j.onRef('i.id', '=', 'g.item_id').onRef('i.region_id', '=', 'g.region_id'))
    .select('g.item_id')
    .where('g.region_id', '=', actor.regionId)
    .where('i.meeting_id', '=', meetingId)
    .where('g.user_id', '=', actor.userId)
    .execute();
  const writer = role.secretary || (role.chair && meeting.secretaryUserId === null);
  const substitute = sub !== undefined;
  const reader = writer || role.chair || role.secretary || role.member || substitute;
  if (!reader && guestOf.length === 0) throw notHere();
  return { ...role, meeting, substitute, guestItemIds: guestOf.map((g) => g.item_id), writer, reader };
}

export function requireWriter(role: MinutesRole): void {
  if (!role.writer) throw forbidden({ nl: 'Alleen de notulist van het netwerk schrijft het verslag.', en: 'Only the secretary of the network writes the minutes.' });
}

/** The people an action point can be given to: chair, secretary and active members of the network. */
export async function networkPeople(db: Db, regionId: string, networkId: string, today: string): Promise<{ userId: string; name: string; organisation: string | null }[]> {
  const members = await db
    .selectFrom('care_network_members as cm')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'cm.user_id').onRef('u.region_id', '=', 'cm.region_id'))
    .innerJoin('organisations as o', (j) => j.onRef('o.id', '=', 'cm.organisation_id').onRef('o.region_id', '=', 'cm.region_id'))
    .select(['u.id', 'u.display_name', 'o.name as org'])
    .where('cm.region_id', '=', regionId)
    .where('cm.network_id', '=', networkId)
    .where('u.status', '=', 'active')
    .where('cm.active_from', '<=', today)
    .where((eb) => eb.or([eb('cm.active_until', 'is', null), eb('cm.active_until', '>=', today)]))
    .execute();
  const leads = await db
    .selectFrom('care_networks as n')
    .innerJoin('users as u', (j) => j.on((eb) => eb.or([eb('u.id', '=', eb.ref('n.chair_user_id')), eb('u.id', '=', eb.ref('n.secretary_user_id'))])).onRef('u.region_id', '=', 'n.region_id'))
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'o.name as org'])
    .where('n.region_id', '=', regionId)
    .where('n.id', '=', networkId)
    .where('u.status', '=', 'active')
    .execute();
  const out = new Map<string, { userId: string; name: string; organisation: string | null }>();
  for (const p of [...leads, ...members]) if (!out.has(p.id)) out.set(p.id, { userId: p.id, name: p.display_name, organisation: p.org });
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
