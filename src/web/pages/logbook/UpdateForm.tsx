import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { UPDATE_KINDS, type Entry, type UpdateKind } from './types';

/** A short message for the circle: an update, good news or a worry. */
export function UpdateForm({ clientId, onSaved }: { clientId: string; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<UpdateKind>('goed-nieuws');
  const [body, setBody] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ body: !body.trim() && t('logbook.bodyRequired') }),
      async () => {
        await api.post<Entry>(`/api/clients/${encodeURIComponent(clientId)}/logbook`, { kind, body: body.trim() });
        clearErrors();
        setBody('');
        onSaved(t(kind === 'goed-nieuws' ? 'logbook.savedGoodNews' : 'logbook.saved'));
      },
    );

  return (
    <section aria-labelledby="logbook-write-title" className="samenspel-section">
      <Heading level={2} id="logbook-write-title">
        {t('logbook.writeTitle')}
      </Heading>
      <Paragraph>{t('logbook.writeIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="logbook" fields={['kind', 'body']} />
        <RadioGroup
          id="logbook-kind"
          legend={t('logbook.kindLegend')}
          value={kind}
          onChange={(v) => setKind(v as UpdateKind)}
          options={UPDATE_KINDS.map((k) => ({ value: k, label: t(`logbook.kind.${k}`) }))}
          error={errors.fields.kind}
        />
        <TextAreaField id="logbook-body" label={t('logbook.bodyLabel')} value={body} onChange={setBody} error={errors.fields.body} maxLength={4000} rows={4} required />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('logbook.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
