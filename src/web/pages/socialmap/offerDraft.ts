import type { TFunction } from 'i18next';
import type { Offer } from '../../api/socialmap-types';
import { fieldErrors, type FormErrors } from '../../components/formErrors';
import { isAge, WEEKDAYS } from './socialMapText';

/** The offer form as the user types it: strings, so half-typed ages and times stay as they are. */
export interface OfferDraft {
  organisationId: string;
  contactId: string;
  title: string;
  description: string;
  kind: string;
  needs: string[];
  targetGroup: string;
  ageMin: string;
  ageMax: string;
  municipalityId: string;
  cost: string;
  costNote: string;
  accessRoute: string;
  openingTimes: Record<string, string>;
}

export const emptyDraft = (organisationId: string): OfferDraft => ({
  organisationId,
  contactId: '',
  title: '',
  description: '',
  kind: 'activiteit',
  needs: [],
  targetGroup: '',
  ageMin: '',
  ageMax: '',
  municipalityId: '',
  cost: 'gratis',
  costNote: '',
  accessRoute: 'vrij',
  openingTimes: {},
});

export const draftOf = (o: Offer): OfferDraft => ({
  organisationId: o.organisationId,
  contactId: o.contactId ?? '',
  title: o.title,
  description: o.description,
  kind: o.kind,
  needs: [...o.needs],
  targetGroup: o.targetGroup ?? '',
  ageMin: o.ageMin === null ? '' : String(o.ageMin),
  ageMax: o.ageMax === null ? '' : String(o.ageMax),
  municipalityId: o.municipalityId ?? '',
  cost: o.cost,
  costNote: o.costNote ?? '',
  accessRoute: o.accessRoute,
  openingTimes: { ...o.openingTimes },
});

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** The API's offer input (the server checks everything again). */
export function bodyOf(d: OfferDraft): Record<string, unknown> {
  const openingTimes: Record<string, string> = {};
  for (const day of WEEKDAYS) {
    const hours = (d.openingTimes[day] ?? '').trim();
    if (hours) openingTimes[day] = hours;
  }
  return {
    organisationId: d.organisationId,
    contactId: orNull(d.contactId),
    title: d.title.trim(),
    description: d.description.trim(),
    kind: d.kind,
    needs: d.needs,
    targetGroup: orNull(d.targetGroup),
    ageMin: d.ageMin.trim() === '' ? null : Number(d.ageMin),
    ageMax: d.ageMax.trim() === '' ? null : Number(d.ageMax),
    municipalityId: orNull(d.municipalityId),
    cost: d.cost,
    costNote: orNull(d.costNote),
    accessRoute: d.accessRoute,
    openingTimes,
  };
}

const RANGE = '([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d';
/** Same rule as the server: "09:00-12:00" or "09:00-12:00, 13:00-16:00". */
export const isHours = (v: string) => new RegExp(`^${RANGE}(, ?${RANGE})*$`).test(v.trim());

/** The checks the browser can do before sending, in the user's language. */
export function checkDraft(t: TFunction, d: OfferDraft): FormErrors {
  const ageMin = d.ageMin.trim();
  const ageMax = d.ageMax.trim();
  const hours: Record<string, string | false> = {};
  for (const day of WEEKDAYS) {
    const v = (d.openingTimes[day] ?? '').trim();
    hours[`openingTimes.${day}`] = v !== '' && !isHours(v) && t('socialMapOwner.form.hoursInvalid');
  }
  return fieldErrors({
    organisationId: !d.organisationId && t('socialMapOwner.form.organisationRequired'),
    title: !d.title.trim() && t('socialMapOwner.form.titleRequired'),
    description: !d.description.trim() && t('socialMapOwner.form.descriptionRequired'),
    ageMin: ageMin !== '' && !isAge(ageMin) && t('socialMapOwner.form.ageInvalid'),
    ageMax: ageMax !== '' && (!isAge(ageMax) ? t('socialMapOwner.form.ageInvalid') : isAge(ageMin) && Number(ageMin) > Number(ageMax) && t('socialMapOwner.form.ageOrder')),
    ...hours,
  });
}
