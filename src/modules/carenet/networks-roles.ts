import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { nlToday } from './meetings-time.js';

export interface NetworkRole {
  chair: boolean;
  secretary: boolean;
  /** An active representative or substitute row today. */
  member: boolean;
  /** The organisation the person sits for (their representative row first), or null. */
  organisationId: string | null;
  /** 'representative' | 'substitute' when member, else null. */
  memberRole: 'representative' | 'substitute' | null;
}

const NONE: NetworkRole = { chair: false, secretary: false, member: false, organisationId: null, memberRole: null };

/**
 * How one person stands to one network today. Other areas (cases, minutes) build their rights on
 * this, so it reads only committed rows and never throws for an unknown network: it says "nothing".
 */
export async function networkRole(db: Db, regionId: string, networkId: string, userId: string): Promise<NetworkRole> {
  const network = await db
    .selectFrom('care_networks')
    .select(['chair_user_id', 'secretary_user_id'])
    .where('region_id', '=', regionId)
    .where('id', '=', networkId)
    .executeTakeFirst();
  if (!network) return NONE;
  const today = nlToday();
  const rows = await db
    .selectFrom('care_network_members')
    .select(['organisation_id', 'role'])
    .where('region_id', '=', regionId)
    .where('network_id', '=', networkId)
    .where('user_id', '=', userId)
    .where('active_from', '<=', today)
    .where((eb) => eb.or([eb('active_until', 'is', null), eb('active_until', '>=', today)]))
    .orderBy(sql`CASE WHEN role = 'representative' THEN 0 ELSE 1 END`)
    .execute();
  const row = rows[0];
  return {
    chair: network.chair_user_id === userId,
    secretary: network.secretary_user_id === userId,
    member: row !== undefined,
    organisationId: row?.organisation_id ?? null,
    memberRole: row?.role ?? null,
  };
}
