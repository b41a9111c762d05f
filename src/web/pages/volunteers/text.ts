import type { TFunction } from 'i18next';
import type { EventView, Reason } from './types';

/** "dinsdag middag" for "di-middag". */
export function dayPartLabel(t: TFunction, code: string): string {
  const [day, part] = code.split('-');
  return t('volunteers.dayPart', { day: t(`volunteers.day.${day ?? ''}`), part: t(`volunteers.part.${part ?? ''}`) });
}

const list = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));

/** A ranking reason in words: the server sends codes and numbers, the page says what they mean. */
export function reasonText(t: TFunction, r: Reason): string {
  const p = r.params ?? {};
  switch (r.code) {
    case 'distance':
      return t(`volunteers.reason.distance.${String(p.band ?? 'unknown')}`);
    case 'available':
      return t('volunteers.reason.available', { dayParts: (Array.isArray(p.dayParts) ? p.dayParts : []).map((d) => dayPartLabel(t, d)).join(', ') });
    case 'shared-interests':
      return t('volunteers.reason.shared-interests', { interests: list(p.interests) });
    case 'gender-wish-met':
    case 'gender-wish-not-met':
      return t(`volunteers.reason.${r.code}`, { wish: t(`volunteers.genderWish.${String(p.wish)}`).toLowerCase() });
    case 'prefers-gender-fits':
    case 'prefers-other-gender':
      return t(`volunteers.reason.${r.code}`, { gender: t(`volunteers.gender.${String(p.gender)}`).toLowerCase() });
    case 'not-active':
      return t('volunteers.reason.not-active', { status: t(`volunteers.status.${String(p.status)}`).toLowerCase() });
    default:
      return t(`volunteers.reason.${r.code}`, Object.fromEntries(Object.entries(p).map(([k, v]) => [k, list(v)])));
  }
}

/** One line of a request's history. */
export function eventText(t: TFunction, e: EventView, formatDay: (d: string) => string): string {
  return t(`volunteers.event.${e.kind}`, {
    by: e.actorLabel,
    volunteer: e.details.volunteer ?? '',
    until: e.details.until ? formatDay(e.details.until) : '',
  });
}
