import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { hasVersion, networkApi, type MeetingSummary, type NetworkDetail } from './types';

/** Every N weeks from a first day at a fixed Dutch time; plans the coming months and invites everyone once. */
export function ScheduleForm({ network, onSaved }: { network: NetworkDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const [firstDay, setFirstDay] = useState(network.scheduleFirstDay ?? '');
  const [time, setTime] = useState(network.scheduleTime ?? '14:00');
  const [weeks, setWeeks] = useState(String(network.meetingIntervalWeeks));
  const [minutes, setMinutes] = useState(String(network.meetingMinutes));
  const [location, setLocation] = useState(network.defaultLocation ?? '');
  const [months, setMonths] = useState('6');
  const [done, setDone] = useState('');
  const { errors, busy, conflict, submit } = useFormSubmit<{ version: number }>({ conflict: { parse: (c) => (hasVersion(c) ? c : null), load: () => onSaved() } });
  const p = 'cn-schedule';
  const whole = (v: string) => /^\d+$/.test(v);
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () =>
        fieldErrors({
          firstDay: !firstDay && t('careNet.form.required'),
          time: !/^\d{2}:\d{2}$/.test(time) && t('careNet.form.timeFormat'),
          intervalWeeks: !whole(weeks) && t('careNet.form.number'),
          durationMinutes: !whole(minutes) && t('careNet.form.number'),
          months: !whole(months) && t('careNet.form.number'),
        }),
      async () => {
        setDone('');
        const made = await api.post<MeetingSummary[]>(`${networkApi(network.id)}/schedule`, {
          firstDay,
          time,
          intervalWeeks: Number(weeks),
          durationMinutes: Number(minutes),
          location: location.trim() || null,
          months: Number(months),
          version: network.version,
        });
        setDone(t('careNet.schedule.done', { count: made.length }));
        onSaved();
      },
    );
  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section">
      <Heading level={2} id={`${p}-title`}>
        {t('careNet.schedule.title')}
      </Heading>
      <Paragraph>{t('careNet.schedule.intro')}</Paragraph>
      {done && <SuccessAlert>{done}</SuccessAlert>}
      {conflict && <ConflictAlert />}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary
          errors={errors}
          idPrefix={p}
          fields={['firstDay', 'time', 'intervalWeeks', 'durationMinutes', 'location', 'months']}
          labels={{ firstDay: t('careNet.schedule.firstDay'), time: t('careNet.field.time'), intervalWeeks: t('careNet.schedule.weeks'), durationMinutes: t('careNet.schedule.minutes'), months: t('careNet.schedule.months') }}
        />
        <TextField id={`${p}-firstDay`} type="date" label={t('careNet.schedule.firstDay')} value={firstDay} onChange={setFirstDay} error={errors.fields.firstDay} required />
        <TextField id={`${p}-time`} type="time" label={t('careNet.field.time')} value={time} onChange={setTime} error={errors.fields.time} required />
        <TextField id={`${p}-intervalWeeks`} inputMode="numeric" label={t('careNet.schedule.weeks')} value={weeks} onChange={setWeeks} error={errors.fields.intervalWeeks} />
        <TextField id={`${p}-durationMinutes`} inputMode="numeric" label={t('careNet.schedule.minutes')} value={minutes} onChange={setMinutes} error={errors.fields.durationMinutes} />
        <TextField id={`${p}-location`} label={t('careNet.field.location')} value={location} onChange={setLocation} error={errors.fields.location} maxLength={200} />
        <TextField id={`${p}-months`} inputMode="numeric" label={t('careNet.schedule.months')} description={t('careNet.schedule.monthsHint')} value={months} onChange={setMonths} error={errors.fields.months} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('careNet.schedule.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
