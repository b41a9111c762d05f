import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import type { ClientDetail, ClientSummary } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ClientDetails } from '../../components/ClientDetails';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { circlePagePath } from '../circle/paths';

interface Props {
  clients: ClientSummary[];
  loading: boolean;
  error: ApiError | undefined;
}

/** For the client: a short welcome, the access log link and their own details. */
export function ClientHome({ clients, loading, error }: Props) {
  const { t } = useTranslation();
  const own = clients[0];
  const detail = useApi<ClientDetail>(own ? `/api/clients/${encodeURIComponent(own.id)}` : null);
  const problem = error ?? detail.error;

  return (
    <>
      <Paragraph lead>{t('home.clientWelcome')}</Paragraph>
      {own ? (
        <section aria-labelledby="home-circle" className="samenspel-section">
          <Heading level={2} id="home-circle">
            {t('circle.home.title')}
          </Heading>
          <Paragraph>{t('circle.home.intro')}</Paragraph>
          <Paragraph>
            <AppLink to={circlePagePath(own.id)}>{t('circle.home.link')}</AppLink>
          </Paragraph>
        </section>
      ) : null}
      <section aria-labelledby="home-access-log" className="samenspel-section">
        <Heading level={2} id="home-access-log">
          {t('home.accessLogTitle')}
        </Heading>
        <Paragraph>{t('home.accessLogIntro')}</Paragraph>
        <Paragraph>
          <AppLink to="/wie-bekeek-mijn-gegevens">{t('nav.accessLog')}</AppLink>
        </Paragraph>
      </section>
      <section aria-labelledby="home-own-details" className="samenspel-section">
        <Heading level={2} id="home-own-details">
          {t('home.ownDetails')}
        </Heading>
        {problem ? (
          <ProblemAlert error={problem} />
        ) : loading || detail.loading ? (
          <LoadingMessage />
        ) : detail.data ? (
          <>
            <ClientDetails client={detail.data} />
            {detail.data.story ? (
              <>
                <Heading level={3}>{t('home.ownStory')}</Heading>
                <Paragraph className="samenspel-preserve-lines">{detail.data.story}</Paragraph>
              </>
            ) : null}
          </>
        ) : (
          <Paragraph>{t('home.noOwnDetails')}</Paragraph>
        )}
      </section>
    </>
  );
}
