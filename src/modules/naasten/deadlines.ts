import { addDays, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import { sql } from 'kysely';
import { todayInNl } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { DEFAULT_DEADLINE_DAYS } from './schema.js';

export const dayPlus = (day: string, n: number): string => formatISO(addDays(parseISO(day), n), { representation: 'date' });
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));

export interface CircleStart {
  clientId: string;
  /** yyyy-mm-dd: the admission date someone set, or the day the circle was made. */
  admittedOn: string;
  set: boolean;
  /** 0 while nobody set a date (the row does not exist yet). */
  version: number;
  deadlineDays: number;
}

/**
 * The start and the number of days for each circle. The days follow the organisation of the
 * circle's regisseur, else of whoever made the circle, else the default of 21: one deadline per
 * circle, whoever looks at it.
 */
export async function circleStarts(db: Db, regionId: string, clientIds: readonly string[]): Promise<Map<string, CircleStart>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('clients as k')
    .leftJoin('circles as c', (j) => j.onRef('c.client_id', '=', 'k.id').onRef('c.region_id', '=', 'k.region_id'))
    .leftJoin('naasten_circle_starts as s', (j) => j.onRef('s.client_id', '=', 'k.id').onRef('s.region_id', '=', 'k.region_id'))
    .leftJoin('users as ru', (j) => j.onRef('ru.id', '=', 'c.regisseur_user_id').onRef('ru.region_id', '=', 'c.region_id'))
    .leftJoin('naasten_settings as rs', 'rs.organisation_id', 'ru.organisation_id')
    .leftJoin('users as cu', (j) => j.onRef('cu.id', '=', 'c.created_by').onRef('cu.region_id', '=', 'c.region_id'))
    .leftJoin('naasten_settings as cs', 'cs.organisation_id', 'cu.organisation_id')
    .select(['k.id as client_id', sql<Date>`coalesce(c.created_at, k.created_at)`.as('created_at'), 's.admitted_on', 's.version', sql<number | null>`coalesce(rs.deadline_days, cs.deadline_days)`.as('days')])
    .where('k.region_id', '=', regionId)
    .where('k.id', 'in', clientIds)
    .execute();
  return new Map(
    rows.map((r) => [
      r.client_id,
      {
        clientId: r.client_id,
        admittedOn: r.admitted_on ?? todayInNl(new Date(r.created_at)),
        set: r.admitted_on !== null,
        version: r.version ?? 0,
        deadlineDays: r.days ?? DEFAULT_DEADLINE_DAYS,
      },
    ]),
  );
}

/** A naaste who joins after the start gets the same number of days from the day they joined. */
export function dueOn(start: CircleStart, joinedAt: Date): string {
  const joined = todayInNl(joinedAt);
  return dayPlus(joined > start.admittedOn ? joined : start.admittedOn, start.deadlineDays);
}

/** Days past due without a card; 0 when there is a card or the day has not passed. */
export function overdueDays(due: string, hasCard: boolean, today = todayInNl()): number {
  return hasCard ? 0 : Math.max(0, daysBetween(due, today));
}
