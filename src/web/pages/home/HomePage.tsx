import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary, SessionUser } from '../../api/types';
import { useApi } from '../../api/useApi';
import { PageTitle } from '../../components/PageTitle';
import { INVOLVED_ROLES, PROFESSIONAL_ROLES, hasRole } from '../../session/roles';
import { useUser } from '../../session/useSession';
import { AdminHome } from './AdminHome';
import { ClientHome } from './ClientHome';
import { InvolvedHome } from './InvolvedHome';
import { PolicyHome } from './PolicyHome';
import { ProfessionalHome } from './ProfessionalHome';

/** Which parts of the home page this user sees. */
function parts(user: SessionUser) {
  return {
    professional: hasRole(user, ...PROFESSIONAL_ROLES),
    involved: hasRole(user, ...INVOLVED_ROLES),
    client: hasRole(user, 'client'),
    admin: hasRole(user, 'beheerder'),
    policy: hasRole(user, 'beleidsadviseur'),
  };
}

/**
 * With more than one kind of role, each list shows only the people of that kind of relation.
 * With one kind, it shows everything the API returned.
 */
function pick(clients: ClientSummary[], relations: string[], split: boolean): ClientSummary[] {
  return split ? clients.filter((c) => relations.includes(c.relation)) : clients;
}

/** The start page: what this person comes for, per role. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const p = user ? parts(user) : null;
  const needsClients = !!p && (p.professional || p.involved || p.client);
  const clients = useApi<ClientSummary[]>(needsClients ? '/api/clients' : null);
  if (!user || !p) return null;

  const split = [p.professional, p.involved, p.client].filter(Boolean).length > 1;
  const list = clients.data ?? [];
  const nothing = !p.professional && !p.involved && !p.client && !p.admin && !p.policy;

  return (
    <>
      <PageTitle>{t('home.title', { name: user.displayName })}</PageTitle>
      {p.client ? (
        <ClientHome clients={pick(list, ['self'], split)} loading={clients.loading} error={clients.error} />
      ) : null}
      {p.professional ? (
        <ProfessionalHome clients={pick(list, ['professional'], split)} loading={clients.loading} error={clients.error} />
      ) : null}
      {p.involved ? (
        <InvolvedHome user={user} clients={pick(list, INVOLVED_ROLES, split)} loading={clients.loading} error={clients.error} />
      ) : null}
      {p.admin ? <AdminHome /> : null}
      {p.policy ? <PolicyHome /> : null}
      {nothing ? <Paragraph>{t('home.noRole')}</Paragraph> : null}
    </>
  );
}
