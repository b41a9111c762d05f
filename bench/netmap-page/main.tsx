import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/web/i18n';
import '../../src/web/pages/netmap/netmap.css';
import { EcoMap } from '../../src/web/pages/netmap/EcoMap';
import type { PersonView } from '../../src/web/pages/netmap/types';
import { CLOSENESS, PERSON_STATUSES, QUALITIES, SECTORS, SUPPORT_FUNCTIONS } from '../../src/web/pages/netmap/types';

/** The same fictional people for the same seed (mulberry32). */
function people(n: number, seed: number): PersonView[] {
  let s = seed >>> 0;
  const rng = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rng() * list.length)] as T;
  const names = ['Ria', 'Kees', 'Jessica', 'Mo', 'Ahmed', 'Noor', 'Sam', 'Truus', 'Anneke', 'Femke', 'Bram', 'Lotte', 'Youssef', 'Priya'];
  return Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    displayName: `${pick(names)} ${i}`,
    relation: pick(['buurman', 'tante', 'vriendin', 'collega', 'wijkcoach', 'neef']),
    sector: pick(SECTORS),
    closeness: pick(CLOSENESS),
    quality: pick(QUALITIES),
    supportGiven: SUPPORT_FUNCTIONS.filter(() => rng() < 0.3),
    supportReceived: [],
    contactFrequency: null,
    paid: rng() < 0.15,
    status: pick(PERSON_STATUSES),
    note: null,
    birthDate: null,
    gender: null,
    deceased: false,
    member: null,
    invitation: null,
    posX: null,
    posY: null,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
}

const stage = document.getElementById('stage') as HTMLElement;
const noop = () => undefined;

/**
 * Renders the map for n people into a fresh container and returns the milliseconds until React
 * committed and the browser laid the drawing out (layout is forced by reading its size).
 */
function renderMap(n: number, seed: number): number {
  const persons = people(n, seed);
  const box = document.createElement('div');
  box.style.width = '800px';
  stage.replaceChildren(box);
  const root = createRoot(box);
  const t0 = performance.now();
  flushSync(() => root.render(<EcoMap persons={persons} clientName="Kim" canEdit onOpen={noop} onMove={async () => undefined} onAnnounce={noop} />));
  box.getBoundingClientRect();
  (box.querySelector('svg') as SVGSVGElement).getBBox();
  const ms = performance.now() - t0;
  root.unmount();
  return ms;
}

(window as unknown as { renderMap: typeof renderMap }).renderMap = renderMap;
document.title = 'ready';
