import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { useLocale } from '../../i18n/useLocale';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { buildGenogram, type GenoNode, type Genogram } from './genogram';
import { netmapApi, netmapPaths } from './paths';
import { useClientName } from './useClientName';
import type { MapView } from './types';
import './netmap.css';

const R = 22;

/** Standard genogram shapes: square man, circle woman, diamond other/unknown; a cross when deceased; the client doubled. */
function Shape({ node }: { node: Pick<GenoNode, 'gender' | 'deceased' | 'isClient'> }) {
  const cls = `netmap-geno-shape${node.isClient ? ' netmap-geno-shape--client' : ''}`;
  const shape =
    node.gender === 'man' ? (
      <rect x={-R} y={-R} width={2 * R} height={2 * R} className={cls} />
    ) : node.gender === 'vrouw' ? (
      <circle r={R} className={cls} />
    ) : (
      <polygon points={`0,${-R - 4} ${R + 4},0 0,${R + 4} ${-R - 4},0`} className={cls} />
    );
  return (
    <>
      {shape}
      {node.isClient ? <circle r={R - 7} className="netmap-geno-line" /> : null}
      {node.deceased ? <path d={`M${-R} ${-R} L${R} ${R} M${R} ${-R} L${-R} ${R}`} className="netmap-geno-line" /> : null}
    </>
  );
}

