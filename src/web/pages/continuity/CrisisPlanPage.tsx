import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import '../../styles/continuity.css';
import { ContinuityNav } from './ContinuityNav';
import { CrisisPlanForm } from './CrisisPlanForm';
import { CrisisPlanView } from './CrisisPlanView';
import { CrisisReviewForm } from './CrisisReviewForm';
import type { CrisisPlanPageData } from './types';

/**
 * /clienten/:id/plan/crisis — the crisis and signal plan: what you see when it goes less well, what
 * helps, who does what. Made in calm times and looked at again at least every six months.
 */
export function CrisisPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const page = useApi<CrisisPlanPageData>(`/api/clients/${encodeURIComponent(id)}/crisis-plan`, { keepPrevious: true });
  const [message, setMessage] = useState<string | null>(null);
  const changed = (m: string | null) => {
    setMessage(m);
    page.reload();
  };
  const data = page.data;
  return (
    <>
      <PageTitle>{t('continuity.crisis.title')}</PageTitle>
      <Paragraph>{t('continuity.crisis.intro')}</Paragraph>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {page.error ? <ProblemAlert error={page.error} /> : null}
      {data ? (
        <>
          {data.crisisPlan ? <CrisisPlanView plan={data.crisisPlan} /> : <Paragraph>{t('continuity.crisis.none')}</Paragraph>}
          {data.canEdit && data.crisisPlan ? <CrisisReviewForm clientId={id} plan={data.crisisPlan} min={data.reviewOnMin} max={data.reviewOnMax} onChanged={changed} /> : null}
          {data.canEdit ? <CrisisPlanForm key={data.crisisPlan?.version ?? 0} clientId={id} page={data} onSaved={changed} /> : null}
        </>
      ) : !page.error ? (
        <LoadingMessage />
      ) : null}
      <ContinuityNav clientId={id} current="crisis" />
    </>
  );
}
