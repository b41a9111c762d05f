import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink';
import { PageTitle } from '../components/PageTitle';

/** Shown on a page that is not meant for this user's role. */
export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('noAccess.title')}</PageTitle>
      <Paragraph>{t('noAccess.body')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}