function Drawing({ g, label }: { g: Genogram; label: string }) {
  const at = new Map(g.nodes.map((n) => [n.id, n]));
  return (
    <div className="netmap-genogram">
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={label}>
        {g.couples.map((c) => {
          const a = at.get(c.a);
          const b = at.get(c.b);
          if (!a || !b) return null;
          const [l, r] = a.x <= b.x ? [a, b] : [b, a];
          const y = l.y + R + 8;
          const mx = (l.x + r.x) / 2;
          return (
            <g key={`${c.a}-${c.b}`}>
              <path d={`M${l.x} ${l.y + R} V${y} H${r.x} V${r.y + R}`} className="netmap-geno-line" />
              {c.ex ? <path d={`M${mx - 8} ${y + 8} L${mx - 2} ${y - 8} M${mx + 2} ${y + 8} L${mx + 8} ${y - 8}`} className="netmap-geno-line" /> : <path d={`M${l.x} ${y + 4} H${r.x}`} className="netmap-geno-line" />}
            </g>
          );
        })}
        {g.children.map((c) => {
          const child = at.get(c.child);
          const parents = c.parents.map((p) => at.get(p)).filter((p): p is GenoNode => p !== undefined);
          if (!child || parents.length === 0) return null;
          const px = parents.reduce((s, p) => s + p.x, 0) / parents.length;
          const py = Math.max(...parents.map((p) => p.y)) + R + (parents.length > 1 ? 12 : 0);
          const mid = child.y - R - 22;
          return <path key={`${c.child}-${c.parents.join('-')}`} d={`M${px} ${py} V${mid} H${child.x} V${child.y - R - 4}`} className="netmap-geno-line" />;
        })}
        {g.nodes.map((n) => (
          <g key={n.id} transform={`translate(${n.x} ${n.y})`}>
            <Shape node={n} />
            <text y={R + 24} textAnchor="middle" className="netmap-geno-name">
              {n.name.length > 16 ? `${n.name.slice(0, 15)}…` : n.name}
            </text>
            {n.relation ? (
              <text y={R + 38} textAnchor="middle" className="netmap-geno-relation">
                {n.relation.length > 18 ? `${n.relation.slice(0, 17)}…` : n.relation}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
    </div>
  );
}

function GenoLegend() {
  const { t } = useTranslation();
  const items = [
    [t('netmap.genogram.legendMan'), <Shape key="m" node={{ gender: 'man', deceased: false, isClient: false }} />],
    [t('netmap.genogram.legendWoman'), <Shape key="v" node={{ gender: 'vrouw', deceased: false, isClient: false }} />],
    [t('netmap.genogram.legendOther'), <Shape key="a" node={{ gender: null, deceased: false, isClient: false }} />],
    [t('netmap.genogram.legendDeceased'), <Shape key="d" node={{ gender: 'man', deceased: true, isClient: false }} />],
  ] as const;
  return (
    <section aria-labelledby="netmap-geno-legend" className="netmap-legend">
      <Heading level={2} id="netmap-geno-legend" appearance="utrecht-heading-3">
        {t('netmap.genogram.legendTitle')}
      </Heading>
      <ul className="netmap-legend__list">
        {items.map(([label, shape]) => (
          <li key={label}>
            <svg aria-hidden focusable={false} width={28} height={28} viewBox="-28 -28 56 56" className="netmap-legend__sample">
              {shape}
            </svg>
            <span>{label}</span>
          </li>
        ))}
        <li>
          <svg aria-hidden focusable={false} width={28} height={28} viewBox="-28 -28 56 56" className="netmap-legend__sample">
            <Shape node={{ gender: 'vrouw', deceased: false, isClient: true }} />
          </svg>
          <span>{t('netmap.genogram.legendClient')}</span>
        </li>
        <li>{t('netmap.genogram.legendPartner')}</li>
        <li>{t('netmap.genogram.legendExPartner')}</li>
        <li>{t('netmap.genogram.legendChild')}</li>
      </ul>
    </section>
  );
}

/** The genogram as text: per generation who is there, with partners and parents named. */
function GenoList({ g, clientName }: { g: Genogram; clientName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const and = (names: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  const nameOf = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? '';
  return (
    <section aria-labelledby="netmap-geno-list" className="samenspel-section">
      <Heading level={2} id="netmap-geno-list">
        {t('netmap.genogram.listTitle')}
      </Heading>
      {g.generations.map((gen) => (
        <div key={gen}>
          <Heading level={3}>{t(`netmap.genogram.generation.${Math.max(-2, Math.min(2, gen))}`, { name: clientName })}</Heading>
          <ul className="netmap-change-list">
            {g.nodes
              .filter((n) => n.generation === gen)
              .map((n) => {
                const partners = g.couples.filter((c) => !c.ex && (c.a === n.id || c.b === n.id)).map((c) => nameOf(c.a === n.id ? c.b : c.a));
                const exes = g.couples.filter((c) => c.ex && (c.a === n.id || c.b === n.id)).map((c) => nameOf(c.a === n.id ? c.b : c.a));
                const parents = g.children.find((c) => c.child === n.id)?.parents.map(nameOf) ?? [];
                const parts = [
                  n.relation || null,
                  n.gender ? t(`netmap.gender.${n.gender}`).toLowerCase() : null,
                  n.deceased ? t('netmap.deceased').toLowerCase() : null,
                  partners.length ? t('netmap.genogram.partnerOf', { names: and(partners) }) : null,
                  exes.length ? t('netmap.genogram.exPartnerOf', { names: and(exes) }) : null,
                  parents.length ? t('netmap.genogram.childOf', { names: and(parents) }) : null,
                ].filter(Boolean);
                return (
                  <li key={n.id}>
                    <strong>{n.name}</strong>
                    {parts.length ? `: ${parts.join(', ')}` : ''}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function GenogramPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { name } = useClientName(id);
  const map = useApi<MapView>(netmapApi.map(id));
  const g = useMemo(() => (map.data ? buildGenogram(map.data.persons, map.data.family, name) : null), [map.data, name]);
  return (
    <>
      <PageTitle>{t('netmap.genogram.title', { name })}</PageTitle>
      {map.error ? (
        <ProblemAlert error={map.error} />
      ) : !g ? (
        <LoadingMessage />
      ) : (
        <>
          <Paragraph>{t('netmap.genogram.intro')}</Paragraph>
          {g.nodes.length <= 1 ? (
            <Paragraph>{t('netmap.genogram.empty')}</Paragraph>
          ) : (
            <>
              <Drawing g={g} label={t('netmap.genogram.picture', { count: g.nodes.length, generations: g.generations.length })} />
              <GenoLegend />
              <GenoList g={g} clientName={name} />
            </>
          )}
          {g.unplaced.length ? (
            <section aria-labelledby="netmap-geno-unplaced" className="samenspel-section">
              <Heading level={2} id="netmap-geno-unplaced">
                {t('netmap.genogram.notPlaced')}
              </Heading>
              <ul className="samenspel-link-list">
                {g.unplaced.map((p) => (
                  <li key={p.id}>
                    <AppLink to={netmapPaths.person(id, p.id)}>{`${p.displayName} (${p.relation})`}</AppLink>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
      <Paragraph>
        <AppLink to={netmapPaths.map(id)}>{t('netmap.actions.back')}</AppLink>
      </Paragraph>
    </>
  );
}
