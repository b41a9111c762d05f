import type { TFunction } from 'i18next';
import { OFFER_COSTS, OFFER_KINDS, OFFER_NEEDS, type Offer } from '../../api/socialmap-types';

/** How many offers one "Meer laden" adds (the API allows up to 100). */
export const PAGE_SIZE = 20;

/** The search as it lives in the URL (?q=…&need=…). Empty string = no filter. */
export interface SocialMapFilters {
  q: string;
  need: string;
  kind: string;
  age: string;
  cost: string;
  /** A municipality's id: its own offers plus those for the whole region. */
  municipalityId: string;
  openToday: boolean;
}

export const NO_FILTERS: SocialMapFilters = { q: '', need: '', kind: '', age: '', cost: '', municipalityId: '', openToday: false };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const oneOf = (list: readonly string[], v: string | null) => (v !== null && list.includes(v) ? v : '');

/** A whole age from 0 to 120, as the API accepts it. */
export const isAge = (v: string) => /^\d{1,3}$/.test(v) && Number(v) <= 120;

/** Reads the search from the URL; values the API would refuse (an old link, a typo) are left out. */
export function filtersFromParams(params: URLSearchParams): SocialMapFilters {
  const age = (params.get('age') ?? '').trim();
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    need: oneOf(OFFER_NEEDS, params.get('need')),
    kind: oneOf(OFFER_KINDS, params.get('kind')),
    age: isAge(age) ? String(Number(age)) : '',
    cost: oneOf(OFFER_COSTS, params.get('cost')),
    municipalityId: UUID.test(params.get('municipalityId') ?? '') ? (params.get('municipalityId') ?? '') : '',
    openToday: params.get('openToday') === 'true',
  };
}

/** The search as URL parameters, without empty ones (also the API's query, with limit and offset added). */
export function filtersToQuery(f: SocialMapFilters): Record<string, string> {
  const out: Record<string, string> = {};
  const q = f.q.trim();
  if (q) out.q = q;
  if (f.need) out.need = f.need;
  if (f.kind) out.kind = f.kind;
  if (f.age) out.age = f.age;
  if (f.cost) out.cost = f.cost;
  if (f.municipalityId) out.municipalityId = f.municipalityId;
  if (f.openToday) out.openToday = 'true';
  return out;
}

/** "8 tot en met 12 jaar", "Vanaf 65 jaar", "Alle leeftijden". */
export function ageText(t: TFunction, offer: Pick<Offer, 'ageMin' | 'ageMax'>): string {
  const { ageMin: min, ageMax: max } = offer;
  if (min !== null && max !== null) return t('socialMap.age.range', { min, max });
  if (min !== null) return t('socialMap.age.from', { min });
  if (max !== null) return t('socialMap.age.until', { max });
  return t('socialMap.age.all');
}

/** The municipality, or "Hele regio" when the offer is for everyone in the region. */
export const areaText = (t: TFunction, offer: Pick<Offer, 'municipalityName'>): string => offer.municipalityName ?? t('socialMap.card.wholeRegion');

/** "09:00-12:00, 13:00-16:00" → "09:00 tot 12:00 uur en 13:00 tot 16:00 uur". */
export function hoursText(t: TFunction, hours: string): string {
  return hours
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [from, to] = part.split('-').map((s) => s.trim());
      return from && to ? t('socialMap.offer.timeRange', { from, to }) : part;
    })
    .join(t('socialMap.offer.and'));
}

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** Today's Dutch weekday number (1 = Monday … 7 = Sunday), in Dutch time, as the API counts "open today". */
export function todayWeekday(now = new Date()): string {
  const name = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Amsterdam' }).format(now);
  return String(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(name) + 1);
}

export const offerPath = (id: string) => `/sociale-kaart/${encodeURIComponent(id)}`;
