import { CLOSENESS, SECTORS, type Closeness, type Sector } from '../../../modules/netmap/schema';

/**
 * The ecogram's own layout: the client in the middle, three rings of closeness, six sectors by part
 * of life. Pure and deterministic (same people, same drawing), so it is unit-tested and the map
 * never jumps between visits.
 *
 * Each person gets a footprint: their circle, and in the labelled modes their name and support
 * letters below it. The layout spreads the people of each ring-and-sector cell over rows and checks
 * that no two footprints overlap anywhere (labels may cross a sector line, so the check is global).
 * When a cell is too full it steps down to smaller circles; beyond the labelled modes names show on
 * focus or hover only, and the table view always has everything.
 */

export const SIZE = 1000;
export const CENTER = SIZE / 2;
export const CLIENT_RADIUS = 46;
/** Inner and outer radius of each ring, from the middle outward (CLOSENESS order). */
export const RINGS: Readonly<Record<Closeness, readonly [number, number]>> = {
  'heel-dichtbij': [66, 215],
  dichtbij: [215, 345],
  verder: [345, 452],
};
/** Radius of the sector names, outside the outer ring. */
export const SECTOR_LABEL_RADIUS = 474;

export interface LayoutMode {
  /** Node circle radius. */
  r: number;
  /** Names and support letters drawn under every node. */
  labels: boolean;
  nameSize: number;
  /** Characters of a name shown under the node before it is cut off with "…". */
  nameChars: number;
}

export const MODES: readonly LayoutMode[] = [
  { r: 15, labels: true, nameSize: 14, nameChars: 14 },
  { r: 12, labels: true, nameSize: 12, nameChars: 12 },
  { r: 10, labels: false, nameSize: 13, nameChars: 24 },
  { r: 8, labels: false, nameSize: 13, nameChars: 24 },
  { r: 6, labels: false, nameSize: 13, nameChars: 24 },
  { r: 4.5, labels: false, nameSize: 13, nameChars: 24 },
  { r: 3.5, labels: false, nameSize: 13, nameChars: 24 },
];

export interface LayoutPerson {
  id: string;
  displayName: string;
  sector: Sector;
  closeness: Closeness;
  posX?: number | null;
  posY?: number | null;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  /** The app's own spot; x/y differ when the person was dragged. */
  autoX: number;
  autoY: number;
  dragged: boolean;
  /** The name as drawn under the node (cut off when long). */
  shortName: string;
  /** Node plus label, in drawing units (at the app's own spot). */
  box: Box;
}

export interface SectorGeometry {
  sector: Sector;
  /** Start and end angle in radians; 0 is up, clockwise. */
  from: number;
  to: number;
  labelX: number;
  labelY: number;
  /** Sector names sit outside the rings: to the right of the map they start there, to the left they end there. */
  labelAnchor: 'start' | 'middle' | 'end';
  labelBox: Box;
}

export interface MapLayout {
  mode: LayoutMode;
  nodes: PlacedNode[];
  sectors: SectorGeometry[];
}

const GAP = 3;
/** Above this many people the labelled modes are not tried (they cannot fit in the rings). */
const LABELLED_MAX = 60;
const SECTOR_ANGLE = (2 * Math.PI) / SECTORS.length;
/** Approximate width of a character of Noto Sans relative to its font size. */
const CHAR_WIDTH = 0.56;
const LETTER_LINE = 11;

export const polar = (angle: number, radius: number) => ({ x: CENTER + radius * Math.sin(angle), y: CENTER - radius * Math.cos(angle) });

