import type { PersonView } from './model.js';

/** Names compare without case, accents' composition or spaces: "Tante  Ria" and "tante ria" are one name. */
export const nameKey = (name: string): string => name.normalize('NFKC').toLocaleLowerCase('nl').replace(/\s+/g, '');

/** Two birth dates do not tell people apart when they are equal or when either is unknown. */
const datesAgree = (a: string | null, b: string | null) => a === null || b === null || a === b;

type Candidate = Pick<PersonView, 'id' | 'displayName' | 'birthDate'>;

/** The people on the map who are likely the same as `person` (never `person` itself). */
export function likelySame<T extends Candidate>(person: Candidate, others: readonly T[]): T[] {
  const key = nameKey(person.displayName);
  return others.filter((o) => o.id !== person.id && nameKey(o.displayName) === key && datesAgree(o.birthDate, person.birthDate));
}

/**
 * Groups of likely doubles: the same name and no different birth dates. Within one name, people
 * with different known birth dates are different people; someone without a date may be either.
 */
export function duplicateGroups<T extends Candidate>(persons: readonly T[]): T[][] {
  const byName = new Map<string, T[]>();
  for (const p of persons) {
    const key = nameKey(p.displayName);
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const groups: T[][] = [];
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    const dates = [...new Set(same.map((p) => p.birthDate).filter((d): d is string => d !== null))];
    const undated = same.filter((p) => p.birthDate === null);
    if (dates.length <= 1) {
      groups.push(same);
      continue;
    }
    for (const d of dates) {
      const group = [...same.filter((p) => p.birthDate === d), ...undated];
      if (group.length >= 2) groups.push(group);
    }
  }
  return groups;
}
