import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import '../../styles/evaluation.css';
import { EvaluationOverviewSection } from './EvaluationOverviewSection';
import { ScheduleForm } from './ScheduleForm';
import { evaluationsPage, evaluationsPath, type EvaluationList, type EvaluationSummary } from './types';

/**
 * /clienten/:id/plan/evaluaties — the evaluation moments of the plan: what is coming, what was
 * held, planning a new one, and what they brought (yields and scores over time).
 */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const list = useApi<EvaluationList>(evaluationsPath(id), { keepPrevious: true });
  const data = list.data;
  const planned = (data?.evaluations.filter((e) => e.status === 'planned') ?? []).sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
  const held = data?.evaluations.filter((e) => e.status === 'held') ?? [];
  const cancelled = data?.evaluations.filter((e) => e.status === 'cancelled') ?? [];

  const item = (e: EvaluationSummary) => (
    <li key={e.id} className="evaluation-item">
      <AppLink to={`${evaluationsPage(id)}/${encodeURIComponent(e.id)}`}>
        {t(`evaluation.itemTitle.${e.status}`, { date: formatCalendarDate(e.status === 'held' && e.heldOn ? e.heldOn : e.plannedOn, locale) })}
      </AppLink>
      {e.invitees.length ? <span className="evaluation-item__people"> · {t('evaluation.with', { people: e.invitees.map((i) => i.label).join(', ') })}</span> : null}
      {e.yields.length ? <span className="evaluation-item__people"> · {e.yields.map((y) => t(`evaluation.yield.${y}`)).join(', ')}</span> : null}
    </li>
  );

  return (
    <>
      <PageTitle>{t('evaluation.listTitle')}</PageTitle>
      <Paragraph>{t('evaluation.listIntro')}</Paragraph>
      {list.error ? <ProblemAlert error={list.error} /> : null}
      {!data ? (
        list.error ? null : <LoadingMessage />
      ) : (
        <>
          <section aria-labelledby="evaluation-planned-title" className="samenspel-section">
            <Heading level={2} id="evaluation-planned-title">
              {t('evaluation.plannedTitle')}
            </Heading>
            {planned.length === 0 ? <Paragraph>{t('evaluation.nonePlanned')}</Paragraph> : <ul className="samenspel-link-list">{planned.map(item)}</ul>}
          </section>
          {data.canEdit ? (
            <ScheduleForm
              clientId={id}
              people={data.people}
              plannedOnMin={data.plannedOnMin}
              plannedOnMax={data.plannedOnMax}
              onSaved={(saved) => void navigate(`${evaluationsPage(id)}/${encodeURIComponent(saved.id)}`, { state: { message: t('evaluation.scheduled') } })}
            />
          ) : null}
          <section aria-labelledby="evaluation-held-title" className="samenspel-section">
            <Heading level={2} id="evaluation-held-title">
              {t('evaluation.heldTitle')}
            </Heading>
            {held.length === 0 ? <Paragraph>{t('evaluation.noneHeld')}</Paragraph> : <ul className="samenspel-link-list">{held.map(item)}</ul>}
            {cancelled.length ? (
              <>
                <Heading level={3}>{t('evaluation.cancelledTitle')}</Heading>
                <ul className="samenspel-link-list">{cancelled.map(item)}</ul>
              </>
            ) : null}
          </section>
          <EvaluationOverviewSection clientId={id} />
        </>
      )}
      <Paragraph>
        <AppLink to={`/clienten/${encodeURIComponent(id)}/plan`}>{t('evaluation.backToPlan')}</AppLink>
      </Paragraph>
    </>
  );
}
