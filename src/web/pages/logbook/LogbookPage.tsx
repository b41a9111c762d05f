import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RadioGroup } from '../../components/RadioGroup';
import { SuccessAlert } from '../../components/SuccessAlert';
import '../../styles/logbook.css';
import { EntryCard } from './EntryCard';
import { ReportForm } from './ReportForm';
import { UpdateForm } from './UpdateForm';
import type { EntryKind, ReportList, UpdateList } from './types';

type Filter = 'all' | EntryKind;
const FILTERS: readonly Filter[] = ['all', 'goed-nieuws', 'update', 'zorg', 'rapportage'];

/** A 403 on one half means "not shared with you", not a failure: that half is simply left out. */
const notShared = (e: ApiError | undefined) => e?.status === 403;

/**
 * /clienten/:id/logboek — short updates by the circle (good news first in sight) and the
 * professionals' reports, which the client always reads and can react to ("samen rapporteren").
 * Each half comes from its own API path, so each shows only as far as the client allowed.
 */
export function LogbookPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const clientPath = `/api/clients/${encodeURIComponent(id)}`;
  const updates = useApi<UpdateList>(`${clientPath}/logbook`, { keepPrevious: true });
  const reports = useApi<ReportList>(`${clientPath}/reports`, { keepPrevious: true });
  const [message, setMessage] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('all');

  const changed = (m: string | null) => {
    setMessage(m);
    updates.reload();
    reports.reload();
  };
  const loading = (!updates.data && !updates.error) || (!reports.data && !reports.error);
  const nothing = notShared(updates.error) && notShared(reports.error);
  const entries = [...(updates.data?.entries ?? []), ...(reports.data?.entries ?? [])]
    .filter((e) => filter === 'all' || e.kind === filter)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const filters = FILTERS.filter((f) => (f === 'rapportage' ? reports.data : f === 'all' || updates.data));

  return (
    <>
      <PageTitle>{t('logbook.title')}</PageTitle>
      <Paragraph>{t('logbook.intro')}</Paragraph>
      <aside className="logbook-together" aria-labelledby="logbook-together-title">
        <Heading level={2} id="logbook-together-title" appearance="utrecht-heading-4">
          {t('logbook.togetherTitle')}
        </Heading>
        <Paragraph>{t('logbook.together')}</Paragraph>
      </aside>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {updates.error && !notShared(updates.error) ? <ProblemAlert error={updates.error} /> : null}
      {reports.error && !notShared(reports.error) ? <ProblemAlert error={reports.error} /> : null}
      {nothing ? <Paragraph>{t('logbook.nothingShared')}</Paragraph> : null}
      {updates.data?.canWrite ? <UpdateForm clientId={id} onSaved={changed} /> : null}
      {reports.data?.canWrite ? <ReportForm clientId={id} onSaved={changed} /> : null}
      {loading ? (
        <LoadingMessage />
      ) : nothing ? null : (
        <section aria-labelledby="logbook-list-title" className="samenspel-section">
          <Heading level={2} id="logbook-list-title">
            {t('logbook.listTitle')}
          </Heading>
          {notShared(updates.error) ? <Paragraph>{t('logbook.updatesNotShared')}</Paragraph> : null}
          {notShared(reports.error) ? <Paragraph>{t('logbook.reportsNotShared')}</Paragraph> : null}
          <div className="logbook-filter">
            <RadioGroup
              id="logbook-filter"
              legend={t('logbook.filterLegend')}
              value={filter}
              onChange={(v) => setFilter(v as Filter)}
              options={filters.map((f) => ({ value: f, label: t(`logbook.filter.${f}`) }))}
            />
          </div>
          {entries.length === 0 ? (
            <Paragraph>{t('logbook.empty')}</Paragraph>
          ) : (
            <ol className="logbook-list">
              {entries.map((e) => (
                <EntryCard key={e.id} clientId={id} entry={e} canReact={reports.data?.canReact ?? false} onChanged={changed} />
              ))}
            </ol>
          )}
        </section>
      )}
      <Paragraph>
        <AppLink to={`/clienten/${encodeURIComponent(id)}`}>{t('logbook.backToClient')}</AppLink>
      </Paragraph>
    </>
  );
}
