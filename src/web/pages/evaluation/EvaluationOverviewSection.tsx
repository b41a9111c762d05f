import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TrendChart } from './TrendChart';
import { YieldChart } from './YieldChart';
import { evaluationsPath, type EvaluationOverview } from './types';

/** What the evaluations brought: the six yields counted, and each goal's scores over time. */
export function EvaluationOverviewSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const overview = useApi<EvaluationOverview>(`${evaluationsPath(clientId)}/overview`);
  const o = overview.data;
  return (
    <section aria-labelledby="evaluation-overview-title" className="samenspel-section">
      <Heading level={2} id="evaluation-overview-title">
        {t('evaluation.overviewTitle')}
      </Heading>
      {overview.error ? <ProblemAlert error={overview.error} /> : null}
      {!o ? (
        overview.error ? null : <LoadingMessage />
      ) : (
        <>
          <Heading level={3}>{t('evaluation.yieldsTitle')}</Heading>
          <Paragraph>{t('evaluation.yieldsIntro', { count: o.held })}</Paragraph>
          <YieldChart counts={o.yields} held={o.held} />
          <Heading level={3}>{t('evaluation.trendsTitle')}</Heading>
          {o.goals.length === 0 ? <Paragraph>{t('evaluation.noGoals')}</Paragraph> : null}
          <ul className="evaluation-goal-trends">
            {o.goals.map((g) => (
              <li key={g.goalId}>
                <p className="evaluation-goal-trends__goal">
                  <span className="evaluation-domain">{t(`evaluation.domain.${g.domain}`, { defaultValue: g.domain })}</span> {g.ownWords}
                </p>
                <TrendChart points={g.points} target={g.scoreTarget} label={g.ownWords} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
