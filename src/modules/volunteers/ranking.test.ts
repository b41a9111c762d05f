import { describe, expect, it } from 'vitest';
import { ageGroup, distance, rank, type RankRequest, type RankVolunteer } from './ranking.js';
import { nextCheckInDay } from './check-ins.js';

const request: RankRequest = {
  ageYears: 78,
  clientGender: 'vrouw',
  interests: ['wandelen', 'koken'],
  dayParts: ['di-middag', 'do-middag'],
  language: null,
  genderWish: 'geen',
  postcodeArea: '7391',
  hoursPerWeek: 2,
};

const volunteer = (over: Partial<RankVolunteer>): RankVolunteer => ({
  userId: over.displayName ?? 'x',
  displayName: 'x',
  status: 'active',
  interests: [],
  languages: ['nederlands'],
  availability: [],
  gender: null,
  preferGender: 'geen',
  preferAge: 'geen',
  postcodeArea: null,
  maxClients: 2,
  maxHoursWeek: 3,
  activeClients: 0,
  hoursPerWeek: 0,
  lastCheckIn: null,
  tooMuchOpen: false,
  triedBefore: false,
  ...over,
});

describe('ranking volunteers for a request', () => {
  it('puts shared interests, nearness and free time first, with the reasons as data', () => {
    const { candidates } = rank(request, [
      volunteer({ displayName: 'Ver Weg', interests: ['wandelen'], postcodeArea: '1011' }),
      volunteer({ displayName: 'Dichtbij', interests: ['wandelen', 'koken'], postcodeArea: '7391', availability: ['di-middag'], preferAge: 'ouder' }),
      volunteer({ displayName: 'Buurt', postcodeArea: '7320' }),
    ]);
    expect(candidates.map((c) => c.displayName)).toEqual(['Dichtbij', 'Ver Weg', 'Buurt']);
    expect(candidates[0]!.reasons).toEqual(
      expect.arrayContaining([
        { code: 'shared-interests', params: { interests: ['wandelen', 'koken'] } },
        { code: 'distance', params: { band: 'same-area' } },
        { code: 'available', params: { dayParts: ['di-middag'] } },
        { code: 'prefers-age-fits', params: { group: 'ouder' } },
      ]),
    );
    expect(candidates[2]!.reasons).toContainEqual({ code: 'distance', params: { band: 'nearby' } });
  });

  it('never proposes a volunteer at their cap, paused, overloaded, or tried before — and says why', () => {
    const { candidates, excluded } = rank(request, [
      volunteer({ displayName: 'Vol', activeClients: 2, maxClients: 2 }),
      volunteer({ displayName: 'Uren', hoursPerWeek: 2, maxHoursWeek: 3 }),
      volunteer({ displayName: 'Pauze', status: 'paused' }),
      volunteer({ displayName: 'Moe', tooMuchOpen: true }),
      volunteer({ displayName: 'Eerder', triedBefore: true }),
      volunteer({ displayName: 'Vrij' }),
    ]);
    expect(candidates.map((c) => c.displayName)).toEqual(['Vrij']);
    const why = Object.fromEntries(excluded.map((e) => [e.displayName, e.reasons.map((r) => r.code)]));
    expect(why).toEqual({ Eerder: ['tried-before'], Moe: ['too-much'], Pauze: ['not-active'], Uren: ['at-hours-cap'], Vol: ['at-client-cap'] });
  });

  it('weighs a gender wish and a language, without leaving anyone out for it', () => {
    const wish = { ...request, genderWish: 'vrouw' as const, language: 'Arabisch' };
    const { candidates } = rank(wish, [volunteer({ displayName: 'Man', gender: 'man' }), volunteer({ displayName: 'Vrouw', gender: 'vrouw', languages: ['arabisch'] })]);
    expect(candidates.map((c) => c.displayName)).toEqual(['Vrouw', 'Man']);
    expect(candidates[1]!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['gender-wish-not-met', 'other-language']));
  });

  it('knows rough distance and age groups', () => {
    expect([distance('7391', '7391'), distance('7391', '7320'), distance('7391', '1011'), distance(null, '1011')]).toEqual(['same-area', 'nearby', 'further', 'unknown']);
    expect([ageGroup(15), ageGroup(40), ageGroup(65)]).toEqual(['jong', 'volwassen', 'ouder']);
  });

  it('plans check-ins every N weeks from the anchor, never twice on one day', () => {
    expect(nextCheckInDay('2025-01-06', 6, '2025-01-06')).toBe('2025-02-17');
    expect(nextCheckInDay('2025-01-06', 6, '2025-02-16')).toBe('2025-02-17');
    expect(nextCheckInDay('2025-01-06', 6, '2025-02-17')).toBe('2025-03-31');
  });
});
