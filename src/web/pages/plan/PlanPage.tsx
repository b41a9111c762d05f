import '../../styles/plan.css';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CircleView } from '../../api/circle-types';
import type { PlanView } from '../../api/plan-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useUser } from '../../session/useSession';
import { circleApi, clientPagePath, myAccessPagePath } from '../circle/paths';
import { AgreementsSection } from './AgreementsSection';
import { FamilySection } from './FamilySection';
import { GoalsSection } from './GoalsSection';
import { planApi } from './paths';
import { PlanLinks } from './PlanLinks';
import { firstName } from './planText';
import { RegisseurSection } from './RegisseurSection';

/**
 * /clienten/:id/plan — "één plan": who keeps the overview, the goals per life domain in the client's
 * own words, and the agreements (who does what, how often, how long, who pays).
 */
export function PlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  const plan = useApi<PlanView>(planApi(id));
  // The circle names who could take over as regisseur; members who may not see it simply get no hand-over form.
  const circle = useApi<CircleView>(plan.data ? circleApi(id) : null);
  const [message, setMessage] = useState<string | null>(null);
  const p = plan.data;
  const own = circle.data?.me.relation === 'self';
  const clientFirstName = circle.data?.client.firstName ?? (p ? firstName(p.clientName) : '');
  const denied = plan.error?.status === 403;
  const missing = plan.error !== undefined && [400, 404].includes(plan.error.status);

  const changed = (text: string) => {
    setMessage(text);
    plan.reload();
    circle.reload();
  };
  const stale = () => {
    plan.reload();
    circle.reload();
  };

  const title = p ? (own ? t('plan.titleOwn') : t('plan.title', { name: p.clientName })) : denied ? t('plan.deniedTitle') : missing ? t('plan.notFound') : t('plan.loadingTitle');

  return (
    <>
      <PageTitle>{title}</PageTitle>
      {message && p ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {denied ? (
        <>
          <Paragraph>{t('plan.denied')}</Paragraph>
          <ul className="samenspel-link-list">
            <li>
              <AppLink to={myAccessPagePath(id)}>{t('plan.deniedWhatCanISee')}</AppLink>
            </li>
          </ul>
        </>
      ) : plan.error ? (
        <ProblemAlert error={plan.error} />
      ) : !p ? (
        <LoadingMessage />
      ) : (
        <>
          <Paragraph lead>{own ? t('plan.introOwn') : t('plan.intro', { name: clientFirstName })}</Paragraph>
          {p.status === 'closed' ? (
            <Alert type="info">
              <Heading level={2} appearance="utrecht-heading-4">
                {t('plan.closed')}
              </Heading>
              {p.closingSummary ? <Paragraph className="samenspel-preserve-lines">{p.closingSummary}</Paragraph> : null}
            </Alert>
          ) : null}
          {p.status === 'none' ? (
            <section aria-labelledby="plan-none" className="samenspel-section plan-empty">
              <Heading level={2} id="plan-none">
                {t('plan.none.title')}
              </Heading>
              <Paragraph>{own ? t('plan.none.bodyOwn') : t('plan.none.body', { name: clientFirstName })}</Paragraph>
              <Paragraph>{p.canEdit ? t('plan.none.start') : t('plan.none.wait')}</Paragraph>
            </section>
          ) : null}
          <RegisseurSection plan={p} circle={circle.data} userId={user?.id ?? null} onSaved={changed} onStale={stale} />
          <GoalsSection plan={p} clientFirstName={clientFirstName} onSaved={changed} />
          {p.status !== 'none' || p.canEdit ? <AgreementsSection plan={p} clientFirstName={clientFirstName} viewerIsClient={own} onChanged={changed} /> : null}
          {p.family ? <FamilySection family={p.family} /> : null}
          <PlanLinks clientId={p.clientId} />
        </>
      )}
      <Paragraph>
        <AppLink to={clientPagePath(id)}>{p ? (own ? t('plan.backOwn') : t('plan.back', { name: clientFirstName })) : t('plan.backUnknown')}</AppLink>
      </Paragraph>
    </>
  );
}
