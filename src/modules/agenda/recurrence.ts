import { createRequire } from 'node:module';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { invalid } from '../../platform/errors.js';

// rrule ships CommonJS for Node with ESM-only type declarations; require gives the real exports.
const { RRule, datetime } = createRequire(import.meta.url)('rrule') as typeof import('rrule');

/** Agreements are made in Dutch local time; every wall-clock time in the agenda is in this zone. */
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

const numbers = (v: string, sep: string): number[] => v.split(sep).map(Number);

/** The instant at which the Dutch wall clock shows this date and time. */
export function nlInstant(day: string, time: string): Date {
  const [y = 0, m = 1, d = 1] = numbers(day, '-');
  const [h = 0, mi = 0] = numbers(time, ':');
  return new Date(new TZDate(y, m - 1, d, h, mi, NL_ZONE).getTime());
}

/** The Dutch calendar day and wall-clock time of an instant. */
export function nlParts(instant: Date): { day: string; time: string } {
  const z = new TZDate(instant.getTime(), NL_ZONE);
  return { day: format(z, 'yyyy-MM-dd'), time: format(z, 'HH:mm') };
}

/** A calendar day n days later (or earlier); days, not hours, so no clock change shifts it. */
export function addDays(day: string, n: number): string {
  const t = new Date(`${day}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

export const minutesBetween = (a: string, b: string): number => {
  const [ah = 0, am = 0] = numbers(a, ':');
  const [bh = 0, bm = 0] = numbers(b, ':');
  return bh * 60 + bm - (ah * 60 + am);
};

const FREQS = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
// DTSTART, UNTIL and BYHOUR/BYMINUTE would fight the local start time kept beside the rule.
const PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST']);
const DAY_NAME = '(MO|TU|WE|TH|FR|SA|SU)';
// The library reads loosely (an unknown day becomes nothing); what is stored must mean what it says.
const VALUE: Record<string, RegExp> = {
  INTERVAL: /^([1-9]|[1-4]\d|5[0-2])$/,
  COUNT: /^\d{1,3}$/,
  BYDAY: new RegExp(`^[+-]?([1-5])?${DAY_NAME}(,[+-]?([1-5])?${DAY_NAME})*$`),
  BYMONTHDAY: /^-?([1-9]|[12]\d|3[01])(,-?([1-9]|[12]\d|3[01]))*$/,
  BYMONTH: /^([1-9]|1[0-2])(,([1-9]|1[0-2]))*$/,
  BYSETPOS: /^-?[1-5](,-?[1-5])*$/,
  WKST: new RegExp(`^${DAY_NAME}$`),
};

/**
 * Checks an RRULE body from outside and returns it in canonical form. The start date and time are
 * kept apart (first date + local time), the end as repeatUntil, so they are refused in the rule.
 */
export function normaliseRecurrence(body: string, field = 'recurrence'): string {
  const text = body.trim().replace(/^RRULE:/i, '').toUpperCase();
  const bad = () => invalid(field, 'Deze herhaling begrijpen we niet.', 'This repetition is not understood.');
  if (text === '' || text.length > 200) throw bad();
  const parts = text.split(';').filter((p) => p !== '');
  const keys = parts.map((p) => p.split('=')[0] ?? '');
  if (parts.some((p) => !/^[A-Z]+=[A-Z0-9,+-]+$/.test(p)) || keys.some((k) => !PARTS.has(k)) || new Set(keys).size !== keys.length) throw bad();
  const freq = parts.find((p) => p.startsWith('FREQ='))?.slice(5);
  if (!freq || !FREQS.has(freq)) throw bad();
  const count = parts.find((p) => p.startsWith('COUNT='))?.slice(6);
  if (count !== undefined && !(Number(count) >= 1 && Number(count) <= 500)) throw bad();
  for (const part of parts) {
    const [key = '', value = ''] = part.split('=');
    if (!(VALUE[key] ?? /^.*$/).test(value)) throw bad();
  }
  try {
    RRule.parseString(parts.join(';'));
  } catch {
    throw bad();
  }
  return parts.join(';');
}

export interface Series {
  /** Dutch date of the first occurrence. */
  firstDay: string;
  /** Dutch wall-clock start; null for a whole-day entry (a task without a time). */
  localTime: string | null;
  durationMinutes: number;
  recurrence: string | null;
  /** Last Dutch date an occurrence may fall on. */
  until: string | null;
}

export interface Occurrence {
  day: string;
  start: Date;
  end: Date;
}

/** Floating date: the rrule library works in UTC fields, which here stand for Dutch wall-clock fields. */
const floating = (day: string, time: string): Date => {
  const [y = 0, m = 1, d = 1] = numbers(day, '-');
  const [h = 0, mi = 0] = numbers(time, ':');
  return datetime(y, m, d, h, mi);
};

function occurrence(day: string, s: Series): Occurrence {
  const start = nlInstant(day, s.localTime ?? '00:00');
  const end = s.localTime === null ? nlInstant(addDays(day, 1), '00:00') : new Date(start.getTime() + s.durationMinutes * 60_000);
  return { day, start, end };
}

/**
 * The occurrences whose Dutch date lies in [from, to]. A series is expanded on the wall clock and
 * only then turned into instants, so an appointment at 10:00 stays at 10:00 local time when the
 * clocks change (its UTC time moves by an hour instead).
 */
export function expand(s: Series, from: string, to: string, limit = 500): Occurrence[] {
  const last = s.until !== null && s.until < to ? s.until : to;
  if (s.recurrence === null) return s.firstDay >= from && s.firstDay <= last ? [occurrence(s.firstDay, s)] : [];
  if (last < from || last < s.firstDay) return [];
  let options;
  try {
    options = RRule.parseString(s.recurrence);
  } catch {
    // A rule saved elsewhere (the plan) that cannot be read shows the first date only.
    return s.firstDay >= from && s.firstDay <= last ? [occurrence(s.firstDay, s)] : [];
  }
  const time = s.localTime ?? '00:00';
  const rule = new RRule({ ...options, dtstart: floating(s.firstDay, time), ...(s.until !== null ? { until: floating(s.until, '23:59') } : {}) });
  const days: string[] = [];
  rule.between(floating(from, '00:00'), floating(last, '23:59'), true, (d) => {
    days.push(d.toISOString().slice(0, 10));
    return days.length < limit;
  });
  return days.map((day) => occurrence(day, s));
}
