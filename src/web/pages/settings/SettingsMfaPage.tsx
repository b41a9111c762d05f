import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { MfaEnrolment } from '../../components/MfaEnrolment';
import { PageTitle } from '../../components/PageTitle';
import { useSession, useUser } from '../../session/useSession';

/** Switch on two-step verification from the settings (offered, not forced, to clients and naasten). */
export function SettingsMfaPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { refresh } = useSession();
  const navigate = useNavigate();

  const done = async () => {
    await refresh();
    void navigate('/instellingen', { state: { mfaEnabled: true } });
  };

  return (
    <>
      <PageTitle>{t('enrol.title')}</PageTitle>
      {user?.mfaEnabled ? (
        <Paragraph>{t('settings.mfaOn')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('enrol.optionalIntro')}</Paragraph>
          <MfaEnrolment onDone={() => void done()} />
        </>
      )}
      <Paragraph>
        <AppLink to="/instellingen">{t('settings.back')}</AppLink>
      </Paragraph>
    </>
  );
}
