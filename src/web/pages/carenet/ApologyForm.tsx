import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { meetingApi, type MeetingDetail } from './types';

/** "I can't come": apologies, and a colleague who comes in my place gets the invitation. */
export function ApologyForm({ meeting, onSaved }: { meeting: MeetingDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const mine = meeting.myAttendance!;
  const [substitute, setSubstitute] = useState(mine.substitute?.id ?? '');
  const [note, setNote] = useState(mine.note ?? '');
  const { errors, busy, submit } = useFormSubmit();
  const p = 'cn-apology';
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => NO_ERRORS,
      async () => {
        await api.post(`${meetingApi(meeting.id)}/apology`, { version: mine.version, substituteUserId: substitute || null, note: note.trim() || null });
        onSaved();
      },
    );
  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section">
      <Heading level={2} id={`${p}-title`}>
        {t('careNet.apology.title')}
      </Heading>
      {mine.status === 'apologised' ? (
        <Paragraph>{mine.substitute ? t('careNet.apology.doneWith', { name: mine.substitute.name }) : t('careNet.apology.done')}</Paragraph>
      ) : (
        <Paragraph>{t('careNet.apology.intro')}</Paragraph>
      )}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix={p} fields={['substituteUserId', 'note', 'meeting']} labels={{ substituteUserId: t('careNet.apology.substitute') }} />
        <SelectField
          id={`${p}-substituteUserId`}
          label={t('careNet.apology.substitute')}
          description={t('careNet.apology.substituteHint')}
          value={substitute}
          onChange={setSubstitute}
          options={[{ value: '', label: t('careNet.apology.noSubstitute') }, ...meeting.substituteCandidates.map((c) => ({ value: c.id, label: c.name }))]}
          error={errors.fields.substituteUserId}
        />
        <TextField id={`${p}-note`} label={t('careNet.apology.note')} value={note} onChange={setNote} error={errors.fields.note} maxLength={500} />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={busy}>
            {mine.status === 'apologised' ? t('careNet.apology.update') : t('careNet.apology.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
