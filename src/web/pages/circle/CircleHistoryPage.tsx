import '../../styles/circle.css';
import { DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Cells, CircleHistory, CircleView, Decision } from '../../api/circle-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DataRow } from '../../components/DataRow';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDate, formatDateTime, formatTime } from '../../lib/format';
import { cellsSummary, endDateOf, joinNames, partyNames } from './circleText';
import { historySentence, previousCellsByEntry } from './historySentence';
import { circleApi, circlePagePath, historyApi } from './paths';

/** /clienten/:id/kring/geschiedenis — everything that happened in the circle, in plain sentences. */
export function CircleHistoryPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const circle = useApi<CircleView>(circleApi(id));
  const history = useApi<CircleHistory>(historyApi(id));
  const view = circle.data;
  const error = circle.error ?? history.error;
  const own = view?.me.relation === 'self';
  const title = view ? (own ? t('circle.history.titleOwn') : t('circle.history.title', { name: view.client.firstName })) : t('circle.history.loadingTitle');
  const data = history.data;
  const before = data ? previousCellsByEntry(data.entries) : new Map<string, Cells | null>();

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>{t('circle.history.intro')}</Paragraph>
      {error ? (
        <ProblemAlert error={error} />
      ) : !data || !view ? (
        <LoadingMessage />
      ) : (
        <>
          <section aria-labelledby="history-events" className="samenspel-section">
            <Heading level={2} id="history-events">
              {t('circle.history.eventsTitle')}
            </Heading>
            {data.entries.length === 0 ? (
              <Paragraph>{t('circle.history.empty')}</Paragraph>
            ) : (
              <ol className="circle-timeline">
                {data.entries.map((e) => (
                  <li key={e.id} className={`circle-timeline__item circle-timeline__item--${e.kind}`}>
                    <time dateTime={e.occurredAt} className="circle-timeline__when">
                      {t('circle.history.when', { date: formatDate(e.occurredAt, locale), time: formatTime(e.occurredAt, locale) })}
                    </time>
                    <span className="circle-timeline__what">{historySentence(e, before.get(e.id) ?? null, t, locale)}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="history-decisions" className="samenspel-section">
            <Heading level={2} id="history-decisions">
              {t('circle.history.decisionsTitle')}
            </Heading>
            <Paragraph>{t('circle.history.decisionsIntro')}</Paragraph>
            {data.decisions.length === 0 ? (
              <Paragraph>{t('circle.history.noDecisions')}</Paragraph>
            ) : (
              <ul className="circle-cards">
                {data.decisions.map((d) => (
                  <li key={d.id} className={`circle-card circle-card--${d.status}`}>
                    <DecisionCard decision={d} view={view} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <Paragraph>
        <AppLink to={circlePagePath(id)}>{own ? t('circle.links.backOwn') : t('circle.links.back')}</AppLink>
      </Paragraph>
    </>
  );
}

function DecisionCard({ decision: d, view }: { decision: Decision; view: CircleView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `decision-${d.id}`;
  return (
    <article aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('circle.decision.title', { member: d.memberLabel, date: formatDate(d.proposedAt, locale) })}
      </Heading>
      <DataList className="samenspel-datalist">
        <DataRow label={t('circle.decision.status')}>
          <span className={`circle-status circle-status--${d.status}`}>{t(`circle.decision.statusValue.${d.status}`)}</span>
        </DataRow>
        <DataRow label={t('circle.decision.what')}>
          {cellsSummary(d.cells, t, locale)}
          {d.expiresAt ? `. ${t('circle.pending.until', { date: formatCalendarDate(endDateOf(d.expiresAt), locale) })}` : ''}
        </DataRow>
        <DataRow label={t('circle.decision.proposedBy')}>{t('circle.decision.byOn', { name: d.proposedByLabel, date: formatDateTime(d.proposedAt, locale) })}</DataRow>
        <DataRow label={t('circle.decision.rule')}>{t(`circle.decision.ruleValue.${d.rule}`)}</DataRow>
        <DataRow label={t('circle.decision.confirmedBy')}>
          {d.confirmations.length > 0
            ? joinNames(
                d.confirmations.map((c) => t('circle.decision.confirmation', { name: c.label, as: t(`circle.decision.as.${c.as}`), date: formatDateTime(c.at, locale) })),
                locale,
              )
            : t('circle.decision.nobodyYet')}
        </DataRow>
        {d.status === 'pending' && d.waitingFor.length > 0 ? (
          <DataRow label={t('circle.decision.waitingFor')}>{joinNames(partyNames(d.waitingFor, view, t, locale), locale)}</DataRow>
        ) : null}
        {d.decidedAt ? <DataRow label={t('circle.decision.decidedAt')}>{formatDateTime(d.decidedAt, locale)}</DataRow> : null}
        {d.note ? <DataRow label={t('circle.decision.note')}>{d.note}</DataRow> : null}
      </DataList>
    </article>
  );
}