export function shortName(name: string, max: number): string {
  const trimmed = name.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

/** The footprint of a node at (x, y): the circle, and in labelled modes the name and letter lines below. */
export function footprint(mode: LayoutMode, x: number, y: number, name: string): Box {
  if (!mode.labels) return { x1: x - mode.r - GAP / 2, y1: y - mode.r - GAP / 2, x2: x + mode.r + GAP / 2, y2: y + mode.r + GAP / 2 };
  const labelWidth = Math.max(shortName(name, mode.nameChars).length * mode.nameSize * CHAR_WIDTH, 2 * mode.r);
  const half = labelWidth / 2 + GAP;
  return { x1: x - half, y1: y - mode.r - GAP, x2: x + half, y2: y + mode.r + 3 + mode.nameSize + LETTER_LINE + GAP };
}

/** The client is a circle in the middle: a box touches it when its nearest point is inside. */
export function touchesClient(b: Box): boolean {
  const nx = Math.max(b.x1, Math.min(CENTER, b.x2));
  const ny = Math.max(b.y1, Math.min(CENTER, b.y2));
  return Math.hypot(nx - CENTER, ny - CENTER) < CLIENT_RADIUS + GAP;
}

export const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The width of the drawing including the sector names left and right of the rings. */
export const VIEW_BOX = { x: -140, y: 0, width: SIZE + 280, height: SIZE };
export const SECTOR_LABEL_SIZE = 19;
const SECTOR_LINE_CHARS = 15;

/** A long sector name in two lines, broken at the comma nearest the middle ("Vrije tijd," / "club, geloof"). */
export function labelLines(text: string): string[] {
  if (text.length <= SECTOR_LINE_CHARS) return [text];
  const commas = [...text.matchAll(/, /g)].map((m) => m.index ?? 0);
  const cut = commas.sort((a, b) => Math.abs(a - text.length / 2) - Math.abs(b - text.length / 2))[0];
  return cut === undefined ? [text] : [text.slice(0, cut + 1), text.slice(cut + 2)];
}

function sectorGeometry(): SectorGeometry[] {
  return SECTORS.map((sector, i) => {
    const from = i * SECTOR_ANGLE;
    const to = from + SECTOR_ANGLE;
    const mid = from + SECTOR_ANGLE / 2;
    const { x, y } = polar(mid, SECTOR_LABEL_RADIUS);
    const side = Math.sin(mid);
    const labelAnchor = side > 0.3 ? 'start' : side < -0.3 ? 'end' : 'middle';
    // Room for two lines of about fifteen characters; names do not go under it.
    const w = SECTOR_LINE_CHARS * SECTOR_LABEL_SIZE * CHAR_WIDTH;
    const x1 = labelAnchor === 'start' ? x : labelAnchor === 'end' ? x - w : x - w / 2;
    return { sector, from, to, labelX: x, labelY: y, labelAnchor, labelBox: { x1, y1: y - SECTOR_LABEL_SIZE, x2: x1 + w, y2: y + SECTOR_LABEL_SIZE + 6 } };
  });
}

const byName = (a: LayoutPerson, b: LayoutPerson) => a.displayName.localeCompare(b.displayName, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type Candidate = { x: number; y: number };

/** Boxes already taken, bucketed on a coarse grid so a check looks at neighbours only. */
class Occupied {
  private readonly buckets = new Map<number, Box[]>();
  private static readonly CELL = 48;

  private keys(b: Box): number[] {
    const c = Occupied.CELL;
    const out: number[] = [];
    for (let gx = Math.floor(b.x1 / c); gx <= Math.floor(b.x2 / c); gx += 1) for (let gy = Math.floor(b.y1 / c); gy <= Math.floor(b.y2 / c); gy += 1) out.push(gx * 1000 + gy);
    return out;
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.buckets.get(k);
      if (list) list.push(b);
      else this.buckets.set(k, [b]);
    }
  }

  free(b: Box): boolean {
    return this.keys(b).every((k) => !(this.buckets.get(k) ?? []).some((o) => overlaps(o, b)));
  }
}

/**
 * Places the people of one ring-and-sector cell. Each person has an ideal spot (evenly spread over
 * the middle of the cell, in name order) and takes the free spot nearest to it on a fine grid of
 * the cell, so a quiet cell looks evenly spread and a full one packs tightly. Returns null when
 * someone finds no free spot.
 */
function placeCell(mode: LayoutMode, cell: readonly LayoutPerson[], from: number, to: number, inner: number, outer: number, taken: Occupied): PlacedNode[] | null {
  const pad = mode.r + GAP;
  // A cell that cannot hold these footprints even packed perfectly is not tried at all.
  const cellArea = ((outer * outer - inner * inner) / 2) * (to - from);
  const needed = cell.reduce((sum, p) => {
    const b = footprint(mode, 0, 0, p.displayName);
    return sum + (b.x2 - b.x1) * (b.y2 - b.y1);
  }, 0);
  if (needed > cellArea * 0.8) return null;
  const step = mode.labels ? 6 : Math.max(2.5, mode.r);
  const candidates: Candidate[] = [];
  for (let radius = inner + pad; radius <= outer - pad; radius += step) {
    const margin = pad / radius;
    const arcStep = step / radius;
    for (let angle = from + margin; angle <= to - margin; angle += arcStep) candidates.push(polar(angle, radius));
  }
  const mid = (inner + outer) / 2;
  const margin = pad / mid;
  const span = to - from - 2 * margin;
  const out: PlacedNode[] = [];
  for (let i = 0; i < cell.length; i += 1) {
    const p = cell[i] as LayoutPerson;
    const ideal = polar(from + margin + ((i + 0.5) * span) / cell.length, mid);
    const dist = (c: { x: number; y: number }) => (c.x - ideal.x) ** 2 + (c.y - ideal.y) ** 2;
    // A footprint only moves with the spot, so it is measured once per person.
    const base = footprint(mode, 0, 0, p.displayName);
    const short = shortName(p.displayName, mode.nameChars);
    const fits = (c: { x: number; y: number }): PlacedNode | null => {
      const box = { x1: base.x1 + c.x, y1: base.y1 + c.y, x2: base.x2 + c.x, y2: base.y2 + c.y };
      if (touchesClient(box) || !taken.free(box)) return null;
      return { id: p.id, x: c.x, y: c.y, autoX: c.x, autoY: c.y, dragged: false, shortName: short, box };
    };
    // Usually the nearest spot is free; only a crowded cell needs the full ranking.
    let best = 0;
    for (let k = 1; k < candidates.length; k += 1) if (dist(candidates[k] as Candidate) < dist(candidates[best] as Candidate)) best = k;
    let spot = candidates.length ? fits(candidates[best] as Candidate) : null;
    if (!spot) {
      const ranked = candidates.map((c, k) => ({ k, d: dist(c) })).sort((a, b) => a.d - b.d || a.k - b.k);
      for (const { k } of ranked) {
        spot = fits(candidates[k] as Candidate);
        if (spot) break;
      }
    }
    if (!spot) return null;
    taken.add(spot.box);
    out.push(spot);
  }
  return out;
}

function tryMode(mode: LayoutMode, people: readonly LayoutPerson[], sectors: readonly SectorGeometry[]): PlacedNode[] | null {
  const taken = new Occupied();
  if (mode.labels) for (const s of sectors) taken.add(s.labelBox);
  const placed: PlacedNode[] = [];
  // Fullest cells first: they need the room most; the order is fixed, so the result is too.
  const cells = sectors
    .flatMap((s) => CLOSENESS.map((closeness) => ({ s, closeness, people: people.filter((p) => p.sector === s.sector && p.closeness === closeness).sort(byName) })))
    .filter((c) => c.people.length > 0)
    .sort((a, b) => b.people.length - a.people.length || SECTORS.indexOf(a.s.sector) - SECTORS.indexOf(b.s.sector) || CLOSENESS.indexOf(a.closeness) - CLOSENESS.indexOf(b.closeness));
  for (const { s, closeness, people: cell } of cells) {
    const [inner, outer] = RINGS[closeness];
    const spots = placeCell(mode, cell, s.from, s.to, inner, outer, taken);
    if (!spots) return null;
    placed.push(...spots);
  }
  return placed;
}

/** The drawing of a map: the largest mode in which nobody overlaps, then dragged people where they were put. */
export function layoutMap(people: readonly LayoutPerson[]): MapLayout {
  const sectors = sectorGeometry();
  for (const mode of MODES) {
    // Names under every node never fit for this many people; skipping saves the futile tries.
    if (mode.labels && people.length > LABELLED_MAX) continue;
    const nodes = tryMode(mode, people, sectors);
    if (nodes) return { mode, nodes: applyDragged(nodes, people), sectors };
  }
  // Unreachable for the sizes the app allows; the smallest mode still draws everyone, maybe touching.
  const mode = MODES[MODES.length - 1] as LayoutMode;
  return { mode, nodes: applyDragged(forceSmallest(mode, people, sectors), people), sectors };
}

function forceSmallest(mode: LayoutMode, people: readonly LayoutPerson[], sectors: readonly SectorGeometry[]): PlacedNode[] {
  return people.map((p, i) => {
    const s = sectors.find((g) => g.sector === p.sector) as SectorGeometry;
    const [inner, outer] = RINGS[p.closeness];
    const { x, y } = polar(s.from + ((i % 17) + 0.5) * ((s.to - s.from) / 17), inner + ((outer - inner) * ((i % 5) + 0.5)) / 5);
    return { id: p.id, x, y, autoX: x, autoY: y, dragged: false, shortName: shortName(p.displayName, mode.nameChars), box: footprint(mode, x, y, p.displayName) };
  });
}

function applyDragged(nodes: PlacedNode[], people: readonly LayoutPerson[]): PlacedNode[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return nodes.map((n) => {
    const p = byId.get(n.id);
    if (p?.posX == null || p.posY == null) return n;
    return { ...n, x: p.posX * SIZE, y: p.posY * SIZE, dragged: true };
  });
}

/** Which ring a point is in, for telling the user where a dragged person now stands. */
export function ringAt(x: number, y: number): Closeness | null {
  const d = Math.hypot(x - CENTER, y - CENTER);
  return CLOSENESS.find((c) => d >= RINGS[c][0] && d < RINGS[c][1]) ?? null;
}

/** Which sector a point is in (angle from the top, clockwise). */
export function sectorAt(x: number, y: number): Sector {
  const angle = (Math.atan2(x - CENTER, -(y - CENTER)) + 2 * Math.PI) % (2 * Math.PI);
  return SECTORS[Math.min(SECTORS.length - 1, Math.floor(angle / SECTOR_ANGLE))] as Sector;
}
