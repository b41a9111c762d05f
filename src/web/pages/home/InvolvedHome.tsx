import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import type { ClientSummary, SessionUser } from '../../api/types';
import { AppLink } from '../../components/AppLink';
import { ClientTable } from '../../components/ClientTable';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { hasRole } from '../../session/roles';
import { circlePagePath } from '../circle/paths';
import { HiddenCircles } from './HiddenCircles';
import { MyCardsSection } from '../naasten/MyCardsSection';

interface Props {
  user: SessionUser;
  clients: ClientSummary[];
  loading: boolean;
  error: ApiError | undefined;
}

/** For representatives, naasten and volunteers: the people they are involved with. */
export function InvolvedHome({ user, clients, loading, error }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-involved" className="samenspel-section">
      <Heading level={2} id="home-involved">
        {t('home.involvedTitle')}
      </Heading>
      <Paragraph>{t('home.involvedIntro')}</Paragraph>
      {error ? (
        <ProblemAlert error={error} />
      ) : loading ? (
        <LoadingMessage />
      ) : (
        <ClientTable clients={clients} labelledBy="home-involved" empty={t('home.noInvolved')} />
      )}
      {!loading && !error && clients.length > 0 ? (
        <>
          <Heading level={3} id="home-involved-circles">
            {t('circle.home.circlesTitle')}
          </Heading>
          <ul className="samenspel-link-list" aria-labelledby="home-involved-circles">
            {clients.map((c) => (
              <li key={c.id}>
                <AppLink to={circlePagePath(c.id)}>{t('circle.home.circleOf', { name: c.firstName })}</AppLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <HiddenCircles />
      {hasRole(user, 'naaste', 'vertegenwoordiger') ? <MyCardsSection /> : null}
      {hasRole(user, 'vertegenwoordiger') ? (
        <Paragraph>
          <AppLink to="/wie-bekeek-mijn-gegevens">{t('home.accessLogRepresented')}</AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
