import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** For policy advisers: only aggregated figures, never a person. */
export function PolicyHome() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-policy" className="samenspel-section">
      <Heading level={2} id="home-policy">
        {t('home.policyTitle')}
      </Heading>
      <Paragraph>{t('home.policyIntro')}</Paragraph>
      <Paragraph>{t('home.policyPrivacy')}</Paragraph>
    </section>
  );
}
