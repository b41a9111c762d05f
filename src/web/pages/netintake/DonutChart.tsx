import { useId } from 'react';

export interface Slice {
  label: string;
  value: number;
  className: string;
}

/** A donut of two or three parts, with a legend in text next to it (the legend is the text alternative). */
export function DonutChart({ title, slices }: { title: string; slices: Slice[] }) {
  const id = useId();
  const total = slices.reduce((n, s) => n + s.value, 0);
  const r = 40;
  const circumference = 2 * Math.PI * r;
  let offset = 0;
  return (
    <figure className="netintake-chart netintake-donut" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="netintake-chart__caption">
        {title}
      </figcaption>
      <div className="netintake-donut__body">
        <svg aria-hidden focusable={false} viewBox="0 0 100 100" width="120" height="120">
          <circle cx="50" cy="50" r={r} className="netintake-donut__empty" strokeWidth="16" fill="none" />
          {total > 0
            ? slices.map((s) => {
                const length = (s.value / total) * circumference;
                const dash = `${length} ${circumference - length}`;
                const el = (
                  <circle key={s.label} cx="50" cy="50" r={r} fill="none" strokeWidth="16" className={s.className} strokeDasharray={dash} strokeDashoffset={-offset} transform="rotate(-90 50 50)" />
                );
                offset += length;
                return el;
              })
            : null}
          <text x="50" y="56" textAnchor="middle" className="netintake-donut__total">
            {total}
          </text>
        </svg>
        <ul className="netintake-legend">
          {slices.map((s) => (
            <li key={s.label}>
              <span className={`netintake-legend__swatch ${s.className}-swatch`} aria-hidden />
              {s.label}: {s.value}
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
