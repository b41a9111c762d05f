import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { Entry } from './types';

/**
 * A professional's report. The client reads every report about them, so the hint asks for plain
 * words and facts: reports with "scherpe randjes" keep hurting long after (report 004, H44).
 */
export function ReportForm({ clientId, onSaved }: { clientId: string; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ body: !body.trim() && t('logbook.bodyRequired') }),
      async () => {
        await api.post<Entry>(`/api/clients/${encodeURIComponent(clientId)}/reports`, { body: body.trim() });
        clearErrors();
        setBody('');
        onSaved(t('logbook.reportSaved'));
      },
    );

  return (
    <section aria-labelledby="report-write-title" className="samenspel-section">
      <Heading level={2} id="report-write-title">
        {t('logbook.reportTitle')}
      </Heading>
      <Paragraph>{t('logbook.reportIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="report" fields={['body']} />
        <TextAreaField
          id="report-body"
          label={t('logbook.reportLabel')}
          description={t('logbook.reportHint')}
          value={body}
          onChange={setBody}
          error={errors.fields.body}
          maxLength={4000}
          rows={6}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('logbook.reportSubmit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
