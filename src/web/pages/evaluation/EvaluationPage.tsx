import { DataList, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DataRow } from '../../components/DataRow';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import '../../styles/evaluation.css';
import { EvaluationRecord } from './EvaluationRecord';
import { HoldForm } from './HoldForm';
import { PlannedActions } from './PlannedActions';
import { evaluationsPage, evaluationsPath, type EvaluationDetail } from './types';

/**
 * /clienten/:id/plan/evaluaties/:evaluationId — one evaluation moment. Planned: hold it (score the
 * goals, decide on the agreements, name what it brought), move or cancel it. Held: the record.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '', evaluationId = '' } = useParams();
  const location = useLocation();
  const loaded = useApi<EvaluationDetail>(`${evaluationsPath(id)}/${encodeURIComponent(evaluationId)}`);
  const [current, setCurrent] = useState<EvaluationDetail | null>(null);
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  // After holding, moving or a 409 the page shows the answer it got; until then what it loaded.
  const e = current ?? loaded.data;

  const title = !e
    ? t('evaluation.title')
    : e.status === 'held' && e.heldOn
      ? t('evaluation.titleHeld', { date: formatCalendarDate(e.heldOn, locale) })
      : t('evaluation.titlePlanned', { date: formatCalendarDate(e.plannedOn, locale) });

  return (
    <>
      <PageTitle>{title}</PageTitle>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {loaded.error ? <ProblemAlert error={loaded.error} /> : null}
      {!e ? (
        loaded.error ? null : <LoadingMessage />
      ) : e.status === 'held' ? (
        <EvaluationRecord clientId={id} evaluation={e} />
      ) : (
        <>
          <DataList className="samenspel-datalist">
            <DataRow label={t('evaluation.status')}>{t(`evaluation.statusValue.${e.status}`)}</DataRow>
            <DataRow label={t('evaluation.plannedOn')}>{formatCalendarDate(e.plannedOn, locale)}</DataRow>
            <DataRow label={t('evaluation.invitees')}>{e.invitees.map((i) => i.label).join(', ')}</DataRow>
            <DataRow label={t('evaluation.agendaNote')} multiline>
              {e.agendaNote ? <span className="samenspel-preserve-lines">{e.agendaNote}</span> : null}
            </DataRow>
            <DataRow label={t('evaluation.scheduledBy')}>{e.scheduledBy}</DataRow>
          </DataList>
          {e.status === 'planned' && e.canEdit ? (
            <>
              <Paragraph>{t('evaluation.holdIntro')}</Paragraph>
              <HoldForm
                clientId={id}
                evaluation={e}
                onHeld={(held) => {
                  setCurrent(held);
                  setMessage(t('evaluation.held'));
                }}
                onConflict={(c) => {
                  setMessage(null);
                  setCurrent(c);
                }}
              />
              <PlannedActions
                clientId={id}
                evaluation={e}
                onChanged={(c, m) => {
                  setCurrent(c);
                  setMessage(m);
                }}
              />
            </>
          ) : e.status === 'planned' ? (
            <Paragraph>{t('evaluation.readOnly')}</Paragraph>
          ) : null}
        </>
      )}
      <Paragraph>
        <AppLink to={evaluationsPage(id)}>{t('evaluation.backToList')}</AppLink>
      </Paragraph>
    </>
  );
}
