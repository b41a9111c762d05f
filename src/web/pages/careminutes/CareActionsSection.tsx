import '../../styles/careminutes.css';
import { Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ConflictAlert } from '../../components/ConflictAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDate, formatDateTime } from '../../lib/format';
import { minutesPath, surveyPath, type MinutesNoticeView, type MySurveyView, type MyActionView, type OverdueMinutesView } from './types';

/** Worklist section on the professional's start page: my open action points from care network meetings. */
export function CareActionsSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const actions = useApi<MyActionView[]>('/api/care-actions/mine');
  const notices = useApi<MinutesNoticeView[]>('/api/care-minutes/notices');
  const surveys = useApi<MySurveyView[]>('/api/care-survey/mine');
  const overdue = useApi<OverdueMinutesView[]>('/api/care-minutes/overdue');
  const toWrite = useApi<OverdueMinutesView[]>('/api/care-minutes/to-write');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const close = async (a: MyActionView) => {
    if (busyId) return;
    setBusyId(a.id);
    setError(null);
    setConflict(false);
    try {
      await api.post(`/api/care-actions/${encodeURIComponent(a.id)}/close`, { version: a.version });
      setMessage(t('careMinutes.worklist.closed', { action: a.body }));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setConflict(true);
      else if (e instanceof ApiError) setError(e);
    } finally {
      setBusyId(null);
      actions.reload();
    }
  };
  const unread = (notices.data ?? []).filter((n) => !n.read);
  return (
    <section aria-labelledby="care-actions-title" className="samenspel-section">
      <Heading level={2} id="care-actions-title">
        {t('careMinutes.worklist.title')}
      </Heading>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {conflict ? <ConflictAlert /> : null}
      {error ? <ProblemAlert error={error} /> : null}
      {actions.error ? (
        <ProblemAlert error={actions.error} />
      ) : !actions.data ? (
        <LoadingMessage />
      ) : actions.data.length === 0 ? (
        <Paragraph>{t('careMinutes.worklist.none')}</Paragraph>
      ) : (
        <UnorderedList className="cm-worklist">
          {actions.data.map((a) => (
            <UnorderedListItem key={a.id}>
              <strong>{a.body}</strong>{' '}
              {a.overdue ? <span className="cm-badge cm-badge--late">{t('careMinutes.actions.overdue')}</span> : null}
              <br />
              <span className="cm-muted">
                {t('careMinutes.worklist.due', { date: formatCalendarDate(a.dueOn, locale) })} ·{' '}
                <AppLink to={minutesPath(a.meetingId)}>{t('careMinutes.worklist.from', { network: a.networkName, date: formatDate(a.meetingStartsAt, locale) })}</AppLink>
              </span>{' '}
              <Button type="button" appearance="secondary-action-button" busy={busyId === a.id} onClick={() => void close(a)} aria-label={t('careMinutes.worklist.closeLabel', { action: a.body })}>
                {t('careMinutes.worklist.close')}
              </Button>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {unread.length > 0 ? (
        <>
          <Heading level={3}>{t('careMinutes.worklist.newMinutes')}</Heading>
          <UnorderedList className="samenspel-link-list">
            {unread.map((n) => (
              <UnorderedListItem key={n.id}>
                <AppLink to={minutesPath(n.meetingId)} onClick={() => void api.post('/api/care-minutes/notices/read', { ids: [n.id] })}>
                  {t(n.kind === 'published' ? 'careMinutes.worklist.noticePublished' : 'careMinutes.worklist.noticeAction', { network: n.networkName, date: formatDateTime(n.meetingStartsAt, locale) })}
                </AppLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {(toWrite.data ?? []).length > 0 ? (
        <>
          <Heading level={3}>{t('careMinutes.worklist.toWrite')}</Heading>
          <UnorderedList className="samenspel-link-list">
            {(toWrite.data ?? []).map((m) => (
              <UnorderedListItem key={m.meetingId}>
                <AppLink to={minutesPath(m.meetingId)}>{t('careMinutes.worklist.toWriteLink', { network: m.networkName, date: formatDateTime(m.startsAt, locale) })}</AppLink>{' '}
                <span className="cm-muted">{t('careMinutes.worklist.due', { date: formatCalendarDate(m.dueOn, locale) })}</span>
                {m.daysLate > 0 ? <span className="cm-badge cm-badge--late">{t('careMinutes.actions.overdue')}</span> : null}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {(surveys.data ?? []).length > 0 ? (
        <>
          <Heading level={3}>{t('careMinutes.worklist.surveys')}</Heading>
          <UnorderedList className="samenspel-link-list">
            {(surveys.data ?? []).map((s) => (
              <UnorderedListItem key={s.roundId}>
                <AppLink to={surveyPath(s.networkId)}>{t('careMinutes.worklist.surveyLink', { network: s.networkName, date: formatCalendarDate(s.closesOn, locale) })}</AppLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {(overdue.data ?? []).length > 0 ? (
        <Paragraph>
          <AppLink to="/zorgnetwerken/verslagen-te-laat">{t('careMinutes.worklist.overdueLink', { count: overdue.data?.length ?? 0 })}</AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
