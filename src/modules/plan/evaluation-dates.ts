import { addDays, addYears, format, isValid, parseISO } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { todayInNl } from '../../platform/access/index.js';
import type { FieldProblem } from '../../platform/errors.js';

/** Calendar days of evaluations: Dutch days as yyyy-mm-dd, never UTC dates. */

const ymd = (d: Date) => format(d, 'yyyy-MM-dd');

export const shiftDays = (day: string, n: number): string => ymd(addDays(parseISO(day), n));

/** A yyyy-mm-dd that exists on the calendar (no 31 April). */
export const isRealDay = (day: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(day) && isValid(parseISO(day)) && ymd(parseISO(day)) === day;

/** Evaluations are planned from today up to two years ahead. */
export function plannedOnWindow(now = new Date()): { min: string; max: string } {
  const today = todayInNl(now);
  return { min: today, max: ymd(addYears(parseISO(today), 2)) };
}

export function plannedOnProblem(field: string, day: string, now = new Date()): FieldProblem | null {
  const { min, max } = plannedOnWindow(now);
  if (!isRealDay(day)) return { field, nl: 'Deze datum bestaat niet.', en: 'This date does not exist.' };
  if (day < min) return { field, nl: 'Kies vandaag of een dag later.', en: 'Choose today or a later day.' };
  if (day > max) return { field, nl: 'Kies een datum binnen twee jaar.', en: 'Choose a date within two years.' };
  return null;
}

/** The moment it is `hour`:00 on a calendar day in the Netherlands (summer and winter time). */
export const amsterdamAt = (day: string, hour: number): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, hour, 0, 0, 'Europe/Amsterdam').getTime());
};
