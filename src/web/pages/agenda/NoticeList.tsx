import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { KindIcon } from './KindIcon';
import { dayName } from './agendaText';
import { agendaPagePath, type Notice } from './types';

/** What changed in the agenda for me: new, changed, cancelled, reminders. Unread ones first catch the eye. */
export function NoticeList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notices = useApi<Notice[]>('/api/me/agenda/notices');
  const [busy, setBusy] = useState(false);
  const unread = notices.data?.filter((n) => !n.read) ?? [];

  const markRead = async () => {
    setBusy(true);
    try {
      await api.post('/api/me/agenda/notices/read', {});
      notices.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="agenda-notices" className="samenspel-section">
      <Heading level={2} id="agenda-notices">
        {unread.length > 0 ? t('agendaNotices.titleUnread', { count: unread.length }) : t('agendaNotices.title')}
      </Heading>
      {notices.error ? <ProblemAlert error={notices.error} /> : null}
      {!notices.data ? (
        notices.error ? null : <LoadingMessage />
      ) : notices.data.length === 0 ? (
        <Paragraph>{t('agendaNotices.none')}</Paragraph>
      ) : (
        <>
          <ul className="agenda-notices">
            {notices.data.map((n) => (
              <li key={n.id} className={`agenda-notice agenda-notice--${n.kind}${n.read ? '' : ' agenda-notice--unread'}`}>
                <KindIcon kind={n.itemKind} />
                <div>
                  <Paragraph className="agenda-notice__what">
                    {n.read ? null : <strong className="agenda-notice__new">{t('agendaNotices.unread')} </strong>}
                    {t(`agendaNotices.kind.${n.kind}`, { title: n.title })}
                  </Paragraph>
                  <Paragraph className="agenda-entry__meta">
                    {t('agendaNotices.when', { day: dayName(n.date, locale), time: n.startTime })}
                    {n.clientName ? ` · ${t('agendaPage.forClient', { name: n.clientName })}` : ''}
                  </Paragraph>
                  <Paragraph className="agenda-entry__meta">
                    <AppLink to={agendaPagePath(n.clientId)}>{t('agendaNotices.open')}</AppLink>
                  </Paragraph>
                </div>
              </li>
            ))}
          </ul>
          {unread.length > 0 ? (
            <ButtonGroup>
              <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => void markRead()}>
                {t('agendaNotices.markRead')}
              </Button>
            </ButtonGroup>
          ) : null}
        </>
      )}
    </section>
  );
}
