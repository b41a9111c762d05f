import { describe, expect, it } from 'vitest';
import { CLIENT_ID, buildGenogram } from './genogram';
import type { FamilyView, PersonView } from './types';

type P = Pick<PersonView, 'id' | 'displayName' | 'relation' | 'gender' | 'deceased' | 'sector'>;
const p = (id: string, relation: string, extra: Partial<P> = {}): P => ({ id, displayName: id, relation, gender: null, deceased: false, sector: 'familie', ...extra });

describe('buildGenogram', () => {
  it('places generations from relation words and implies the client\'s own parents, partner and children', () => {
    const g = buildGenogram([p('Oma', 'oma'), p('Ma', 'moeder'), p('Pa', 'vader', { deceased: true }), p('Jessica', 'zus'), p('Ahmed', 'partner'), p('Noor', 'dochter'), p('Buurman', 'buurman', { sector: 'buurt' }), p('Demi', 'vriendin van vroeger', { sector: 'vrienden' }), p('Els', 'vrouw van de buurman', { sector: 'buurt' })], [], 'Cor');
    const genOf = Object.fromEntries(g.nodes.map((n) => [n.id, n.generation]));
    expect(genOf).toEqual({ Oma: -2, Ma: -1, Pa: -1, [CLIENT_ID]: 0, Jessica: 0, Ahmed: 0, Noor: 1 });
    expect(g.generations).toEqual([-2, -1, 0, 1]);
    expect(g.couples).toContainEqual({ a: CLIENT_ID, b: 'Ahmed', ex: false });
    expect(g.children).toContainEqual({ child: CLIENT_ID, parents: ['Ma', 'Pa'] });
    expect(g.children).toContainEqual({ child: 'Jessica', parents: ['Ma', 'Pa'] });
    expect(g.children).toContainEqual({ child: 'Noor', parents: [CLIENT_ID] });
    // Rows go down the generations, and the client's parents sit above the client's row.
    const y = Object.fromEntries(g.nodes.map((n) => [n.id, n.y]));
    expect(y.Oma).toBeLessThan(y.Ma!);
    expect(y.Ma).toBeLessThan(y[CLIENT_ID]!);
    expect(y[CLIENT_ID]).toBeLessThan(y.Noor!);
  });

  it('follows family links over words, and lists family it cannot place', () => {
    const family: FamilyView[] = [
      { id: 'f1', kind: 'ouder-van', fromPersonId: 'Ria', toPersonId: 'Bram' },
      { id: 'f2', kind: 'ouder-van', fromPersonId: 'Ria', toPersonId: null },
      { id: 'f3', kind: 'ex-partner', fromPersonId: null, toPersonId: 'Kees' },
    ];
    const g = buildGenogram([p('Ria', 'tante Ria'), p('Bram', 'neef'), p('Kees', 'vriend'), p('Lotte', 'aangetrouwd')], family, 'Cor');
    const genOf = Object.fromEntries(g.nodes.map((n) => [n.id, n.generation]));
    expect(genOf).toMatchObject({ Ria: -1, Bram: 0, Kees: 0 });
    expect(g.couples).toEqual([{ a: CLIENT_ID, b: 'Kees', ex: true }]);
    expect(g.unplaced.map((u) => u.id)).toEqual(['Lotte']);
  });

  it('does not mistake a grandmother for a mother', () => {
    const g = buildGenogram([p('A', 'grootmoeder'), p('B', 'kleindochter'), p('C', 'schoonmoeder')], [], 'Cor');
    expect(Object.fromEntries(g.nodes.map((n) => [n.id, n.generation]))).toMatchObject({ A: -2, B: 2, C: -1 });
    expect(g.children).toEqual([]);
  });
});
