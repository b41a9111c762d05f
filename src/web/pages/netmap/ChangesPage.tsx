import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { withQuery } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { netmapApi, netmapPaths } from './paths';
import { CLOSENESS, QUALITIES, type DiffView, type PersonChange, type SnapshotEntry } from './types';
import './netmap.css';

type Change = PersonChange['changes'][number];

/** Better or worse, for the fields where that has a direction (closer, more supportive). */
function direction(c: Change): 'better' | 'worse' | null {
  const scale: readonly string[] | null = c.field === 'quality' ? QUALITIES : c.field === 'closeness' ? CLOSENESS : null;
  if (!scale || typeof c.before !== 'string' || typeof c.after !== 'string') return null;
  return scale.indexOf(c.after) < scale.indexOf(c.before) ? 'better' : 'worse';
}

/** Two bars: how many people then and now. The numbers are in the text as well. */
function SizeBars({ before, after, label }: { before: number; after: number; label: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, before, after);
  const bar = (n: number, y: number, text: string) => (
    <>
      <text x={0} y={y + 15} className="netmap-geno-name">
        {text}
      </text>
      <rect x={60} y={y} width={(220 * n) / max} height={20} className="netmap-bar" />
      <text x={66 + (220 * n) / max} y={y + 15} className="netmap-geno-name">
        {n}
      </text>
    </>
  );
  return (
    <svg viewBox="0 0 320 56" width={320} height={56} role="img" aria-label={label} className="netmap-size-bars">
      {bar(before, 2, t('netmap.changes.chartBefore'))}
      {bar(after, 32, t('netmap.changes.chartAfter'))}
    </svg>
  );
}

/** "Wat is er veranderd?" between a snapshot and another one or the map of today. */
export function ChangesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const from = search.get('van') ?? '';
  const to = search.get('tot');
  const diff = useApi<DiffView>(from ? withQuery(netmapApi.changes(id), { from, to }) : null);
  const d = diff.data;

  const nameOf = (e: SnapshotEntry) => (e.removed || !e.displayName ? t('netmap.changes.removedPerson', { relation: e.relation }) : `${e.displayName} (${e.relation})`);
  const value = (c: Change, v: Change['before']): string => {
    if (v === null) return t('netmap.table.none');
    if (typeof v === 'boolean') return v ? t('netmap.table.yes') : t('netmap.table.no');
    if (Array.isArray(v)) return v.length ? v.map((f) => t(`netmap.fn.${f}`)).join(', ') : t('netmap.table.none');
    const key = { closeness: 'closeness', quality: 'quality', status: 'status', sector: 'sector', contactFrequency: 'frequency' }[c.field as string];
    return key ? t(`netmap.${key}.${v}`) : v;
  };
  const moment = (s: DiffView['from']['snapshot']) => (s ? `${t(`netmap.snapshots.labelValue.${s.label}`)} ${formatCalendarDate(s.takenOn, locale)}` : t('netmap.changes.now'));
  const entryList = (list: SnapshotEntry[], none: string) =>
    list.length === 0 ? (
      <Paragraph>{none}</Paragraph>
    ) : (
      <ul className="netmap-change-list">
        {list.map((e) => (
          <li key={e.personKey}>
            {nameOf(e)}: {t(`netmap.sector.${e.sector}`)}, {t(`netmap.closeness.${e.closeness}`).toLowerCase()}, {t(`netmap.quality.${e.quality}`).toLowerCase()}
          </li>
        ))}
      </ul>
    );

  return (
    <>
      <PageTitle>{t('netmap.changes.title')}</PageTitle>
      {diff.error ? (
        <ProblemAlert error={diff.error} />
      ) : !d ? (
        <LoadingMessage />
      ) : (
        <>
          <Paragraph>{t('netmap.changes.period', { from: moment(d.from.snapshot), to: moment(d.to.snapshot) })}</Paragraph>
          <Paragraph>{t('netmap.changes.size', { before: d.sizeBefore, after: d.sizeAfter })}</Paragraph>
          <SizeBars before={d.sizeBefore} after={d.sizeAfter} label={t('netmap.changes.size', { before: d.sizeBefore, after: d.sizeAfter })} />
          <section aria-labelledby="netmap-came" className="samenspel-section">
            <Heading level={2} id="netmap-came">
              {t('netmap.changes.came')} ({d.came.length})
            </Heading>
            {entryList(d.came, t('netmap.changes.nothingCame'))}
          </section>
          <section aria-labelledby="netmap-went" className="samenspel-section">
            <Heading level={2} id="netmap-went">
              {t('netmap.changes.went')} ({d.went.length})
            </Heading>
            {entryList(d.went, t('netmap.changes.nothingWent'))}
          </section>
          <section aria-labelledby="netmap-changed" className="samenspel-section">
            <Heading level={2} id="netmap-changed">
              {t('netmap.changes.changed')} ({d.changed.length})
            </Heading>
            {d.changed.length === 0 ? (
              <Paragraph>{t('netmap.changes.nothingChanged')}</Paragraph>
            ) : (
              <ul className="netmap-change-list">
                {d.changed.map((c) => (
                  <li key={c.person.personKey}>
                    <strong>{nameOf(c.person)}</strong>
                    <ul>
                      {c.changes.map((ch) => {
                        const dir = direction(ch);
                        return (
                          <li key={ch.field}>
                            {t('netmap.changes.change', { field: t(`netmap.changes.field.${ch.field}`), before: value(ch, ch.before), after: value(ch, ch.after) })}
                            {dir ? ` (${t(`netmap.changes.${dir}`)})` : ''}
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
            <Paragraph>{t('netmap.changes.unchanged', { count: d.unchanged })}</Paragraph>
          </section>
        </>
      )}
      <ul className="samenspel-link-list">
        <li>
          <AppLink to={netmapPaths.snapshots(id)}>{t('netmap.actions.snapshots')}</AppLink>
        </li>
        <li>
          <AppLink to={netmapPaths.map(id)}>{t('netmap.actions.back')}</AppLink>
        </li>
      </ul>
    </>
  );
}
