import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { RefusalList } from '../../../api/safety-types';
import { useApi } from '../../../api/useApi';
import { AppLink } from '../../../components/AppLink';
import { LoadingMessage } from '../../../components/LoadingMessage';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import '../../../styles/safety.css';
import { RefusalCard } from './RefusalCard';
import { RefusalForm } from './RefusalForm';

/**
 * /clienten/:id/weigeringen — "niet mijn zus": who the client does not want involved now, why, and
 * when to talk about it again. What the viewer may do comes from the API (canRecord, canReview, canEnd).
 */
export function RefusalsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const list = useApi<RefusalList>(`/api/clients/${encodeURIComponent(id)}/refusals`, { keepPrevious: true });
  const [message, setMessage] = useState<string | null>(null);
  const data = list.data;
  const changed = (m: string | null) => {
    setMessage(m);
    list.reload();
  };
  const active = data?.refusals.filter((r) => r.active) ?? [];
  const ended = data?.refusals.filter((r) => !r.active) ?? [];

  return (
    <>
      <PageTitle>{t('refusals.title')}</PageTitle>
      <Paragraph>{t('refusals.intro')}</Paragraph>
      <Paragraph>{t('refusals.rule')}</Paragraph>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {list.error ? <ProblemAlert error={list.error} /> : null}
      {data ? (
        <>
          <section aria-labelledby="refusals-active" className="samenspel-section">
            <Heading level={2} id="refusals-active">
              {t('refusals.activeTitle')}
            </Heading>
            {active.length === 0 ? <Paragraph>{t('refusals.noActive')}</Paragraph> : null}
            {active.map((r) => (
              <RefusalCard
                key={r.id}
                clientId={id}
                refusal={r}
                canReview={data.canReview}
                canEnd={data.canEnd}
                reviewOnMin={data.reviewOnMin}
                reviewOnMax={data.reviewOnMax}
                onChanged={changed}
              />
            ))}
          </section>
          {data.canRecord ? <RefusalForm clientId={id} reviewOnMin={data.reviewOnMin} reviewOnMax={data.reviewOnMax} onSaved={changed} /> : null}
          <section aria-labelledby="refusals-ended" className="samenspel-section">
            <Heading level={2} id="refusals-ended">
              {t('refusals.endedTitle')}
            </Heading>
            {ended.length === 0 ? <Paragraph>{t('refusals.noEnded')}</Paragraph> : null}
            {ended.map((r) => (
              <RefusalCard key={r.id} clientId={id} refusal={r} canReview={false} canEnd={false} reviewOnMin={data.reviewOnMin} reviewOnMax={data.reviewOnMax} onChanged={changed} />
            ))}
          </section>
        </>
      ) : !list.error ? (
        <LoadingMessage />
      ) : null}
      <Paragraph>
        <AppLink to={`/clienten/${encodeURIComponent(id)}`}>{t('refusals.backToClient')}</AppLink>
      </Paragraph>
    </>
  );
}
