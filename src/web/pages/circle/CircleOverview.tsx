import { useTranslation } from 'react-i18next';
import type { CircleMember, CircleView } from '../../api/circle-types';
import { useLocale } from '../../i18n/useLocale';
import { CATEGORIES, GROUPS, joinNames } from './circleText';

const SIZE = 320;
const C = SIZE / 2;
const RINGS = [62, 104, 146] as const;
const DOT = 15;

type Ring = 0 | 1 | 2;

/** Closer to the middle means more to see: deciders and people who see five or more kinds, then some, then none. */
function ringOf(m: CircleMember): Ring {
  if (m.decides) return 0;
  const seen = CATEGORIES.filter((c) => m.cells[c] !== 'none').length;
  return seen >= 5 ? 0 : seen > 0 ? 1 : 2;
}

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/**
 * The circle as a picture: the client in the middle, members on three rings by how much they may see.
 * The picture has a text alternative that names everyone per ring; the table below says it in full.
 */
export function CircleOverview({ view }: { view: CircleView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rings: CircleMember[][] = [[], [], []];
  for (const m of view.members) rings[ringOf(m)]!.push(m);
  const description = [
    t('circle.overview.centre', { name: view.client.firstName }),
    ...rings.map((ms, i) => t(`circle.overview.ring${i}`, { names: ms.length ? joinNames(ms.map((m) => m.name), locale) : t('circle.overview.nobody') })),
  ].join(' ');

  return (
    <figure className="circle-overview">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="circle-overview__picture" role="img" aria-label={description}>
        {RINGS.map((r, i) => (
          <circle key={r} cx={C} cy={C} r={r} className={`circle-overview__ring circle-overview__ring--${i}`} />
        ))}
        <circle cx={C} cy={C} r={30} className="circle-overview__centre" />
        <text x={C} y={C} className="circle-overview__centre-text" textAnchor="middle" dominantBaseline="central">
          {view.client.firstName.length > 9 ? `${view.client.firstName.slice(0, 8)}…` : view.client.firstName}
        </text>
        {rings.map((ms, ring) =>
          ms.map((m, i) => {
            const angle = -Math.PI / 2 + (2 * Math.PI * i) / ms.length + ring * 0.45;
            const x = C + RINGS[ring]! * Math.cos(angle);
            const y = C + RINGS[ring]! * Math.sin(angle);
            return (
              <g key={m.linkId} className={`circle-overview__person circle-overview__person--${m.relation}`}>
                <circle cx={x} cy={y} r={DOT} />
                <text x={x} y={y} textAnchor="middle" dominantBaseline="central">
                  {initials(m.name)}
                </text>
              </g>
            );
          }),
        )}
      </svg>
      <figcaption className="circle-overview__caption">
        <span>{t('circle.overview.caption')}</span>
        <span className="circle-overview__key" aria-hidden="true">
          {GROUPS.filter((g) => view.members.some((m) => m.relation === g)).map((g) => (
            <span key={g} className={`circle-overview__key-item circle-overview__person--${g}`}>
              <span className="circle-overview__swatch" />
              {t(`circle.group.${g}`)}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
