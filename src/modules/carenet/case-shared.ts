import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/access/index.js';
import { todayInNl } from '../../platform/access/index.js';
import { forbidden, notFound } from '../../platform/errors.js';

/**
 * What the case services share: the actor's seat in a network (until the meetings module offers
 * networkRole, the core tables are read here) and the case history.
 */

export interface NetworkSeat {
  networkId: string;
  networkName: string;
  chair: boolean;
  secretary: boolean;
  /** Active representative or substitute row. */
  member: boolean;
  organisationId: string | null;
}

export async function networkSeat(db: Db, actor: Actor, networkId: string): Promise<NetworkSeat> {
  const today = todayInNl();
  const network = await db
    .selectFrom('care_networks')
    .select(['id', 'name', 'chair_user_id', 'secretary_user_id', 'archived_at'])
    .where('region_id', '=', actor.regionId)
    .where('id', '=', networkId)
    .executeTakeFirst();
  if (!network) throw notFound();
  const row = await db
    .selectFrom('care_network_members')
    .select('organisation_id')
    .where('region_id', '=', actor.regionId)
    .where('network_id', '=', networkId)
    .where('user_id', '=', actor.userId)
    .where('active_from', '<=', today)
    .where((eb) => eb.or([eb('active_until', 'is', null), eb('active_until', '>=', today)]))
    .executeTakeFirst();
  return {
    networkId: network.id,
    networkName: network.name,
    chair: network.chair_user_id === actor.userId,
    secretary: network.secretary_user_id === actor.userId,
    member: row !== undefined,
    organisationId: row?.organisation_id ?? null,
  };
}

/** Only people with a seat in the network bring in cases or see its list. */
export async function requireSeat(db: Db, actor: Actor, networkId: string): Promise<NetworkSeat> {
  const seat = await networkSeat(db, actor, networkId);
  if (!seat.chair && !seat.secretary && !seat.member) throw forbidden({ nl: 'Je zit niet in dit zorgnetwerk.', en: 'You are not a member of this care network.' });
  return seat;
}

export async function userOrganisation(db: Db, regionId: string, userId: string): Promise<string | null> {
  const u = await db.selectFrom('users').select('organisation_id').where('region_id', '=', regionId).where('id', '=', userId).executeTakeFirst();
  return u?.organisation_id ?? null;
}

export async function caseEvent(db: Db, regionId: string, caseId: string, actor: Actor, kind: string, note: string | null = null): Promise<void> {
  await db.insertInto('care_case_events').values({ region_id: regionId, case_id: caseId, kind, actor_user_id: actor.userId, actor_label: actor.label, note }).execute();
}

/** The link in notification e-mails: never a name, only where to look. */
export const caseLink = (publicUrl: string, caseId: string) => `${publicUrl.replace(/\/$/, '')}/zorgnetwerken/casussen/${caseId}`;
export const startLink = (publicUrl: string) => `${publicUrl.replace(/\/$/, '')}/`;

export function newsMail(locale: 'nl' | 'en', link: string): { subject: string; text: string } {
  return locale === 'en'
    ? { subject: 'There is something new in Samenspel', text: `Hello,\n\nThere is something new for you in Samenspel about a case in a care network.\n\nLog in to see it:\n\n${link}\n\nSamenspel` }
    : { subject: 'Er is iets nieuws in Samenspel', text: `Hallo,\n\nEr is iets nieuws voor je in Samenspel over een casus in een zorgnetwerk.\n\nLog in om het te zien:\n\n${link}\n\nSamenspel` };
}
