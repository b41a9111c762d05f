import { Button, ButtonGroup, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { withQuery } from '../../api/client';
import type { ClientAuditLog, ClientAuditLogEntry } from '../../api/safety-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import '../../styles/safety.css';
import { AccessLogFilters, type Filters } from './AccessLogFilters';
import { accessLogSentence } from './accessLogSentence';
import { ExceptionMarker } from './ExceptionMarker';

const PAGE_SIZE = 50;
const MAX_LIMIT = 500;

/** Whether the client was told about a line made under a safety exception. */
function InformedNote({ exception }: { exception: NonNullable<ClientAuditLogEntry['exception']> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = exception.informedAt
    ? t('auditLog.informedOn', { date: formatDateTime(exception.informedAt, locale) })
    : exception.informClient
      ? t('auditLog.notYetInformed')
      : t('auditLog.neverInformed');
  return <span className="samenspel-muted"> {text}</span>;
}

/**
 * /clienten/:id/toegangslog — for the professionals of the circle: every line of the client's access
 * log, including access under a safety exception, whether or not the client has been told yet.
 */
export function ClientAccessLogPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const limit = Math.min(MAX_LIMIT, Math.max(PAGE_SIZE, Number(params.get('limit')) || PAGE_SIZE));
  const filters: Filters = { clientId: '', actor: params.get('actor') ?? '', category: params.get('category') ?? '' };
  const log = useApi<ClientAuditLog>(withQuery(`/api/clients/${encodeURIComponent(id)}/access-log`, { actor: filters.actor, category: filters.category, limit }), {
    keepPrevious: true,
  });
  const data = log.data;
  const filtered = !!(filters.actor || filters.category);
  const apply = (f: Filters) => setParams(withQuery('', { actor: f.actor, category: f.category }).replace(/^\?/, ''));
  const more = () => setParams(withQuery('', { actor: filters.actor, category: filters.category, limit: limit + PAGE_SIZE }).replace(/^\?/, ''));

  return (
    <>
      <PageTitle>{t('auditLog.title')}</PageTitle>
      <Paragraph>{t('auditLog.intro')}</Paragraph>
      {log.error ? <ProblemAlert error={log.error} /> : null}
      {data ? (
        <>
          <AccessLogFilters log={{ clients: [], actors: data.actors }} initial={filters} onApply={apply} />
          <div role="status">
            <Paragraph>
              {data.entries.length === 0 ? t(filtered ? 'accessLog.emptyFiltered' : 'accessLog.empty') : t('accessLog.count', { count: data.entries.length })}
            </Paragraph>
          </div>
          {data.entries.length > 0 ? (
            <UnorderedList className="samenspel-access-log">
              {data.entries.map((entry, i) => (
                <UnorderedListItem key={`${entry.occurredAt}-${entry.actorUserId ?? ''}-${i}`} className={entry.exception ? 'samenspel-access-flagged' : undefined}>
                  {entry.exception ? <ExceptionMarker ground={entry.exception.ground} /> : null}
                  {accessLogSentence(entry, t, locale, t('auditLog.theClient'))}{' '}
                  <span className="samenspel-muted">{t('accessLog.purpose', { purpose: entry.purpose })}</span>
                  {entry.exception ? <InformedNote exception={entry.exception} /> : null}
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
      <Paragraph>
        <AppLink to={`/clienten/${encodeURIComponent(id)}`}>{t('refusals.backToClient')}</AppLink>
      </Paragraph>
    </>
  );
}
