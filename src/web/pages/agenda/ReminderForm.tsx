import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { LoadingMessage } from '../../components/LoadingMessage';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { ReminderPrefs } from './types';

const MINUTES = ['15', '30', '60', '120', '180'];
const isPrefs = (v: unknown): v is ReminderPrefs => typeof v === 'object' && v !== null && 'byEmail' in v && 'version' in v;

/** When and how I want to be reminded: the day before at a time I choose, and/or a while before. */
export function ReminderForm() {
  const { t } = useTranslation();
  const prefs = useApi<ReminderPrefs>('/api/me/agenda/reminders');
  return (
    <section aria-labelledby="agenda-reminders" className="samenspel-section">
      <Heading level={2} id="agenda-reminders">
        {t('agendaReminders.title')}
      </Heading>
      <Paragraph>{t('agendaReminders.intro')}</Paragraph>
      {prefs.data ? <ReminderFields initial={prefs.data} /> : <LoadingMessage />}
    </section>
  );
}

function ReminderFields({ initial }: { initial: ReminderPrefs }) {
  const { t } = useTranslation();
  const [dayBefore, setDayBefore] = useState(initial.dayBeforeAt !== null);
  const [dayBeforeAt, setDayBeforeAt] = useState(initial.dayBeforeAt ?? '19:00');
  const [minutes, setMinutes] = useState(initial.minutesBefore === null ? '' : String(initial.minutesBefore));
  const [ways, setWays] = useState<string[]>([...(initial.byEmail ? ['email'] : []), ...(initial.inApp ? ['app'] : [])]);
  const [version, setVersion] = useState(initial.version);
  const [saved, setSaved] = useState(false);

  const load = (p: ReminderPrefs) => {
    setDayBefore(p.dayBeforeAt !== null);
    setDayBeforeAt(p.dayBeforeAt ?? '19:00');
    setMinutes(p.minutesBefore === null ? '' : String(p.minutesBefore));
    setWays([...(p.byEmail ? ['email'] : []), ...(p.inApp ? ['app'] : [])]);
    setVersion(p.version);
  };

  const { errors, busy, conflict, submit } = useFormSubmit<ReminderPrefs>({ conflict: { parse: (c) => (isPrefs(c) ? c : null), load } });

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          dayBeforeAt: dayBefore && !dayBeforeAt && t('agendaReminders.timeRequired'),
          byEmail: (dayBefore || minutes !== '') && ways.length === 0 && t('agendaReminders.wayRequired'),
        }),
      async () => {
        setSaved(false);
        const next = await api.put<ReminderPrefs>('/api/me/agenda/reminders', {
          dayBeforeAt: dayBefore ? dayBeforeAt : null,
          minutesBefore: minutes === '' ? null : Number(minutes),
          byEmail: ways.includes('email'),
          inApp: ways.includes('app'),
          version,
        });
        load(next);
        setSaved(true);
      },
    );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
      {conflict ? <ConflictAlert /> : null}
      {saved ? <SuccessAlert focus>{t('agendaReminders.saved')}</SuccessAlert> : null}
      <ErrorSummary errors={errors} idPrefix="agenda-reminders" fields={['dayBeforeAt', 'minutesBefore', 'byEmail']} />
      <CheckboxGroup
        id="agenda-reminders-dayBefore"
        legend={t('agendaReminders.dayBeforeLegend')}
        values={dayBefore ? ['yes'] : []}
        onChange={(v) => setDayBefore(v.includes('yes'))}
        options={[{ value: 'yes', label: t('agendaReminders.dayBefore') }]}
      />
      {dayBefore ? (
        <TextField id="agenda-reminders-dayBeforeAt" type="time" label={t('agendaReminders.dayBeforeAt')} value={dayBeforeAt} onChange={setDayBeforeAt} error={errors.fields.dayBeforeAt} />
      ) : null}
      <SelectField
        id="agenda-reminders-minutesBefore"
        label={t('agendaReminders.minutesBefore')}
        value={minutes}
        onChange={setMinutes}
        options={[{ value: '', label: t('agendaReminders.noMinutes') }, ...MINUTES.map((m) => ({ value: m, label: t(`agendaReminders.minutes.${m}`) }))]}
        error={errors.fields.minutesBefore}
      />
      <CheckboxGroup
        id="agenda-reminders-byEmail"
        legend={t('agendaReminders.how')}
        values={ways}
        onChange={setWays}
        options={[
          { value: 'email', label: t('agendaReminders.byEmail') },
          { value: 'app', label: t('agendaReminders.inApp') },
        ]}
        error={errors.fields.byEmail}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('agendaReminders.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
