import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { circleCardsPath, type WorklistView } from './types';

/** Worklist section on the professional's start page: check-in calls with naasten and "te veel" signals. */
export function NaastenCheckInsSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useApi<WorklistView>('/api/me/naasten-worklist');
  const clients = useApi<ClientSummary[]>('/api/clients');
  const clientName = (id: string) => {
    const c = clients.data?.find((x) => x.id === id);
    return c ? `${c.firstName} ${c.lastName}` : t('naasten.work.aClient');
  };
  return (
    <section aria-labelledby="naasten-work" className="samenspel-section">
      <Heading level={2} id="naasten-work">
        {t('naasten.work.title')}
      </Heading>
      {list.error ? (
        <ProblemAlert error={list.error} />
      ) : !list.data ? (
        <LoadingMessage />
      ) : list.data.items.length === 0 ? (
        <Paragraph>{t('naasten.work.empty')}</Paragraph>
      ) : (
        <UnorderedList className="samenspel-link-list">
          {list.data.items.map((item) => {
            const who = item.naasteName ?? t('naasten.work.aNaaste');
            const text =
              item.kind === 'te-veel'
                ? t('naasten.work.tooMuch', { who, client: clientName(item.clientId), date: formatDateTime(item.since, locale) })
                : t('naasten.work.call', { who, client: clientName(item.clientId), date: formatCalendarDate(item.since, locale) });
            return (
              <UnorderedListItem key={`${item.kind}:${item.id}`}>
                <AppLink to={circleCardsPath(item.clientId)}>{text}</AppLink>
                {item.note ? <span className="samenspel-muted"> “{item.note}”</span> : null}
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      )}
    </section>
  );
}
