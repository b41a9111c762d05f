import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CENTER, CLIENT_RADIUS, RINGS, SECTOR_LABEL_SIZE, SIZE, VIEW_BOX, labelLines, layoutMap, ringAt, sectorAt, shortName, type PlacedNode } from './layout';
import { PersonMark, QualityLine } from './Shapes';
import { CLOSENESS, type PersonView } from './types';

export interface EcoMapProps {
  persons: readonly PersonView[];
  clientName: string;
  canEdit: boolean;
  onOpen: (personId: string) => void;
  /** Saves a dragged position (0..1); the map shows it at once and keeps it until the save fails. */
  onMove: (person: PersonView, posX: number, posY: number) => Promise<void>;
  /** Spoken by the live region after a move. */
  onAnnounce: (message: string) => void;
}

const clamp = (v: number) => Math.min(SIZE - 8, Math.max(8, v));
const SAVE_DELAY_MS = 600;

/**
 * The ecogram as SVG: rings of closeness, sectors by part of life, a line per person styled by the
 * quality of the contact, marks by paid/status, letters for the support given. Every person is a
 * focusable button: arrow keys move them, Enter opens them; with a pointer they can be dragged.
 */
export function EcoMap({ persons, clientName, canEdit, onOpen, onMove, onAnnounce }: EcoMapProps) {
  const { t } = useTranslation();
  const layout = useMemo(() => layoutMap(persons), [persons]);
  const byId = useMemo(() => new Map(persons.map((p) => [p.id, p])), [persons]);
  // Positions moved here, for the data they were moved on; new data from the server wins.
  const [local, setLocal] = useState<{ on: readonly PersonView[]; pos: Record<string, { x: number; y: number }> }>({ on: persons, pos: {} });
  const moved = local.on === persons ? local.pos : {};
  const [active, setActive] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<{ id: string; startX: number; startY: number; moved: boolean } | null>(null);
  const timers = useRef(new Map<string, number>());

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((id) => window.clearTimeout(id));
  }, []);

  const where = (n: PlacedNode) => moved[n.id] ?? { x: n.x, y: n.y };
  const { r, labels } = layout.mode;

  const describe = (p: PersonView) =>
    t('netmap.map.node', {
      name: p.displayName,
      relation: p.relation,
      sector: t(`netmap.sector.${p.sector}`),
      closeness: t(`netmap.closeness.${p.closeness}`),
      quality: t(`netmap.quality.${p.quality}`),
      status: [t(`netmap.status.${p.status}`), p.paid ? t('netmap.paid') : null, p.deceased ? t('netmap.deceased') : null, ...p.supportGiven.map((f) => t(`netmap.fn.${f}`))]
        .filter(Boolean)
        .join(', '),
    });

  const announcePlace = (p: PersonView, x: number, y: number) => {
    const ring = ringAt(x, y);
    onAnnounce(
      ring
        ? t('netmap.map.moved', { name: p.displayName, sector: t(`netmap.sector.${sectorAt(x, y)}`), closeness: t(`netmap.closeness.${ring}`) })
        : t('netmap.map.movedOutside', { name: p.displayName }),
    );
  };

  const save = (id: string, x: number, y: number, delay: number) => {
    const p = byId.get(id);
    if (!p) return;
    const old = timers.current.get(id);
    if (old) window.clearTimeout(old);
    timers.current.set(
      id,
      window.setTimeout(() => {
        timers.current.delete(id);
        announcePlace(p, x, y);
        void onMove(p, x / SIZE, y / SIZE);
      }, delay),
    );
  };

  const place = (id: string, x: number, y: number) =>
    setLocal((cur) => ({ on: persons, pos: { ...(cur.on === persons ? cur.pos : {}), [id]: { x: clamp(x), y: clamp(y) } } }));

  const onKey = (e: KeyboardEvent<SVGGElement>, n: PlacedNode) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(n.id);
      return;
    }
    const step = e.shiftKey ? 40 : 10;
    const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
    if (!d || !canEdit) return;
    e.preventDefault();
    const cur = where(n);
    const x = clamp(cur.x + (d[0] ?? 0));
    const y = clamp(cur.y + (d[1] ?? 0));
    place(n.id, x, y);
    save(n.id, x, y, SAVE_DELAY_MS);
  };

  const toSvg = (e: PointerEvent) => {
    const svg = svgRef.current;
    const m = svg?.getScreenCTM();
    if (!svg || !m) return null;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return { x: pt.x, y: pt.y };
  };

  const onPointerDown = (e: PointerEvent<SVGGElement>, n: PlacedNode) => {
    if (e.button !== 0) return;
    const p = toSvg(e);
    if (!p) return;
    drag.current = { id: n.id, startX: p.x, startY: p.y, moved: false };
    if (canEdit) e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>, n: PlacedNode) => {
    const d = drag.current;
    if (!d || d.id !== n.id || !canEdit) return;
    const p = toSvg(e);
    if (!p) return;
    if (!d.moved && Math.hypot(p.x - d.startX, p.y - d.startY) < 4) return;
    d.moved = true;
    place(n.id, p.x, p.y);
  };
  const onPointerUp = (e: PointerEvent<SVGGElement>, n: PlacedNode) => {
    const d = drag.current;
    drag.current = null;
    if (!d || d.id !== n.id) return;
    if (!d.moved) {
      onOpen(n.id);
      return;
    }
    const p = toSvg(e);
    if (p) save(n.id, clamp(p.x), clamp(p.y), 0);
  };

  const activeNode = active ? layout.nodes.find((n) => n.id === active) : undefined;
  const activePerson = active ? byId.get(active) : undefined;

  return (
    <svg
      ref={svgRef}
      viewBox={`${VIEW_BOX.x} ${VIEW_BOX.y} ${VIEW_BOX.width} ${VIEW_BOX.height}`}
      className="netmap-svg"
      role="group"
      aria-label={t('netmap.map.label', { count: persons.length })}
      aria-describedby="netmap-keyboard-help"
    >
      <g aria-hidden className="netmap-rings">
        {[...CLOSENESS].reverse().map((c) => (
          <circle key={c} cx={CENTER} cy={CENTER} r={RINGS[c][1]} className={`netmap-ring netmap-ring--${c}`} />
        ))}
        {layout.sectors.map((s) => {
          const x1 = CENTER + CLIENT_RADIUS * Math.sin(s.from);
          const y1 = CENTER - CLIENT_RADIUS * Math.cos(s.from);
          const x2 = CENTER + RINGS.verder[1] * Math.sin(s.from);
          const y2 = CENTER - RINGS.verder[1] * Math.cos(s.from);
          return <line key={s.sector} x1={x1} y1={y1} x2={x2} y2={y2} className="netmap-sector-line" />;
        })}
        {layout.sectors.map((s) => {
          const lines = labelLines(t(`netmap.sector.${s.sector}`));
          // Two lines: the first above the label point, so the pair stays clear of the rings.
          const y0 = lines.length > 1 && Math.cos((s.from + s.to) / 2) > 0 ? s.labelY - SECTOR_LABEL_SIZE : s.labelY;
          return (
            <text key={s.sector} x={s.labelX} y={y0} textAnchor={s.labelAnchor} className="netmap-sector-label">
              {lines.map((line, i) => (
                <tspan key={line} x={s.labelX} dy={i === 0 ? 0 : SECTOR_LABEL_SIZE + 2}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
        {CLOSENESS.map((c) => (
          <text key={c} x={CENTER} y={CENTER - RINGS[c][1] + 14} textAnchor="middle" className="netmap-ring-label">
            {t(`netmap.closeness.${c}`)}
          </text>
        ))}
      </g>
      <g aria-hidden className="netmap-lines">
        {layout.nodes.map((n) => {
          const p = byId.get(n.id);
          if (!p) return null;
          const { x, y } = where(n);
          const d = Math.hypot(x - CENTER, y - CENTER) || 1;
          // From the client's edge, not the middle, so the client's name stays readable.
          return <QualityLine key={n.id} x1={CENTER + ((x - CENTER) * CLIENT_RADIUS) / d} y1={CENTER + ((y - CENTER) * CLIENT_RADIUS) / d} x2={x} y2={y} quality={p.quality} />;
        })}
      </g>
      <g aria-hidden className="netmap-client">
        <circle cx={CENTER} cy={CENTER} r={CLIENT_RADIUS} />
        <text x={CENTER} y={CENTER + 5} textAnchor="middle">
          {shortName(clientName, 12)}
        </text>
      </g>
      <g className="netmap-nodes">
        {layout.nodes.map((n) => {
          const p = byId.get(n.id);
          if (!p) return null;
          const { x, y } = where(n);
          return (
            <g
              key={n.id}
              role="button"
              tabIndex={0}
              aria-label={describe(p)}
              data-person-id={n.id}
              className={`netmap-node${active === n.id ? ' netmap-node--active' : ''}${canEdit ? ' netmap-node--movable' : ''}`}
              transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
              onKeyDown={(e) => onKey(e, n)}
              onFocus={() => setActive(n.id)}
              onBlur={() => setActive((a) => (a === n.id ? null : a))}
              onPointerEnter={() => setActive(n.id)}
              onPointerLeave={() => setActive((a) => (a === n.id && drag.current === null ? null : a))}
              onPointerDown={(e) => onPointerDown(e, n)}
              onPointerMove={(e) => onPointerMove(e, n)}
              onPointerUp={(e) => onPointerUp(e, n)}
            >
              {/* A bigger invisible target, so small nodes are still easy to hit. */}
              <circle r={Math.max(r + 4, 12)} className="netmap-node__target" />
              <PersonMark r={r} look={p} dragged={n.dragged || moved[n.id] !== undefined} />
              <circle r={r + 5} className="netmap-node__focus" />
              {labels ? (
                <>
                  <text y={r + 3 + layout.mode.nameSize} textAnchor="middle" className="netmap-node__name" style={{ fontSize: layout.mode.nameSize }}>
                    {n.shortName}
                  </text>
                  {p.supportGiven.length ? (
                    <text y={r + 3 + layout.mode.nameSize + 11} textAnchor="middle" className="netmap-node__letters">
                      {p.supportGiven.map((f) => t(`netmap.fnLetter.${f}`)).join(' ')}
                    </text>
                  ) : null}
                </>
              ) : null}
            </g>
          );
        })}
      </g>
      {activeNode && activePerson && (!labels || activeNode.shortName !== activePerson.displayName) ? (
        <g aria-hidden className="netmap-tooltip" transform={`translate(${where(activeNode).x.toFixed(1)} ${(where(activeNode).y - r - 10).toFixed(1)})`}>
          <text textAnchor="middle">{`${activePerson.displayName} (${activePerson.relation})`}</text>
        </g>
      ) : null}
    </svg>
  );
}
