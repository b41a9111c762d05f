import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { useLocale } from '../i18n/useLocale';

/** Shows why loading failed, in the user's language, with a reference for the help desk. */
export function ProblemAlert({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Alert type="error">
      <Paragraph>{error.userMessage(locale)}</Paragraph>
      {error.problem.requestId ? (
        <Paragraph small>{t('problem.reference', { id: error.problem.requestId })}</Paragraph>
      ) : null}
    </Alert>
  );
}
