import '../../styles/circle.css';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MyAccess } from '../../api/circle-types';
import { INVITABLE_ROLES } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { InviteForm } from '../clients/InviteForm';
import { circlePagePath, myAccessApi } from './paths';

/**
 * /clienten/:id/kring/uitnodigen — the client, a representative or a professional invites someone.
 * Built on "my access" rather than the circle: a professional who just registered a client may not
 * see the circle yet, but must be able to invite the parent or the client who will decide.
 */
export function CircleInvitePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const mine = useApi<MyAccess>(myAccessApi(id));
  const a = mine.data;
  const own = a?.relation === 'self';
  const professional = a?.relation === 'professional';
  const mayInvite = !!a && a.clientName !== null && (own || a.relation === 'vertegenwoordiger' || (professional && a.cells.basis === 'contribute'));
  // Only a professional can invite the client themself to make an account.
  const roles = professional ? INVITABLE_ROLES : INVITABLE_ROLES.filter((r) => r !== 'client');
  const firstName = a?.clientName ? (a.clientName.split(' ')[0] ?? a.clientName) : null;

  return (
    <>
      <PageTitle>{a ? (own ? t('circle.invite.titleOwn') : firstName ? t('circle.invite.title', { name: firstName }) : t('circle.invite.loadingTitle')) : t('circle.invite.loadingTitle')}</PageTitle>
      {mine.error ? (
        <ProblemAlert error={mine.error} />
      ) : !a ? (
        <LoadingMessage />
      ) : mayInvite && a.clientName ? (
        <InviteForm clientId={a.clientId} clientName={a.clientName} roles={roles} />
      ) : (
        <Paragraph>{t('circle.invite.notAllowed')}</Paragraph>
      )}
      <Paragraph>
        <AppLink to={circlePagePath(id)}>{own ? t('circle.links.backOwn') : t('circle.links.back')}</AppLink>
      </Paragraph>
    </>
  );
}
