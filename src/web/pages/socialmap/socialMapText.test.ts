import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import socialMapNl from '../../i18n/areas/socialmap.nl.json';
import { ageText, areaText, filtersFromParams, filtersToQuery, hoursText, NO_FILTERS, todayWeekday } from './socialMapText';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { nl: { translation: socialMapNl } }, lng: 'nl', interpolation: { escapeValue: false }, showSupportNotice: false });
});

describe('social map search in the URL', () => {
  it('reads known values and drops what the API would refuse', () => {
    const area = '0b6f1a52-3c1e-4a57-9d7e-1f2a3b4c5d6e';
    const f = filtersFromParams(new URLSearchParams(`q=wandel&need=eenzaamheid&kind=nope&age=012&cost=gratis&municipalityId=${area}&openToday=true`));
    expect(f).toEqual({ q: 'wandel', need: 'eenzaamheid', kind: '', age: '12', cost: 'gratis', municipalityId: area, openToday: true });
    expect(filtersFromParams(new URLSearchParams('municipalityId=Beekdal')).municipalityId).toBe('');
    expect(filtersToQuery({ ...NO_FILTERS, municipalityId: area })).toEqual({ municipalityId: area });
    expect(filtersFromParams(new URLSearchParams('age=121')).age).toBe('');
    expect(filtersFromParams(new URLSearchParams('age=-1')).age).toBe('');
    expect(filtersFromParams(new URLSearchParams(''))).toEqual(NO_FILTERS);
  });

  it('writes only the filters that are set', () => {
    expect(filtersToQuery({ ...NO_FILTERS, q: '  wandel ', openToday: true })).toEqual({ q: 'wandel', openToday: 'true' });
    expect(filtersToQuery(NO_FILTERS)).toEqual({});
  });
});

describe('social map texts', () => {
  it('says ages and area in words', () => {
    const t = i18n.t;
    expect(ageText(t, { ageMin: 8, ageMax: 12 })).toBe('8 tot en met 12 jaar');
    expect(ageText(t, { ageMin: 65, ageMax: null })).toBe('Vanaf 65 jaar');
    expect(ageText(t, { ageMin: null, ageMax: 18 })).toBe('Tot en met 18 jaar');
    expect(ageText(t, { ageMin: null, ageMax: null })).toBe('Alle leeftijden');
    expect(areaText(t, { municipalityName: null })).toBe('Hele regio');
    expect(areaText(t, { municipalityName: 'Utrecht' })).toBe('Utrecht');
  });

  it('writes opening hours as a sentence', () => {
    expect(hoursText(i18n.t, '09:00-12:00, 13:00-16:00')).toBe('09:00 tot 12:00 uur en 13:00 tot 16:00 uur');
  });

  it('counts weekdays from Monday in Dutch time', () => {
    expect(todayWeekday(new Date('2026-03-02T10:00:00Z'))).toBe('1'); // a Monday
    expect(todayWeekday(new Date('2026-03-01T23:30:00Z'))).toBe('1'); // Sunday in UTC, Monday in Amsterdam
    expect(todayWeekday(new Date('2026-03-08T10:00:00Z'))).toBe('7');
  });
});
