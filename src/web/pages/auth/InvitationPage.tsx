import { Alert, Button, ButtonGroup, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { CLIENT_SIDE_ROLES, type Invitation, type LoginResult } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DataRow } from '../../components/DataRow';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { PageTitle } from '../../components/PageTitle';
import { checkNewPassword } from '../../components/passwordChecks';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import { useSession } from '../../session/useSession';
import { JoinWithAccount } from './JoinWithAccount';


/** Someone opens the link from their invitation e-mail and chooses a password. */
export function InvitationPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token = '' } = useParams();
  const { refresh } = useSession();
  const invitation = useApi<Invitation>(`/api/invitations/${encodeURIComponent(token)}`);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const [stage, setStage] = useState<LoginResult['stage'] | null>(null);

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => checkNewPassword(password, repeat, t),
      async () => {
        const result = await api.post<LoginResult>(`/api/invitations/${encodeURIComponent(token)}/accept`, { password });
        clearErrors();
        await refresh();
        setStage(result.stage);
      },
    );

  if (stage === 'mfa_enrol') return <Navigate to="/inloggen/tweestapsverificatie" replace />;
  if (stage === 'mfa_required') return <Navigate to="/inloggen/code" replace />;

  if (invitation.error) {
    const code = invitation.error.problem.code;
    const known = code === 'invitation-expired' || code === 'invitation-used';
    const title =
      invitation.error.status === 410 ? t('invitation.goneTitle') : invitation.error.status === 404 ? t('invitation.notFoundTitle') : t('invitation.title');
    return (
      <>
        <PageTitle>{title}</PageTitle>
        {known ? (
          <Alert type="warning">
            <Paragraph>{t(`invitation.${code === 'invitation-expired' ? 'expired' : 'used'}`)}</Paragraph>
          </Alert>
        ) : (
          <ProblemAlert error={invitation.error} />
        )}
        <Paragraph>{t(code === 'invitation-used' ? 'invitation.usedHint' : 'invitation.askNew')}</Paragraph>
        <Paragraph>
          <AppLink to="/inloggen">{t('common.toLogin')}</AppLink>
        </Paragraph>
      </>
    );
  }

  const inv = invitation.data;
  if (stage === 'active' && inv) {
    // Roles around a client are offered a second factor, not forced.
    const offerMfa = (CLIENT_SIDE_ROLES as readonly string[]).includes(inv.role);
    return (
      <>
        <PageTitle>{t('invitation.doneTitle')}</PageTitle>
        <SuccessAlert focus>{t('invitation.done', { name: inv.displayName })}</SuccessAlert>
        {offerMfa ? (
          <section aria-labelledby="offer-mfa" className="samenspel-section">
            <Heading level={2} id="offer-mfa">
              {t('invitation.mfaOfferTitle')}
            </Heading>
            <Paragraph>{t('invitation.mfaOffer')}</Paragraph>
            <Paragraph>
              <AppLink to="/instellingen/tweestapsverificatie">{t('invitation.mfaOfferLink')}</AppLink>
            </Paragraph>
          </section>
        ) : null}
        <Paragraph>
          <AppLink to="/">{t('invitation.toHome')}</AppLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <PageTitle>{t('invitation.title')}</PageTitle>
      {!inv ? (
        <LoadingMessage />
      ) : (
        <>
          <Paragraph lead>{t('invitation.hello', { name: inv.displayName })}</Paragraph>
          <Paragraph>
            {inv.clientName
              ? t('invitation.introClient', { role: t(`roles.${inv.role}`, { defaultValue: inv.role }), client: inv.clientName })
              : t('invitation.intro', { role: t(`roles.${inv.role}`, { defaultValue: inv.role }) })}
          </Paragraph>
          <DataList className="samenspel-datalist">
            <DataRow label={t('invitation.email')}>{inv.email}</DataRow>
            <DataRow label={t('invitation.region')}>{inv.regionName}</DataRow>
            {inv.organisationName ? (
              <DataRow label={t('invitation.organisation')}>{inv.organisationName}</DataRow>
            ) : null}
            <DataRow label={t('invitation.expires')}>{formatDateTime(inv.expiresAt, locale)}</DataRow>
          </DataList>
          {inv.existingAccount ? (
            <JoinWithAccount token={token} invitation={inv} />
          ) : (
            <>
              <Heading level={2}>{t('invitation.formTitle')}</Heading>
              <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
                <ErrorSummary errors={errors} idPrefix="accept" fields={['password', 'passwordRepeat']} />
                <input type="text" name="username" autoComplete="username" value={inv.email} readOnly hidden />
                <NewPasswordFields
                  idPrefix="accept"
                  label={t('invitation.password')}
                  password={password}
                  repeat={repeat}
                  onPassword={setPassword}
                  onRepeat={setRepeat}
                  errors={errors.fields}
                />
                <ButtonGroup>
                  <Button type="submit" appearance="primary-action-button" busy={busy}>
                    {t('invitation.submit')}
                  </Button>
                </ButtonGroup>
              </form>
            </>
          )}
        </>
      )}
    </>
  );
}
