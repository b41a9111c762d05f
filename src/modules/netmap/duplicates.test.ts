import { describe, expect, it } from 'vitest';
import { diffEntries } from './diff.js';
import { duplicateGroups, likelySame, nameKey } from './duplicates.js';
import type { SnapshotEntry } from './model.js';

const p = (id: string, displayName: string, birthDate: string | null = null) => ({ id, displayName, birthDate });

describe('duplicates', () => {
  it('compares names without case or spaces', () => {
    expect(nameKey('  Tante  Ria ')).toBe(nameKey('tante ria'));
    expect(nameKey('Jan Willem')).toBe(nameKey('JanWillem'));
    expect(nameKey('Ria')).not.toBe(nameKey('Rita'));
  });

  it('groups the same name when birth dates do not differ, and splits known different dates', () => {
    const list = [p('a', 'Ria', '1950-01-01'), p('b', 'ria', null), p('c', 'RIA', '1980-05-05'), p('d', 'Kees'), p('e', 'Kees'), p('f', 'Mo', '2000-01-01'), p('g', 'Mo', '2001-01-01')];
    const groups = duplicateGroups(list).map((g) => g.map((x) => x.id).sort());
    expect(groups).toEqual(expect.arrayContaining([['a', 'b'], ['b', 'c'], ['d', 'e']]));
    expect(groups.some((g) => g.includes('a') && g.includes('c'))).toBe(false);
    expect(groups.some((g) => g.includes('f'))).toBe(false);
    expect(likelySame(p('x', 'ria', '1980-05-05'), list).map((x) => x.id)).toEqual(['b', 'c']);
  });
});

const entry = (personKey: string, extra: Partial<SnapshotEntry> = {}): SnapshotEntry => ({
  personKey,
  removed: false,
  displayName: personKey,
  relation: 'vriend',
  sector: 'vrienden',
  closeness: 'dichtbij',
  quality: 'steunend',
  supportGiven: ['emotioneel', 'praktisch'],
  supportReceived: [],
  contactFrequency: null,
  paid: false,
  status: 'actief',
  deceased: false,
  ...extra,
});

describe('diffEntries', () => {
  it('finds who came, who went and what changed, matching people by key', () => {
    const before = [entry('a'), entry('b'), entry('c', { removed: true, displayName: null, relation: 'buurman' })];
    const after = [entry('a', { displayName: 'A renamed', supportGiven: ['praktisch', 'emotioneel'] }), entry('b', { quality: 'moeizaam', closeness: 'verder' }), entry('d')];
    const d = diffEntries(before, after);
    expect(d.came.map((e) => e.personKey)).toEqual(['d']);
    expect(d.went).toEqual([expect.objectContaining({ personKey: 'c', removed: true, displayName: null })]);
    expect(d.changed).toEqual([
      {
        person: expect.objectContaining({ personKey: 'b' }),
        changes: [
          { field: 'closeness', before: 'dichtbij', after: 'verder' },
          { field: 'quality', before: 'steunend', after: 'moeizaam' },
        ],
      },
    ]);
    // A new name or the same support in another order is not a change.
    expect(d.unchanged).toBe(1);
  });
});
