import { sql } from 'kysely';
import type { Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { rolesFromDb, type Role } from '../accounts/schema.js';

/**
 * The person behind a calendar feed as an actor, exactly as a session would make them (roles, name
 * and organisation for the access log), so platform/access decides a feed fetch like a page view.
 * A disabled account has no actor: its feed stops.
 */
export async function actorForUser(db: Db, userId: string): Promise<Actor | null> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'u.organisation_id').onRef('o.region_id', '=', 'u.region_id'))
    .select([
      'u.id',
      'u.region_id',
      'u.display_name',
      'o.name as organisation_name',
      sql<Role[] | string>`coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id), '{}')`.as('roles'),
    ])
    .where('u.id', '=', userId)
    .where('u.status', '=', 'active')
    .executeTakeFirst();
  if (!row) return null;
  return {
    userId: row.id,
    regionId: row.region_id,
    roles: rolesFromDb(row.roles),
    label: row.organisation_name ? `${row.display_name} (${row.organisation_name})` : row.display_name,
  };
}
