import type { AgeWish, Gender, GenderWish, Reason, VolunteerStatus } from './schema.js';

/** What the ranking needs of a request; nothing else of the client. */
export interface RankRequest {
  ageYears: number;
  clientGender: Gender | null;
  interests: readonly string[];
  dayParts: readonly string[];
  language: string | null;
  genderWish: GenderWish;
  postcodeArea: string | null;
  hoursPerWeek: number;
}

export interface RankVolunteer {
  userId: string;
  displayName: string;
  status: VolunteerStatus;
  interests: readonly string[];
  languages: readonly string[];
  availability: readonly string[];
  gender: Gender | null;
  preferGender: GenderWish;
  preferAge: AgeWish;
  postcodeArea: string | null;
  maxClients: number;
  maxHoursWeek: number;
  /** Matches that are running now, and the hours per week they ask. */
  activeClients: number;
  hoursPerWeek: number;
  /** Last check-in answer, and whether a "te veel" is still waiting for the coordinator. */
  lastCheckIn: 'goed' | 'druk' | 'te-veel' | null;
  tooMuchOpen: boolean;
  /** Was tried for this request before (said no, or no "klik"): not proposed again. */
  triedBefore: boolean;
}

export interface Ranked {
  userId: string;
  displayName: string;
  score: number;
  reasons: Reason[];
}

export type Distance = 'same-area' | 'nearby' | 'further' | 'unknown';

/** Rough distance from the four postcode digits: same area, same region (first two digits), or further. */
export function distance(a: string | null, b: string | null): Distance {
  if (!a || !b) return 'unknown';
  if (a === b) return 'same-area';
  return a.slice(0, 2) === b.slice(0, 2) ? 'nearby' : 'further';
}

export function ageGroup(age: number): Exclude<AgeWish, 'geen'> {
  if (age < 27) return 'jong';
  return age < 65 ? 'volwassen' : 'ouder';
}

/** Why a volunteer cannot be proposed now; empty when they can. */
export function exclusions(v: RankVolunteer, r: RankRequest): Reason[] {
  const out: Reason[] = [];
  if (v.status !== 'active') out.push({ code: 'not-active', params: { status: v.status } });
  if (v.activeClients >= v.maxClients) out.push({ code: 'at-client-cap', params: { active: v.activeClients, max: v.maxClients } });
  else if (v.hoursPerWeek + r.hoursPerWeek > v.maxHoursWeek) out.push({ code: 'at-hours-cap', params: { hours: v.hoursPerWeek, asked: r.hoursPerWeek, max: v.maxHoursWeek } });
  if (v.tooMuchOpen) out.push({ code: 'too-much' });
  if (v.triedBefore) out.push({ code: 'tried-before' });
  return out;
}

const DISTANCE_POINTS: Record<Distance, number> = { 'same-area': 4, nearby: 2, further: 0, unknown: 0 };

/**
 * The coordinator's short list, best first, with the reasons as data. Interests weigh most (the
 * "kaartenbak" clients expect), then being near each other and free at the same time; a gender wish
 * of the client or a preference of the volunteer that does not fit pushes a candidate down, never
 * out: the coordinator decides. Volunteers at their cap, paused or overloaded are left out.
 */
export function rank(request: RankRequest, volunteers: readonly RankVolunteer[]): { candidates: Ranked[]; excluded: Ranked[] } {
  const candidates: Ranked[] = [];
  const excluded: Ranked[] = [];
  for (const v of volunteers) {
    const blocked = exclusions(v, request);
    if (blocked.length > 0) {
      excluded.push({ userId: v.userId, displayName: v.displayName, score: 0, reasons: blocked });
      continue;
    }
    const { score, reasons } = fit(request, v);
    candidates.push({ userId: v.userId, displayName: v.displayName, score, reasons });
  }
  candidates.sort((a, b) => b.score - a.score || a.displayName.localeCompare(b.displayName, 'nl'));
  excluded.sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
  return { candidates, excluded };
}

function fit(r: RankRequest, v: RankVolunteer): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  let score = 0;
  const shared = r.interests.filter((i) => v.interests.includes(i));
  if (shared.length > 0) {
    score += 3 * Math.min(shared.length, 3);
    reasons.push({ code: 'shared-interests', params: { interests: shared } });
  } else if (r.interests.length > 0) reasons.push({ code: 'no-shared-interests' });

  const d = distance(r.postcodeArea, v.postcodeArea);
  score += DISTANCE_POINTS[d];
  reasons.push({ code: 'distance', params: { band: d } });

  if (r.dayParts.length > 0) {
    const overlap = r.dayParts.filter((p) => v.availability.includes(p));
    score += 2 * Math.min(overlap.length, 3);
    reasons.push(overlap.length > 0 ? { code: 'available', params: { dayParts: overlap } } : { code: 'not-available' });
  }

  if (r.language) {
    const speaks = v.languages.includes(r.language.toLowerCase());
    score += speaks ? 3 : -3;
    reasons.push({ code: speaks ? 'speaks-language' : 'other-language', params: { language: r.language } });
  }

  if (r.genderWish !== 'geen') {
    const fits = v.gender === r.genderWish;
    score += fits ? 3 : -6;
    reasons.push({ code: fits ? 'gender-wish-met' : 'gender-wish-not-met', params: { wish: r.genderWish } });
  }

  if (v.preferAge !== 'geen') {
    const fits = ageGroup(r.ageYears) === v.preferAge;
    score += fits ? 2 : -2;
    reasons.push({ code: fits ? 'prefers-age-fits' : 'prefers-other-age', params: { group: v.preferAge } });
  }
  if (v.preferGender !== 'geen' && r.clientGender !== null) {
    const fits = v.preferGender === r.clientGender;
    score += fits ? 2 : -2;
    reasons.push({ code: fits ? 'prefers-gender-fits' : 'prefers-other-gender', params: { gender: v.preferGender } });
  }

  reasons.push({ code: 'load', params: { active: v.activeClients, max: v.maxClients, hours: v.hoursPerWeek, maxHours: v.maxHoursWeek } });
  if (v.activeClients === 0) score += 1;
  if (v.lastCheckIn === 'druk') {
    score -= 2;
    reasons.push({ code: 'busy' });
  }
  return { score, reasons };
}
