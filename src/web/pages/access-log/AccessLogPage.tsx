import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { withQuery } from '../../api/client';
import type { AccessLog } from '../../api/types';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { AccessLogFilters, type Filters } from './AccessLogFilters';
import { AccessLogEntries, MAX_LIMIT, PAGE_SIZE } from './AccessLogEntries';


/**
 * "Wie bekeek mijn gegevens?": the access log in plain sentences, for the client or their representative.
 * Lines made without consent under a safety exception (shown once the client was told) carry a marker.
 */
export function AccessLogPage() {
  const { t } = useTranslation();
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
          <AccessLogEntries entries={data.entries} subjectName={subjectName} filtered={filtered} limit={limit} loading={log.loading} onMore={more} />
        </>
      ) : !log.error ? (
        <LoadingMessage />
      ) : null}
    </>
  );
}
