import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import type { SurveyResults } from './types';

type Likert = SurveyResults['likert'][number];

/** One question's answers as bars from "helemaal oneens" to "helemaal eens"; the label says the same in words. */
function Bars({ q }: { q: Likert }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...q.counts.map((c) => c.count));
  const words = q.counts.map((c) => `${t(`careMinutes.survey.likert.${c.value}`)}: ${c.count}`).join(', ');
  const w = 46;
  return (
    <svg role="img" aria-label={words} viewBox={`0 0 ${q.counts.length * w} 92`} className="cm-bars" focusable="false">
      <title>{words}</title>
      {q.counts.map((c, i) => {
        const h = Math.round((c.count / max) * 56);
        return (
          <g key={c.value} transform={`translate(${i * w}, 0)`}>
            <rect x={6} y={64 - h} width={w - 12} height={Math.max(h, 1)} className={c.value === 0 ? 'cm-bar cm-bar--unknown' : `cm-bar cm-bar--${c.value}`} />
            <text x={w / 2} y={60 - h} textAnchor="middle" className="cm-bar__count">
              {c.count}
            </text>
            <text x={w / 2} y={82} textAnchor="middle" className="cm-bar__label">
              {c.value === 0 ? '?' : c.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The results of one finished round with enough answers, compared with the round before. */
export function SurveyResultsView({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const res = useApi<SurveyResults>(`/api/care-survey/rounds/${encodeURIComponent(roundId)}/results`);
  if (res.error) return <ProblemAlert error={res.error} />;
  if (!res.data) return <LoadingMessage />;
  const r = res.data;
  return (
    <div className="cm-results">
      <Paragraph>
        {t('careMinutes.survey.resultsIntro', { count: r.answerCount })}{' '}
        {r.previousRound ? t('careMinutes.survey.comparedWith', { date: formatCalendarDate(r.previousRound.closesOn, locale) }) : t('careMinutes.survey.noPrevious')}
      </Paragraph>
      <Paragraph small>{t('careMinutes.survey.scale')}</Paragraph>
      {r.likert.map((q) => (
        <div key={q.questionId} className="cm-result">
          <Heading level={4}>{t(`careMinutes.survey.q.${q.questionId}`)}</Heading>
          <Bars q={q} />
          <Paragraph>
            {q.average === null ? t('careMinutes.survey.noAverage') : t('careMinutes.survey.average', { value: q.average.toLocaleString(locale) })}
            {q.previousAverage !== null ? ` ${t('careMinutes.survey.previous', { value: q.previousAverage.toLocaleString(locale) })}` : ''}
          </Paragraph>
        </div>
      ))}
      {r.open.map((o) => (
        <div key={o.questionId} className="cm-result">
          <Heading level={4}>{t(`careMinutes.survey.q.${o.questionId}`)}</Heading>
          {o.answers.length === 0 ? (
            <Paragraph>{t('careMinutes.survey.noOpen')}</Paragraph>
          ) : (
            <UnorderedList>
              {o.answers.map((a, i) => (
                <UnorderedListItem key={i}>{a}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </div>
      ))}
    </div>
  );
}
