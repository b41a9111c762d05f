import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import type { ClientSummary } from '../../api/types';
import { AppLink } from '../../components/AppLink';
import { ClientTable } from '../../components/ClientTable';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ReviewsDueSection } from '../consent/refusals/ReviewsDueSection';
import { HiddenCircles } from './HiddenCircles';
import { NetworkSignalsSection } from '../netintake/NetworkSignalsSection';
import { NaastenCheckInsSection } from '../naasten/NaastenCheckInsSection';
import { CareActionsSection } from '../careminutes/CareActionsSection';
import { CareFeedbackSection } from '../carecases/CareFeedbackSection';

interface Props {
  clients: ClientSummary[];
  loading: boolean;
  error: ApiError | undefined;
}

/** "Mijn cliënten" for professionals, team leads and network chairs. */
export function ProfessionalHome({ clients, loading, error }: Props) {
  const { t } = useTranslation();
  const names = Object.fromEntries(clients.map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
  return (
    <>
      <section aria-labelledby="home-my-clients" className="samenspel-section">
        <Heading level={2} id="home-my-clients">
          {t('home.myClients')}
        </Heading>
        {error ? (
          <ProblemAlert error={error} />
        ) : loading ? (
          <LoadingMessage />
        ) : (
          <ClientTable clients={clients} labelledBy="home-my-clients" empty={t('home.noClients')} />
        )}
        <Paragraph>
          <AppLink to="/clienten/nieuw">{t('circle.home.newClient')}</AppLink>
        </Paragraph>
      </section>
      <HiddenCircles />
      <ReviewsDueSection clientNames={names} />
      <NetworkSignalsSection />
      <NaastenCheckInsSection />
      <CareActionsSection />
      <CareFeedbackSection />
    </>
  );
}
