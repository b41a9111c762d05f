import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/access/index.js';

/** Professionals of the region to name as coordinator or hand-over receiver: name and organisation only. */
export async function findProfessionals(db: Db, actor: Actor, q: string) {
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'u.organisation_id').onRef('o.region_id', '=', 'u.region_id'))
    .select(['u.id', 'u.display_name', 'o.name as org'])
    .where('u.region_id', '=', actor.regionId)
    .where('u.status', '=', 'active')
    .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['professional', 'netwerkvoorzitter', 'teamleider'])))
    .$if(q !== '', (qb) => qb.where((eb) => eb.or([eb('u.display_name', 'ilike', `%${escapeLike(q)}%`), eb('o.name', 'ilike', `%${escapeLike(q)}%`)])))
    .orderBy('u.display_name')
    .limit(50)
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.display_name, organisation: r.org }));
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
