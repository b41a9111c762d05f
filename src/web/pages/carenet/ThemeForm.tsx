import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { meetingApi } from './types';

/** Any member puts a trend or theme on the agenda; cases come in through case registration. */
export function ThemeForm({ meetingId, onSaved }: { meetingId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const p = 'cn-theme';
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ title: !title.trim() && t('careNet.form.required') }),
      async () => {
        await api.post(`${meetingApi(meetingId)}/items`, { title: title.trim(), note: note.trim() || null });
        setTitle('');
        setNote('');
        clearErrors();
        onSaved();
      },
    );
  return (
    <section aria-labelledby={`${p}-heading`} className="samenspel-section">
      <Heading level={2} id={`${p}-heading`}>
        {t('careNet.theme.title')}
      </Heading>
      <Paragraph>{t('careNet.theme.intro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix={p} fields={['title', 'note', 'meeting']} labels={{ title: t('careNet.theme.titleField'), note: t('careNet.theme.note') }} />
        <TextField id={`${p}-title`} label={t('careNet.theme.titleField')} description={t('careNet.theme.titleHint')} value={title} onChange={setTitle} error={errors.fields.title} maxLength={160} required />
        <TextAreaField id={`${p}-note`} label={t('careNet.theme.note')} value={note} onChange={setNote} error={errors.fields.note} maxLength={2000} rows={3} />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={busy}>
            {t('careNet.theme.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
