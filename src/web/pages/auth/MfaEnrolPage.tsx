import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MfaEnrolment } from '../../components/MfaEnrolment';
import { PageTitle } from '../../components/PageTitle';
import { useSession } from '../../session/useSession';

/** Login step for roles that must use 2FA but have not linked an app yet. */
export function MfaEnrolPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  return (
    <>
      <PageTitle>{t('enrol.title')}</PageTitle>
      <Paragraph>{t('enrol.requiredIntro')}</Paragraph>
      <MfaEnrolment onDone={() => void refresh()} />
    </>
  );
}
