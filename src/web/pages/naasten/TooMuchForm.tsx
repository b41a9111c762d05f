import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import { isAlert, type AlertView } from './types';

/** "Het wordt me nu te veel": tells the regisseur; once, until they have seen it. */
export function TooMuchForm({ clientId, open, onSent }: { clientId: string; open: AlertView | null; onSent: (a: AlertView) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [note, setNote] = useState('');
  const { errors, busy, submit } = useFormSubmit<AlertView>({ conflict: { parse: (c) => (isAlert(c) ? c : null), load: onSent } });
  return (
    <section aria-labelledby="too-much-title" className="samenspel-section naasten-too-much">
      <Heading level={2} id="too-much-title">
        {t('naasten.tooMuch.title')}
      </Heading>
      {open ? (
        <div tabIndex={-1} className="samenspel-focus-target" id="too-much-sent">
          <Alert type="ok">
            <Paragraph>{t('naasten.tooMuch.sent', { date: formatDateTime(open.createdAt, locale) })}</Paragraph>
          </Alert>
        </div>
      ) : (
        <form
          noValidate
          className="samenspel-form"
          aria-labelledby="too-much-title"
          onSubmit={(e) =>
            void submit(
              e,
              () => ({ summary: [], fields: {} }),
              async () => {
                onSent(await api.post<AlertView>(`/api/me/naastenkaarten/${encodeURIComponent(clientId)}/te-veel`, { note }));
              },
            )
          }
        >
          <Paragraph>{t('naasten.tooMuch.intro')}</Paragraph>
          <ErrorSummary errors={errors} idPrefix="too-much" fields={['note']} labels={{ note: t('naasten.tooMuch.note') }} />
          <TextAreaField id="too-much-note" label={t('naasten.tooMuch.note')} value={note} onChange={setNote} maxLength={1000} rows={2} error={errors.fields.note} />
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('naasten.tooMuch.button')}
          </Button>
        </form>
      )}
    </section>
  );
}
