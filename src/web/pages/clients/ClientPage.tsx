import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ClientDetail } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ClientDetails } from '../../components/ClientDetails';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { PROFESSIONAL_ROLES, hasRole } from '../../session/roles';
import { useUser } from '../../session/useSession';
import { InviteForm } from './InviteForm';

/** One client: basic details, their story, and (for professionals) inviting people around them. */
export function ClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  const client = useApi<ClientDetail>(`/api/clients/${encodeURIComponent(id)}`);
  const c = client.data;
  const name = c ? `${c.firstName} ${c.lastName}` : null;

  return (
    <>
      <PageTitle>{client.error && [400, 404].includes(client.error.status) ? t('client.notFound') : (name ?? t('client.loadingTitle'))}</PageTitle>
      {client.error ? (
        <ProblemAlert error={client.error} />
      ) : !c || !name ? (
        <LoadingMessage />
      ) : (
        <>
          <Paragraph>{t('client.relation', { relation: t(`relations.${c.relation}`, { defaultValue: c.relation }) })}</Paragraph>
          <section aria-labelledby="client-details" className="samenspel-section">
            <Heading level={2} id="client-details">
              {t('client.detailsTitle')}
            </Heading>
            <ClientDetails client={c} />
          </section>
          <section aria-labelledby="client-story" className="samenspel-section">
            <Heading level={2} id="client-story">
              {t('client.storyTitle', { name: c.firstName })}
            </Heading>
            <Paragraph className="samenspel-preserve-lines">{c.story || t('client.noStory')}</Paragraph>
          </section>
          {hasRole(user, ...PROFESSIONAL_ROLES) ? <InviteForm clientId={c.id} clientName={name} /> : null}
        </>
      )}
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}
