import { describe, expect, it } from 'vitest';
import { CLOSENESS, SECTORS } from '../../../modules/netmap/schema';
import { CENTER, CLIENT_RADIUS, MODES, RINGS, layoutMap, overlaps, ringAt, sectorAt, type LayoutPerson, type MapLayout } from './layout';

/** A small deterministic generator, so the "random" maps are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NAMES = ['Ria', 'Kees van der Berg', 'Jessica', 'Mo', 'Ahmed', 'Noor', 'Sam', 'Oma Truus', 'Buurvrouw Anneke', 'Wijkcoach Femke', 'Bram', 'Lotte'];

function people(n: number, pick: (i: number, r: () => number) => Pick<LayoutPerson, 'sector' | 'closeness'>, seed = 1): LayoutPerson[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({ id: `p-${String(i).padStart(4, '0')}`, displayName: `${NAMES[i % NAMES.length]} ${i}`, ...pick(i, r) }));
}

const spread = (i: number) => ({ sector: SECTORS[i % 6]!, closeness: CLOSENESS[Math.floor(i / 6) % 3]! });
const random = (_: number, r: () => number) => ({ sector: SECTORS[Math.floor(r() * 6)]!, closeness: CLOSENESS[Math.floor(r() * 3)]! });
const skewed = (_: number, r: () => number) => (r() < 0.6 ? { sector: 'familie' as const, closeness: 'heel-dichtbij' as const } : random(0, r));

function expectNoOverlaps(layout: MapLayout) {
  const { nodes } = layout;
  for (let i = 0; i < nodes.length; i += 1) {
    for (let j = i + 1; j < nodes.length; j += 1) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      expect(overlaps(a.box, b.box), `${a.id} and ${b.id} overlap`).toBe(false);
      // The circles themselves, whatever the boxes say.
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * layout.mode.r);
    }
    expect(Math.hypot(nodes[i]!.x - CENTER, nodes[i]!.y - CENTER)).toBeGreaterThan(CLIENT_RADIUS + layout.mode.r);
  }
}

function expectInOwnCell(layout: MapLayout, list: readonly LayoutPerson[]) {
  const byId = new Map(list.map((p) => [p.id, p]));
  for (const n of layout.nodes) {
    const p = byId.get(n.id)!;
    expect(ringAt(n.x, n.y), n.id).toBe(p.closeness);
    expect(sectorAt(n.x, n.y), n.id).toBe(p.sector);
  }
}

describe('layoutMap', () => {
  it('draws a small map with names under the nodes, each person in their own ring and sector', () => {
    const list = people(14, spread);
    const layout = layoutMap(list);
    expect(layout.mode.labels).toBe(true);
    expect(layout.nodes).toHaveLength(14);
    expectNoOverlaps(layout);
    expectInOwnCell(layout, list);
  });

  it.each([
    ['evenly spread', spread],
    ['at random', random],
    ['mostly close family', skewed],
  ] as const)('places 150 people %s without overlaps', (_name, pick) => {
    const list = people(150, pick, 7);
    const layout = layoutMap(list);
    expect(layout.nodes).toHaveLength(150);
    expectNoOverlaps(layout);
    expectInOwnCell(layout, list);
    // Still drawn at a size a finger or mouse can hit.
    expect(layout.mode.r).toBeGreaterThanOrEqual(4.5);
  });

  it('places 150 people in one cell without overlaps', () => {
    const list = people(150, () => ({ sector: 'zorg', closeness: 'verder' }));
    const layout = layoutMap(list);
    expectNoOverlaps(layout);
    expectInOwnCell(layout, list);
  });

  it('is deterministic and does not depend on the order people come in', () => {
    const list = people(60, random, 3);
    const a = layoutMap(list);
    const b = layoutMap([...list].reverse());
    const pos = (l: MapLayout) => Object.fromEntries(l.nodes.map((n) => [n.id, [n.x.toFixed(3), n.y.toFixed(3)]]));
    expect(pos(b)).toEqual(pos(a));
    expect(b.mode).toEqual(a.mode);
  });

  it('steps down to smaller nodes only when a cell is too full', () => {
    const three = ['Ria', 'Mo', 'Sam'].map((displayName, i) => ({ id: `s${i}`, displayName, sector: 'familie' as const, closeness: 'heel-dichtbij' as const }));
    expect(layoutMap(three).mode).toEqual(MODES[0]);
    const full = layoutMap(people(40, () => ({ sector: 'familie', closeness: 'heel-dichtbij' })));
    expect(full.mode.r).toBeLessThan(MODES[0]!.r);
  });

  it('keeps a dragged person where they were put, and the others where the app puts them', () => {
    const list = people(5, spread);
    const before = layoutMap(list);
    const dragged = layoutMap(list.map((p, i) => (i === 0 ? { ...p, posX: 0.1, posY: 0.2 } : p)));
    const first = dragged.nodes.find((n) => n.id === list[0]!.id)!;
    expect(first).toMatchObject({ x: 100, y: 200, dragged: true });
    expect(dragged.nodes.filter((n) => n.id !== list[0]!.id)).toEqual(before.nodes.filter((n) => n.id !== list[0]!.id));
  });

  it('cuts long names under the node', () => {
    const layout = layoutMap([{ id: 'x', displayName: 'Buurvrouw Anneke van Dijk-de Vries', sector: 'buurt', closeness: 'dichtbij' }]);
    expect(layout.nodes[0]!.shortName.endsWith('…')).toBe(true);
    expect(layout.nodes[0]!.shortName.length).toBeLessThanOrEqual(layout.mode.nameChars);
  });

  it('knows the rings and sectors of a point', () => {
    expect(ringAt(CENTER, CENTER - (RINGS.dichtbij[0] + 5))).toBe('dichtbij');
    expect(ringAt(CENTER, CENTER)).toBeNull();
    expect(sectorAt(CENTER + 1, CENTER - 100)).toBe('familie');
    expect(sectorAt(CENTER - 1, CENTER - 100)).toBe('zorg');
  });
});
