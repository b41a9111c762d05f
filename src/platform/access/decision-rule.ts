import type { DecisionRule, DeciderParty } from '../../modules/consent/schema.js';
import type { Relation } from './types.js';

const NL_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in the Netherlands: a birthday, and with it a decision right, turns at Dutch midnight. */
export function todayInNl(now: Date = new Date()): string {
  return NL_DATE.format(now);
}

/** Whole years between a yyyy-mm-dd birth date and a yyyy-mm-dd day. */
export function ageOnDay(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Who decides about a client's consent (WGBO/Jeugdwet practice): under 12 the legal representative,
 * 12 to 15 the client and the representative both, from 16 the client, and the representative for
 * someone of 16 or older who is marked as unable to decide.
 */
export function decisionRule(birthDate: string, capacity: 'able' | 'unable', day: string = todayInNl()): DecisionRule {
  const age = ageOnDay(birthDate, day);
  if (age < 12) return 'representative';
  if (age < 16) return 'both';
  return capacity === 'unable' ? 'representative' : 'client';
}

/** The parties whose confirmation a rule asks for. */
export function partiesFor(rule: DecisionRule): DeciderParty[] {
  if (rule === 'representative') return ['vertegenwoordiger'];
  if (rule === 'both') return ['client', 'vertegenwoordiger'];
  return ['client'];
}

/** The party the actor decides as, if their relation gives them a say under this rule. */
export function deciderParty(relation: Relation | null, rule: DecisionRule): DeciderParty | null {
  if (relation === 'self' && rule !== 'representative') return 'client';
  if (relation === 'vertegenwoordiger' && rule !== 'client') return 'vertegenwoordiger';
  return null;
}
