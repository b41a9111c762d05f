import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** Drawn striped and named in the text, so the warning never rests on colour alone. */
  warn?: string | undefined;
}

/**
 * A small horizontal bar chart in SVG: the label above each bar and the number behind it, so it
 * reads on a phone. The figure's text alternative names every value; the bars themselves are hidden
 * from screen readers because the same numbers are in that text.
 */
export function BarChart({ title, bars, max }: { title: string; bars: Bar[]; max?: number }) {
  const id = useId();
  const top = Math.max(1, max ?? 0, ...bars.map((b) => b.value));
  const row = 40;
  const width = 320;
  const barWidth = 250;
  const text = `${title}. ${bars.map((b) => `${b.label}: ${b.value}${b.warn ? ` (${b.warn})` : ''}`).join(', ')}.`;
  return (
    <figure className="netintake-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="netintake-chart__caption">
        {title}
      </figcaption>
      <svg role="img" aria-label={text} viewBox={`0 0 ${width} ${bars.length * row + 4}`} className="netintake-chart__svg" preserveAspectRatio="xMinYMin meet">
        <defs>
          <pattern id={`${id}-stripes`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="netintake-bar--warn" />
            <line x1="0" y1="0" x2="0" y2="8" className="netintake-bar__stripe" strokeWidth="4" />
          </pattern>
        </defs>
        {bars.map((b, i) => {
          const y = i * row;
          const w = b.value === 0 ? 2 : Math.max(4, (b.value / top) * barWidth);
          return (
            <g key={b.label} aria-hidden>
              <text x="0" y={y + 13} className="netintake-chart__label">
                {b.label}
                {b.warn ? ` – ${b.warn}` : ''}
              </text>
              <rect x="0" y={y + 18} width={w} height="16" rx="2" className={b.warn ? undefined : 'netintake-bar'} fill={b.warn ? `url(#${id}-stripes)` : undefined} />
              <text x={w + 6} y={y + 31} className="netintake-chart__value">
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
