import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Invitation, JoinResult } from '../../api/types';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS } from '../../components/formErrors';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useUser } from '../../session/useSession';

/** The invited address already has an account: log in with it and join, no new password. */
export function JoinWithAccount({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const user = useUser();
  const { errors, busy, submit } = useFormSubmit();
  const [joined, setJoined] = useState<JoinResult | null>(null);

  const onSubmit = (event: FormEvent) =>
    submit(event, () => NO_ERRORS, async () => {
      setJoined(await api.post<JoinResult>(`/api/invitations/${encodeURIComponent(token)}/join`, {}));
    });

  if (joined) {
    return (
      <>
        <Heading level={2}>{t('invitation.joinedTitle')}</Heading>
        <SuccessAlert focus>{t(joined.status === 'applied' ? 'invitation.joinedApplied' : 'invitation.joinedPending')}</SuccessAlert>
        <Paragraph>
          <AppLink to={`/clienten/${joined.clientId}/mijn-toegang`}>{t('invitation.toCircle')}</AppLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading level={2}>{t('invitation.joinFormTitle')}</Heading>
      <Paragraph>{t('invitation.joinIntro')}</Paragraph>
      {!user ? (
        <>
          <Paragraph>{t('invitation.joinLogin')}</Paragraph>
          <Paragraph>
            <AppLink to={`/inloggen?terug=${encodeURIComponent(`/uitnodiging/${encodeURIComponent(token)}`)}`}>{t('common.toLogin')}</AppLink>
          </Paragraph>
        </>
      ) : user.email !== invitation.email ? (
        <Paragraph>{t('invitation.joinOtherAccount', { email: user.email })}</Paragraph>
      ) : (
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
          <ErrorSummary errors={errors} idPrefix="join" fields={[]} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('invitation.joinSubmit')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </>
  );
}
