import { DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { DataRow } from '../../components/DataRow';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { TrendChart } from './TrendChart';
import { evaluationsPath, type EvaluationDetail, type EvaluationOverview } from './types';

/** The dated record of a held evaluation, with each goal's scores over time beside it. */
export function EvaluationRecord({ clientId, evaluation: e }: { clientId: string; evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const overview = useApi<EvaluationOverview>(`${evaluationsPath(clientId)}/overview`);
  const record = e.record;
  if (!record) return null;
  const trendOf = (goalId: string | null) => overview.data?.goals.find((g) => g.goalId === goalId);

  return (
    <>
      <DataList className="samenspel-datalist">
        <DataRow label={t('evaluation.heldOn')}>{e.heldOn ? formatCalendarDate(e.heldOn, locale) : null}</DataRow>
        <DataRow label={t('evaluation.heldBy')}>{e.heldBy}</DataRow>
        <DataRow label={t('evaluation.invitees')}>{e.invitees.map((i) => i.label).join(', ')}</DataRow>
        <DataRow label={t('evaluation.yieldsLegend')}>{e.yields.map((y) => t(`evaluation.yield.${y}`)).join(', ')}</DataRow>
        <DataRow label={t('evaluation.wentWell')} multiline>
          {record.wentWell ? <span className="samenspel-preserve-lines">{record.wentWell}</span> : null}
        </DataRow>
        <DataRow label={t('evaluation.toChange')} multiline>
          {record.toChange ? <span className="samenspel-preserve-lines">{record.toChange}</span> : null}
        </DataRow>
      </DataList>

      <section aria-labelledby="record-goals-title" className="samenspel-section">
        <Heading level={2} id="record-goals-title">
          {t('evaluation.goalsTitle')}
        </Heading>
        {record.goals.length === 0 ? <Paragraph>{t('evaluation.noGoals')}</Paragraph> : null}
        <ul className="evaluation-goal-trends">
          {record.goals.map((g, i) => {
            const trend = trendOf(g.goalId);
            return (
              <li key={g.goalId ?? `goal-${i}`} className="evaluation-goal">
                <p className="evaluation-goal__title">
                  <span className="evaluation-domain">{t(`evaluation.domain.${g.domain}`, { defaultValue: g.domain })}</span> {g.ownWords}
                </p>
                <Paragraph>
                  {g.clientScore === null
                    ? t('evaluation.recordNotDiscussed')
                    : g.previousScore === null
                      ? t('evaluation.recordScore', { score: g.clientScore })
                      : t('evaluation.recordScoreFrom', { score: g.clientScore, previous: g.previousScore })}
                </Paragraph>
                {g.otherScores.length ? <Paragraph>{g.otherScores.map((s) => t('evaluation.recordOther', { name: s.label, score: s.score })).join(' · ')}</Paragraph> : null}
                {g.wentWell ? <Paragraph>{t('evaluation.recordWentWell', { text: g.wentWell })}</Paragraph> : null}
                {g.toChange ? <Paragraph>{t('evaluation.recordToChange', { text: g.toChange })}</Paragraph> : null}
                {trend ? <TrendChart points={trend.points} target={trend.scoreTarget} label={g.ownWords} /> : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="record-agreements-title" className="samenspel-section">
        <Heading level={2} id="record-agreements-title">
          {t('evaluation.agreementsTitle')}
        </Heading>
        {record.agreements.length === 0 ? <Paragraph>{t('evaluation.noAgreements')}</Paragraph> : null}
        <ul className="samenspel-link-list">
          {record.agreements.map((a, i) => (
            <li key={a.taskId ?? `agreement-${i}`}>
              <strong>{t(`evaluation.decisionShown.${a.decision}`)}</strong> {a.title}
              {a.assigneeLabel ? ` (${a.assigneeLabel})` : ''}
              {a.note ? ` — ${a.note}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
