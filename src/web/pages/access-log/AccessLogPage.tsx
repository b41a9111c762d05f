import { Button, ButtonGroup, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { withQuery } from '../../api/client';
import type { AccessLog } from '../../api/types';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { AccessLogFilters, type Filters } from './AccessLogFilters';
import { accessLogSentence } from './accessLogSentence';
import { ExceptionMarker } from './ExceptionMarker';

const PAGE_SIZE = 50;
/** The API returns at most this many lines at once. */
const MAX_LIMIT = 500;

/**
 * "Wie bekeek mijn gegevens?": the access log in plain sentences, for the client or their representative.
 * Lines made without consent under a safety exception (shown once the client was told) carry a marker.
 */
export function AccessLogPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const limit = Math.min(MAX_LIMIT, Math.max(PAGE_SIZE, Number(params.get('limit')) || PAGE_SIZE));
  const filters: Filters = {
    clientId: params.get('clientId') ?? '',
    actor: params.get('actor') ?? '',
    category: params.get('category') ?? '',
  };
  const log = useApi<AccessLog>(withQuery('/api/me/access-log', { ...filters, limit }), { keepPrevious: true });

  const data = log.data;
  const selectedClient = data?.clients.find((c) => c.id === filters.clientId) ?? data?.clients[0];
  // A representative reads about someone else: "de gegevens van Anna" instead of "je gegevens".
  const readsOwnLog = selectedClient?.own ?? false;
  const subjectName = readsOwnLog ? null : (selectedClient?.name ?? null);
  const filtered = !!(filters.actor || filters.category);

  const apply = (f: Filters) => setParams(withQuery('', { ...f }).replace(/^\?/, ''));
  const more = () => setParams(withQuery('', { ...filters, limit: limit + PAGE_SIZE }).replace(/^\?/, ''));

  return (
    <>
      <PageTitle>{t('accessLog.title')}</PageTitle>
      <Paragraph>{t('accessLog.intro')}</Paragraph>
      {log.error ? <ProblemAlert error={log.error} /> : null}
      {data ? (
        <>
          <AccessLogFilters log={data} initial={{ ...filters, clientId: selectedClient?.id ?? '' }} onApply={apply} />
          {subjectName ? <Paragraph>{t('accessLog.showingFor', { name: subjectName })}</Paragraph> : null}
          <div role="status">
            <Paragraph>
              {data.entries.length === 0
                ? t(filtered ? 'accessLog.emptyFiltered' : 'accessLog.empty')
                : t('accessLog.count', { count: data.entries.length })}
            </Paragraph>
          </div>
          {data.entries.length > 0 ? (
            <UnorderedList className="samenspel-access-log">
              {data.entries.map((entry, i) => (
                <UnorderedListItem
                  key={`${entry.occurredAt}-${entry.actorUserId ?? ''}-${entry.category}-${entry.action}-${i}`}
                  className={entry.exception ? 'samenspel-access-flagged' : undefined}
                >
                  {entry.exception ? <ExceptionMarker ground={entry.exception.ground} /> : null}
                  {accessLogSentence(entry, t, locale, subjectName)}
                  {entry.purpose ? (
                    <>
                      {' '}
                      <span className="samenspel-muted">{t('accessLog.purpose', { purpose: entry.purpose })}</span>
                    </>
                  ) : null}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          ) : null}
          {data.entries.length >= limit && limit < MAX_LIMIT ? (
            <ButtonGroup>
              <Button appearance="secondary-action-button" onClick={more} busy={log.loading}>
                {t('accessLog.more')}
              </Button>
            </ButtonGroup>
          ) : null}
        </>
      ) : !log.error ? (
        <LoadingMessage />
      ) : null}
    </>
  );
}
