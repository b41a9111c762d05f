import { CHANGE_FIELDS, type PersonChange, type SnapshotEntry } from './model.js';

export interface MapDiff {
  came: SnapshotEntry[];
  went: SnapshotEntry[];
  changed: PersonChange[];
  unchanged: number;
}

const same = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
  return a === b;
};

const byName = (a: SnapshotEntry, b: SnapshotEntry) =>
  (a.displayName ?? '').localeCompare(b.displayName ?? '', 'nl') || a.relation.localeCompare(b.relation, 'nl') || a.personKey.localeCompare(b.personKey);

/**
 * What changed between two moments of one map: who came, who went, and per person who stayed which
 * of the fields that matter for the conversation changed. People are matched on their key (their
 * id on the map), which survives renames, deletion (anonymised) and merges. A person anonymised
 * after the earlier moment is shown as they are in the later one, so no name comes back.
 */
export function diffEntries(before: readonly SnapshotEntry[], after: readonly SnapshotEntry[]): MapDiff {
  const earlier = new Map(before.map((e) => [e.personKey, e]));
  const later = new Map(after.map((e) => [e.personKey, e]));
  const came = after.filter((e) => !earlier.has(e.personKey)).sort(byName);
  const went = before.filter((e) => !later.has(e.personKey)).sort(byName);
  const changed: PersonChange[] = [];
  let unchanged = 0;
  for (const now of after) {
    const then = earlier.get(now.personKey);
    if (!then) continue;
    const changes = CHANGE_FIELDS.filter((f) => !same(then[f], now[f])).map((field) => ({ field, before: then[field], after: now[field] }));
    if (changes.length) changed.push({ person: now, changes });
    else unchanged += 1;
  }
  changed.sort((a, b) => byName(a.person, b.person));
  return { came, went, changed, unchanged };
}
