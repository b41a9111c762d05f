import { addDays, addMonths, format, isValid, parse } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { circleMembersAccess, type AccessScope } from '../../platform/access/index.js';
import { AppError, type FieldProblem } from '../../platform/errors.js';
import type { CircleMember } from './continuity-model.js';

/**
 * What the crisis plan, continuity and toekomstplan services share: the context they need, calendar
 * days as yyyy-mm-dd strings, one 422 for all wrong fields, and the circle members a form can pick.
 */

export type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'jobs' | 'mail' | 'config'>;

const DAY = 'yyyy-MM-dd';
const parseDay = (day: string) => parse(day, DAY, new Date(2000, 0, 1));

/** A yyyy-mm-dd that exists on the calendar (no 31 April). */
export function isRealDay(day: string): boolean {
  const d = parseDay(day);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && isValid(d) && format(d, DAY) === day;
}

/** Calendar arithmetic on days; 31 August plus six months is 28 (or 29) February. */
export const plusMonths = (day: string, months: number): string => format(addMonths(parseDay(day), months), DAY);
export const plusDays = (day: string, days: number): string => format(addDays(parseDay(day), days), DAY);

/** The moment it is `hour`:00 on a calendar day in the Netherlands (summer and winter time). */
export function amsterdamAt(day: string, hour: number): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, hour, 0, 0, 'Europe/Amsterdam').getTime());
}

/** Throws one 422 naming every wrong field, so a form can show them all at once. */
export function failIfAny(problems: (FieldProblem | null | false | undefined)[]): void {
  const fields = problems.filter((p): p is FieldProblem => Boolean(p));
  if (fields.length) throw new AppError(422, 'validation', { nl: 'Niet alle gegevens kloppen.', en: 'Some of the information is not valid.' }, fields);
}

export const problem = (field: string, nl: string, en: string): FieldProblem => ({ field, nl, en });

/** The client, whoever decides for them and the professionals of the circle steer the course of the plan. */
export const steersPlan = (s: Pick<AccessScope, 'relation' | 'decidesAs'>): boolean => s.relation === 'self' || s.decidesAs !== null || s.relation === 'professional';

/** May write to the plan: what platform/access allowed for an update, computed again for the page's buttons. */
export const mayWritePlan = (s: Pick<AccessScope, 'relation' | 'decidesAs' | 'level'>): boolean => s.relation === 'self' || s.decidesAs !== null || s.level === 'contribute';

/** Members of the circle as a form lists them, with whether they may see the plan. */
export async function circleMembers(db: Db, scope: Pick<AccessScope, 'regionId' | 'clientId'>): Promise<CircleMember[]> {
  const members = await circleMembersAccess(db, scope.regionId, scope.clientId, 'plan');
  return members.map((m) => ({
    linkId: m.linkId,
    userId: m.userId,
    name: m.displayName,
    relation: m.relation,
    label: m.label,
    mayReadPlan: m.mayRead,
  }));
}

/** "Naam (rol)" as people read it in a list. */
export const memberLabel = (m: Pick<CircleMember, 'name' | 'label'>): string => (m.label ? `${m.name} (${m.label})` : m.name);

/** The actor's own link in the circle, if they are a member. */
export async function ownLink(db: Db, scope: Pick<AccessScope, 'regionId' | 'clientId'>, userId: string): Promise<{ id: string; version: number } | null> {
  const row = await db
    .selectFrom('client_links')
    .select(['id', 'version'])
    .where('region_id', '=', scope.regionId)
    .where('client_id', '=', scope.clientId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ?? null;
}

/** Trimmed, without empty lines, each line at most `max` characters (checked by the model). */
export const cleanList = (items: readonly string[]): string[] => items.map((s) => s.trim()).filter((s) => s.length > 0);
