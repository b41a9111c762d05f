import type { PersonView, Quality } from './types';

/**
 * The drawing vocabulary of the map, shared by the map and its legend so they always agree.
 * Meaning never rests on colour alone: line patterns, shapes and letters carry it.
 */

export const LINE_DASH: Record<Quality, string | undefined> = {
  steunend: undefined,
  wisselend: '14 7',
  moeizaam: '2 7',
  verbroken: '14 7',
};

export const LINE_WIDTH: Record<Quality, number> = { steunend: 4, wisselend: 3, moeizaam: 3.5, verbroken: 2 };

/** The line from the client to a person; a broken contact gets a cross halfway. */
export function QualityLine({ x1, y1, x2, y2, quality, crossSize = 9 }: { x1: number; y1: number; x2: number; y2: number; quality: Quality; crossSize?: number }) {
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  // Perpendicular and along the line, for an X that sits across it whatever the angle.
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const s = crossSize;
  return (
    <g className={`netmap-line netmap-line--${quality}`}>
      <line x1={x1} y1={y1} x2={x2} y2={y2} strokeDasharray={LINE_DASH[quality]} strokeWidth={LINE_WIDTH[quality]} strokeLinecap={quality === 'moeizaam' ? 'round' : 'butt'} />
      {quality === 'verbroken' ? (
        <>
          <line x1={mx + s * (ux - uy)} y1={my + s * (uy + ux)} x2={mx - s * (ux - uy)} y2={my - s * (uy + ux)} strokeWidth={3} />
          <line x1={mx + s * (ux + uy)} y1={my + s * (uy - ux)} x2={mx - s * (ux + uy)} y2={my - s * (uy - ux)} strokeWidth={3} />
        </>
      ) : null}
    </g>
  );
}

type Look = Pick<PersonView, 'paid' | 'status' | 'deceased'>;

/** A person's mark: circle (unpaid) or square (paid); open when contact is lost; + when they want it back; a bar when not helpful now. */
export function PersonMark({ r, look, dragged = false }: { r: number; look: Look; dragged?: boolean }) {
  const open = look.status === 'contact-kwijt' || look.status === 'wil-herstellen';
  const cls = ['netmap-mark', open ? 'netmap-mark--open' : '', look.status === 'nu-niet-helpend' ? 'netmap-mark--muted' : ''].filter(Boolean).join(' ');
  const inner = r * 0.55;
  return (
    <g className={cls}>
      {look.paid ? <rect x={-r} y={-r} width={2 * r} height={2 * r} rx={r * 0.2} /> : <circle r={r} />}
      {look.status === 'wil-herstellen' ? (
        <path className="netmap-mark__sign" d={`M${-inner} 0 H${inner} M0 ${-inner} V${inner}`} />
      ) : look.status === 'nu-niet-helpend' ? (
        <path className="netmap-mark__sign netmap-mark__sign--light" d={`M${-inner} 0 H${inner}`} />
      ) : null}
      {look.deceased ? <path className="netmap-mark__sign" d={`M${-r} ${-r} L${r} ${r} M${r} ${-r} L${-r} ${r}`} /> : null}
      {dragged ? <circle className="netmap-mark__dragged" r={Math.max(1.5, r * 0.22)} /> : null}
    </g>
  );
}
