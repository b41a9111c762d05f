import { Paragraph } from '@utrecht/component-library-react';
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
import { AccessLogEntries, MAX_LIMIT, PAGE_SIZE } from './AccessLogEntries';


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
          <AccessLogEntries
            entries={data.entries}
            subjectName={t('auditLog.theClient')}
            filtered={filtered}
            limit={limit}
            loading={log.loading}
            onMore={more}
            exceptionNote={(entry) => (entry.exception ? <InformedNote exception={entry.exception} /> : null)}
          />
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
