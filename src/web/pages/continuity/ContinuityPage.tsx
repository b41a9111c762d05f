import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatDate } from '../../lib/format';
import '../../styles/continuity.css';
import { ClosureForm } from './ClosureForm';
import { ContinuityNav } from './ContinuityNav';
import { EndInvolvementForm } from './EndInvolvementForm';
import { Icon } from './Pictogram';
import { RoleForm } from './RoleForm';
import { RoleList } from './RoleList';
import type { ContinuityPageData } from './types';

/**
 * /clienten/:id/plan/continuiteit — who takes over which role when, closing the plan with a summary
 * (and opening it again), and a professional handing over when they stop. The history stays.
 */
export function ContinuityPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const page = useApi<ContinuityPageData>(`/api/clients/${encodeURIComponent(id)}/continuity`, { keepPrevious: true });
  const [message, setMessage] = useState<string | null>(null);
  const changed = (m: string | null) => {
    setMessage(m);
    page.reload();
  };
  const data = page.data;
  return (
    <>
      <PageTitle>{t('continuity.page.title')}</PageTitle>
      <Paragraph>{t('continuity.page.intro')}</Paragraph>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {page.error ? <ProblemAlert error={page.error} /> : null}
      {data ? (
        <>
          <section aria-labelledby="plan-status" className="samenspel-section">
            <Heading level={2} id="plan-status" className="samenspel-continuity-part__title">
              <Icon name={data.plan.status === 'closed' ? 'closed' : 'handover'} />
              {t('continuity.page.statusTitle')}
            </Heading>
            <Paragraph data-testid="plan-status">
              {data.plan.status === 'closed' && data.plan.closedAt
                ? t('continuity.page.closedOn', { date: formatDate(data.plan.closedAt, locale) })
                : t(`continuity.page.status.${data.plan.status}`)}
            </Paragraph>
            {data.plan.status === 'closed' && data.plan.closingSummary ? (
              <blockquote className="samenspel-continuity-quote samenspel-preserve-lines">{data.plan.closingSummary}</blockquote>
            ) : null}
          </section>

          <section aria-labelledby="roles-title" className="samenspel-section">
            <Heading level={2} id="roles-title" className="samenspel-continuity-part__title">
              <Icon name="handover" />
              {t('continuity.roles.title')}
            </Heading>
            <Paragraph>{t('continuity.roles.intro')}</Paragraph>
            <RoleList clientId={id} roles={data.roles} canEdit={data.canEdit} onChanged={changed} />
            {data.canEdit ? <RoleForm clientId={id} members={data.members} onSaved={changed} /> : null}
          </section>

          {data.canClose ? <ClosureForm key={`${data.plan.status}-${data.plan.version}`} clientId={id} plan={data.plan} onChanged={changed} /> : null}
          {data.canEdit ? <EndInvolvementForm clientId={id} page={data} onChanged={changed} /> : null}

          <section aria-labelledby="history-title" className="samenspel-section">
            <Heading level={2} id="history-title">
              {t('continuity.page.historyTitle')}
            </Heading>
            {data.closures.length + data.handovers.length === 0 ? <Paragraph>{t('continuity.page.noHistory')}</Paragraph> : null}
            {data.closures.length ? (
              <>
                <Heading level={3}>{t('continuity.page.closuresTitle')}</Heading>
                <UnorderedList>
                  {data.closures.map((c) => (
                    <UnorderedListItem key={c.id}>
                      <strong>{t(`continuity.page.closure.${c.kind}`, { date: formatDate(c.at, locale), name: c.by })}</strong>
                      {c.tasksStopped ? ` ${t(`continuity.page.tasks.${c.kind}`, { count: c.tasksStopped })}` : null}
                      <br />
                      <span className="samenspel-preserve-lines">{c.summary}</span>
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              </>
            ) : null}
            {data.handovers.length ? (
              <>
                <Heading level={3}>{t('continuity.page.handoversTitle')}</Heading>
                <UnorderedList>
                  {data.handovers.map((h) => (
                    <UnorderedListItem key={h.id}>
                      <strong>{t('continuity.page.handover', { name: h.professional, date: formatDate(h.at, locale) })}</strong>{' '}
                      {h.successor ? t('continuity.page.handoverTo', { name: h.successor, count: h.tasksMoved }) : t('continuity.page.handoverOpen', { count: h.tasksMoved })}
                      <br />
                      <span className="samenspel-preserve-lines">{h.summary}</span>
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              </>
            ) : null}
          </section>
        </>
      ) : !page.error ? (
        <LoadingMessage />
      ) : null}
      <ContinuityNav clientId={id} current="continuity" />
    </>
  );
}
