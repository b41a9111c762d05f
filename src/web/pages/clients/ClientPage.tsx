import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { ClientDetail } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ClientDetails } from '../../components/ClientDetails';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { PROFESSIONAL_ROLES, hasRole } from '../../session/roles';
import { useUser } from '../../session/useSession';
import { circlePagePath, myAccessPagePath } from '../circle/paths';
import { InviteForm } from './InviteForm';

/** Links to the other pages about this client, by the viewer's relation. */
function ClientLinks({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const id = encodeURIComponent(client.id);
  const own = client.relation === 'self';
  const speaksForClient = own || client.relation === 'vertegenwoordiger';
  const professional = client.relation === 'professional';
  const links = [
    { to: circlePagePath(client.id), label: own ? t('circle.clientLinks.circleOwn') : t('circle.clientLinks.circle', { name: client.firstName }) },
    { to: `/clienten/${id}/plan`, label: own ? t('plan.clientLinkOwn') : t('plan.clientLink', { name: client.firstName }) },
    { to: `/clienten/${id}/netwerk`, label: own ? t('netmap.clientLinkOwn') : t('netmap.clientLink', { name: client.firstName }) },
    { to: `/clienten/${id}/naastenkaarten`, label: own ? t('naasten.clientLinkOwn') : t('naasten.clientLink', { name: client.firstName }) },
    ...(speaksForClient
      ? [
          { to: `/clienten/${id}/mijn-gegevens`, label: own ? t('circle.clientLinks.myDataOwn') : t('circle.clientLinks.myData', { name: client.firstName }) },
          { to: `/clienten/${id}/weigeringen`, label: t('circle.clientLinks.refusals') },
        ]
      : []),
    ...(professional
      ? [
          { to: `/clienten/${id}/veiligheid/nieuw`, label: t('circle.clientLinks.safety') },
          { to: `/clienten/${id}/toegangslog`, label: t('circle.clientLinks.accessLog', { name: client.firstName }) },
        ]
      : []),
    ...(!speaksForClient ? [{ to: myAccessPagePath(client.id), label: t('circle.whatCanISee') }] : []),
  ];
  return (
    <nav aria-labelledby="client-links" className="samenspel-section">
      <Heading level={2} id="client-links">
        {t('circle.clientLinks.title')}
      </Heading>
      <ul className="samenspel-link-list">
        {links.map((l) => (
          <li key={l.to}>
            <AppLink to={l.to}>{l.label}</AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One client: basic details, their story, links to their circle, and (for professionals) inviting people around them. */
export function ClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const arrived = (location.state as { message?: unknown } | null)?.message;
  const user = useUser();
  const client = useApi<ClientDetail>(`/api/clients/${encodeURIComponent(id)}`);
  const c = client.data;
  const name = c ? `${c.firstName} ${c.lastName}` : null;
  const denied = client.error?.status === 403;

  return (
    <>
      <PageTitle>{client.error && [400, 404].includes(client.error.status) ? t('client.notFound') : (name ?? t('client.loadingTitle'))}</PageTitle>
      {typeof arrived === 'string' && c ? <SuccessAlert focus>{arrived}</SuccessAlert> : null}
      {client.error ? (
        <>
          <ProblemAlert error={client.error} />
          {denied ? (
            <>
              <Paragraph>{t('circle.clientLinks.deniedHint')}</Paragraph>
              <ul className="samenspel-link-list">
                <li>
                  <AppLink to={myAccessPagePath(id)}>{t('circle.whatCanISee')}</AppLink>
                </li>
                <li>
                  <AppLink to={circlePagePath(id)}>{t('circle.links.circle')}</AppLink>
                </li>
              </ul>
            </>
          ) : null}
        </>
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
          <ClientLinks client={c} />
          {hasRole(user, ...PROFESSIONAL_ROLES) ? <InviteForm clientId={c.id} clientName={name} /> : null}
        </>
      )}
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}
