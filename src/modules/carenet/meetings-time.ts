import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Meetings are agreed in Dutch local time; every wall-clock time of this area is in this zone. */
export const NL_ZONE = 'Europe/Amsterdam';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real calendar day: "2026-02-30" has the right shape but does not exist. */
export const isIsoDay = (v: string): boolean => {
  if (!ISO_DAY.test(v)) return false;
  const t = Date.parse(`${v}T12:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
};
export const isLocalTime = (v: string): boolean => HH_MM.test(v);

/** The instant at which the Dutch wall clock shows this date and time (DST included). */
export function nlInstant(day: string, time: string): Date {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, h, mi, NL_ZONE).getTime());
}

/** The Dutch calendar day and wall-clock time of an instant. */
export function nlParts(instant: Date): { day: string; time: string } {
  const z = new TZDate(instant.getTime(), NL_ZONE);
  return { day: format(z, 'yyyy-MM-dd'), time: format(z, 'HH:mm') };
}

export const nlToday = (now: Date = new Date()): string => nlParts(now).day;

/** A calendar day n days later; counted in days, not hours, so no clock change shifts it. */
export function addDays(day: string, n: number): string {
  const t = new Date(`${day}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
