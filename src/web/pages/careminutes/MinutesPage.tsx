import '../../styles/careminutes.css';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { ActionList } from './ActionList';
import { AddActionForm } from './AddActionForm';
import { DeadlinePicture } from './DeadlinePicture';
import { ItemEditor } from './ItemEditor';
import { MINUTES_DUE_DAYS, minutesApi, type ItemMinutesView, type MinutesView } from './types';

const dayNumber = (ymd: string) => Math.floor(Date.parse(`${ymd}T12:00:00Z`) / 86_400_000);
/** Today's calendar day in Dutch time, as yyyy-mm-dd. */
const nlToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** /zorgnetwerken/overleggen/:meetingId/verslag — the secretary writes and sends the minutes; members read them. */
export function MinutesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { meetingId = '' } = useParams();
  const res = useApi<MinutesView>(minutesApi(meetingId));
  const [message, setMessage] = useState<string | null>(null);
  const [publishError, setPublishError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const v = res.data;
  const replaceItem = (_item: ItemMinutesView) => res.reload();
  const publish = async () => {
    if (!v || busy) return;
    setBusy(true);
    setPublishError(null);
    try {
      await api.post(`${minutesApi(meetingId)}/publish`, { version: v.version });
      setMessage(t('careMinutes.minutes.sent'));
      res.reload();
    } catch (e) {
      if (e instanceof ApiError) setPublishError(e);
      res.reload();
    } finally {
      setBusy(false);
    }
  };
  // Days since the meeting, counted in Dutch calendar days from the due day the server gives.
  const daysSince = v ? dayNumber(nlToday()) - dayNumber(v.dueOn) + MINUTES_DUE_DAYS : 0;
  return (
    <>
      <PageTitle>{v ? t('careMinutes.minutes.title', { network: v.networkName }) : t('careMinutes.minutes.titlePlain')}</PageTitle>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !v ? (
        <LoadingMessage />
      ) : (
        <>
          <Paragraph>{t('careMinutes.minutes.meetingOn', { date: formatDateTime(v.startsAt, locale) })}</Paragraph>
          <section aria-labelledby="minutes-status-title" className="samenspel-section">
            <Heading level={2} id="minutes-status-title">
              {t('careMinutes.minutes.statusTitle')}
            </Heading>
            <Paragraph>
              {v.status === 'published'
                ? t('careMinutes.minutes.statusSent', { date: formatDateTime(v.publishedAt ?? v.startsAt, locale), name: v.publishedByName ?? '' })
                : v.overdue
                  ? t('careMinutes.minutes.statusLate', { date: formatCalendarDate(v.dueOn, locale) })
                  : t('careMinutes.minutes.statusDraft', { date: formatCalendarDate(v.dueOn, locale) })}
            </Paragraph>
            <DeadlinePicture daysSince={daysSince} published={v.status === 'published'} />
          </section>
          {!v.visible ? (
            <Paragraph>{t('careMinutes.minutes.notYet')}</Paragraph>
          ) : (
            v.items.map((item, i) => (
              <section key={item.itemId} aria-labelledby={`item-${item.itemId}-title`} className="samenspel-section cm-item">
                <Heading level={2} id={`item-${item.itemId}-title`}>
                  {i + 1}. {item.title} <span className="cm-badge">{t(`careMinutes.itemKind.${item.kind}`)}</span>
                </Heading>
                {!item.readable ? (
                  <Paragraph>{t('careMinutes.minutes.noAccess')}</Paragraph>
                ) : v.canWrite ? (
                  <ItemEditor meetingId={v.meetingId} item={item} onSaved={() => undefined} />
                ) : (
                  <>
                    <Heading level={3}>{t('careMinutes.minutes.body')}</Heading>
                    <Paragraph className="samenspel-preserve-lines">{item.body || t('careMinutes.minutes.empty')}</Paragraph>
                    {item.decisions ? (
                      <>
                        <Heading level={3}>{t('careMinutes.minutes.decisions')}</Heading>
                        <Paragraph className="samenspel-preserve-lines">{item.decisions}</Paragraph>
                      </>
                    ) : null}
                  </>
                )}
                {item.readable ? (
                  <>
                    <Heading level={3}>{t('careMinutes.actions.title')}</Heading>
                    <ActionList actions={item.actions} />
                    {v.canWrite ? <AddActionForm meetingId={v.meetingId} itemId={item.itemId} people={v.people} onAdded={replaceItem} /> : null}
                  </>
                ) : null}
              </section>
            ))
          )}
          {v.visible && v.items.length === 0 ? <Paragraph>{t('careMinutes.minutes.noItems')}</Paragraph> : null}
          {v.canWrite && v.status === 'draft' ? (
            <section aria-labelledby="minutes-send-title" className="samenspel-section">
              <Heading level={2} id="minutes-send-title">
                {t('careMinutes.minutes.sendTitle')}
              </Heading>
              <Paragraph>{t('careMinutes.minutes.sendIntro')}</Paragraph>
              {publishError ? <ProblemAlert error={publishError} /> : null}
              <ButtonGroup>
                <Button type="button" appearance="primary-action-button" busy={busy} onClick={() => void publish()}>
                  {t('careMinutes.minutes.send')}
                </Button>
              </ButtonGroup>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
