import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';

/** The yearly meeting of all networks; everyone who sits in a network is invited. */
export function YearlyForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('16:00');
  const [location, setLocation] = useState('');
  const [done, setDone] = useState(false);
  const { errors, busy, submit } = useFormSubmit();
  const p = 'cn-yearly';
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ date: !date && t('careNet.form.required'), time: !/^\d{2}:\d{2}$/.test(time) && t('careNet.form.timeFormat') }),
      async () => {
        setDone(false);
        await api.post('/api/care-meetings/yearly', { date, time, durationMinutes: 120, location: location.trim() || null });
        setDone(true);
        onSaved();
      },
    );
  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section">
      <Heading level={2} id={`${p}-title`}>
        {t('careNet.yearlyForm.title')}
      </Heading>
      <Paragraph>{t('careNet.yearlyForm.intro')}</Paragraph>
      {done && <SuccessAlert>{t('careNet.yearlyForm.done')}</SuccessAlert>}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix={p} fields={['date', 'time', 'location']} labels={{ date: t('careNet.field.date'), time: t('careNet.field.time') }} />
        <TextField id={`${p}-date`} type="date" label={t('careNet.field.date')} value={date} onChange={setDate} error={errors.fields.date} required />
        <TextField id={`${p}-time`} type="time" label={t('careNet.field.time')} value={time} onChange={setTime} error={errors.fields.time} required />
        <TextField id={`${p}-location`} label={t('careNet.field.location')} value={location} onChange={setLocation} error={errors.fields.location} maxLength={200} />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={busy}>
            {t('careNet.yearlyForm.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
