import { PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <PageFooter className="samenspel-footer">
      <div className="utrecht-page-footer__content">
        <Paragraph>{t('layout.footer')}</Paragraph>
      </div>
    </PageFooter>
  );
}
