import type { Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { networkRole, type NetworkRole } from './networks-roles.js';

export interface NetworkAccess extends NetworkRole {
  networkId: string;
  /** The region's administrator: sets networks up and fixes their membership, but sees no meeting content. */
  admin: boolean;
  /** May change the network and its members: the chair, or the administrator. */
  manage: boolean;
  /** May plan meetings and run them: the chair or the secretary. */
  runMeetings: boolean;
}

const NETWORK_GONE = { nl: 'Dit zorgnetwerk bestaat niet (meer).', en: 'This care network does not exist.' };
const NOT_IN_NETWORK = { nl: 'Je zit niet in dit zorgnetwerk.', en: 'You are not part of this care network.' };

/** How the actor stands to a network; 404 outside their region, 403 when they have no part in it. */
export async function networkAccess(db: Db, actor: Actor, networkId: string): Promise<NetworkAccess> {
  const exists = await db.selectFrom('care_networks').select('id').where('region_id', '=', actor.regionId).where('id', '=', networkId).executeTakeFirst();
  if (!exists) throw notFound(NETWORK_GONE);
  const role = await networkRole(db, actor.regionId, networkId, actor.userId);
  const admin = actor.roles.includes('beheerder');
  const access = { ...role, networkId, admin, manage: role.chair || admin, runMeetings: role.chair || role.secretary };
  if (!access.chair && !access.secretary && !access.member && !admin) throw forbidden(NOT_IN_NETWORK);
  return access;
}

export const mayCreateNetworks = (actor: Actor): boolean => actor.roles.includes('beheerder') || actor.roles.includes('netwerkvoorzitter');
