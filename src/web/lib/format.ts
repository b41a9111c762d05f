import type { Locale } from '../api/types';

/** Dutch care happens in Dutch time, wherever the browser thinks it is. */
const TIME_ZONE = 'Europe/Amsterdam';
const tag = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** "3 maart 2026" for a moment in time. */
export function formatDate(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(tag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(d);
}

/** "14:05" for a moment in time. */
export function formatTime(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(tag(locale), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE }).format(d);
}

/** "3 maart 2026, 14:05" for a moment in time. */
export function formatDateTime(iso: string, locale: Locale): string {
  return `${formatDate(iso, locale)}, ${formatTime(iso, locale)}`;
}

/** "3 maart 2012" for a calendar date (yyyy-mm-dd), without time zone shifts. */
export function formatCalendarDate(ymd: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(tag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** "abcd efgh ijkl" — a TOTP secret in groups of four, easier to type over. */
export function groupInFours(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** A return path from the URL, only if it stays inside this app. */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}
