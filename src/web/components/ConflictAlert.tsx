import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Shown after a 409: someone else saved first. The form now holds their version. */
export function ConflictAlert() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="samenspel-focus-target">
      <Alert type="warning">
        <Heading level={3}>{t('conflict.title')}</Heading>
        <Paragraph>{t('conflict.body')}</Paragraph>
      </Alert>
    </div>
  );
}
