import type { Locale } from '../../api/types';
import type { Occurrence } from './types';

/** A calendar day n days later; calendar days, so a clock change does not shift it. */
export function addDays(day: string, n: number): string {
  const t = new Date(`${day}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** Today in the Netherlands, whatever the device's time zone. */
export function todayInNl(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "dinsdag 3 november" for a calendar day. */
export function dayName(day: string, locale: Locale): string {
  const d = new Date(`${day}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(d);
}

/** Entries grouped per day, in date order. */
export function byDay(occurrences: readonly Occurrence[]): { day: string; entries: Occurrence[] }[] {
  const days = new Map<string, Occurrence[]>();
  for (const o of occurrences) days.set(o.date, [...(days.get(o.date) ?? []), o]);
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, entries]) => ({ day, entries }));
}

/** The RRULE bodies the form offers, in plain words. */
export const REPEATS = [
  { value: '', rule: null },
  { value: 'weekly', rule: 'FREQ=WEEKLY' },
  { value: 'fortnightly', rule: 'FREQ=WEEKLY;INTERVAL=2' },
  { value: 'monthly', rule: 'FREQ=MONTHLY' },
] as const;
export type RepeatChoice = (typeof REPEATS)[number]['value'];

export function repeatOf(rule: string | null): RepeatChoice | 'other' {
  return REPEATS.find((r) => r.rule === rule)?.value ?? 'other';
}
