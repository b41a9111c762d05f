import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** "Even geduld …" while data loads; a polite status so screen readers hear it once. */
export function LoadingMessage() {
  const { t } = useTranslation();
  return (
    <div role="status">
      <Paragraph>{t('common.loading')}</Paragraph>
    </div>
  );
}
