import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { REPEATS, addDays, repeatOf, todayInNl } from './agendaText';
import { agendaApi, itemApi, type Item, type ItemKind } from './types';

interface Props {
  clientId: string;
  people: { userId: string; label: string }[];
  /** The appointment to change; without it the form adds a new one. */
  item?: Item;
  onSaved: (item: Item, message: string) => void;
  onCancel: () => void;
}

const FIELDS = ['kind', 'title', 'date', 'startTime', 'endTime', 'recurrence', 'repeatUntil', 'location', 'notes', 'attendeeUserIds'];
const KINDS: ItemKind[] = ['afspraak', 'netwerkoverleg', 'belmoment'];

interface State {
  kind: ItemKind;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  repeat: string;
  repeatUntil: string;
  location: string;
  notes: string;
  attendees: string[];
}

const fromItem = (i: Item): State => ({
  kind: i.kind,
  title: i.title,
  date: i.date,
  startTime: i.startTime,
  endTime: i.endTime,
  repeat: repeatOf(i.recurrence),
  repeatUntil: i.repeatUntil ?? '',
  location: i.location ?? '',
  notes: i.notes ?? '',
  attendees: i.attendees.map((a) => a.userId),
});

const isItem = (v: unknown): v is Item => typeof v === 'object' && v !== null && 'version' in v && 'attendees' in v;

/** Add or change an appointment: what, when (Dutch time), how often, where, and who is invited. */
export function ItemForm({ clientId, people, item, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [s, setS] = useState<State>(() =>
    item
      ? fromItem(item)
      : { kind: 'afspraak', title: '', date: addDays(todayInNl(), 1), startTime: '10:00', endTime: '11:00', repeat: '', repeatUntil: '', location: '', notes: '', attendees: [] },
  );
  const [version, setVersion] = useState(item?.version ?? 0);
  const set = <K extends keyof State>(key: K) => (value: State[K]) => setS((prev) => ({ ...prev, [key]: value }));
  const { errors, busy, conflict, submit } = useFormSubmit<Item>({
    conflict: {
      parse: (current) => (isItem(current) ? current : null),
      load: (current) => {
        setS(fromItem(current));
        setVersion(current.version);
      },
    },
  });
  const rule = s.repeat === 'other' ? (item?.recurrence ?? null) : (REPEATS.find((r) => r.value === s.repeat)?.rule ?? null);
  const labels = Object.fromEntries(FIELDS.map((f) => [f, t(`agendaForm.${f}`)]));

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          title: !s.title.trim() && t('agendaForm.titleRequired'),
          date: !s.date && t('agendaForm.dateRequired'),
          startTime: !s.startTime && t('agendaForm.timeRequired'),
          endTime: (!s.endTime && t('agendaForm.timeRequired')) || (s.startTime && s.endTime && s.endTime <= s.startTime && t('agendaForm.endAfterStart')),
        }),
      async () => {
        const body = {
          kind: s.kind,
          title: s.title.trim(),
          date: s.date,
          startTime: s.startTime,
          endTime: s.endTime,
          recurrence: rule,
          repeatUntil: rule && s.repeatUntil ? s.repeatUntil : null,
          location: s.location.trim() || null,
          notes: s.notes.trim() || null,
          attendeeUserIds: s.attendees,
        };
        const saved = item ? await api.put<Item>(itemApi(clientId, item.id), { ...body, version }) : await api.post<Item>(`${agendaApi(clientId)}/items`, body);
        onSaved(saved, t(item ? 'agendaForm.changed' : 'agendaForm.added', { title: saved.title }));
      },
    );

  const repeatOptions = [...REPEATS.map((r) => ({ value: r.value, label: t(`agendaForm.repeat.${r.value || 'none'}`) })), ...(s.repeat === 'other' ? [{ value: 'other', label: t('agendaForm.repeat.other') }] : [])];

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form agenda-form">
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix="agenda-item" fields={FIELDS} labels={labels} />
      <RadioGroup
        id="agenda-item-kind"
        legend={labels.kind ?? ''}
        value={s.kind}
        onChange={(v) => set('kind')(v as ItemKind)}
        options={KINDS.map((k) => ({ value: k, label: t(`agendaPage.kind.${k}`) }))}
        error={errors.fields.kind}
      />
      <TextField id="agenda-item-title" label={labels.title ?? ''} value={s.title} onChange={set('title')} error={errors.fields.title} required maxLength={200} description={t('agendaForm.titleHelp')} />
      <div className="agenda-form__when">
        <TextField id="agenda-item-date" type="date" label={labels.date ?? ''} value={s.date} onChange={set('date')} error={errors.fields.date} required />
        <TextField id="agenda-item-startTime" type="time" label={labels.startTime ?? ''} value={s.startTime} onChange={set('startTime')} error={errors.fields.startTime} required />
        <TextField id="agenda-item-endTime" type="time" label={labels.endTime ?? ''} value={s.endTime} onChange={set('endTime')} error={errors.fields.endTime} required />
      </div>
      <SelectField id="agenda-item-recurrence" label={labels.recurrence ?? ''} value={s.repeat} onChange={set('repeat')} options={repeatOptions} error={errors.fields.recurrence} />
      {rule ? (
        <TextField
          id="agenda-item-repeatUntil"
          type="date"
          label={labels.repeatUntil ?? ''}
          value={s.repeatUntil}
          onChange={set('repeatUntil')}
          error={errors.fields.repeatUntil}
          description={t('agendaForm.repeatUntilHelp')}
        />
      ) : null}
      <TextField id="agenda-item-location" label={labels.location ?? ''} value={s.location} onChange={set('location')} error={errors.fields.location} maxLength={200} />
      <TextAreaField id="agenda-item-notes" label={labels.notes ?? ''} value={s.notes} onChange={set('notes')} error={errors.fields.notes} maxLength={2000} rows={3} />
      {people.length > 0 ? (
        <CheckboxGroup
          id="agenda-item-attendeeUserIds"
          legend={labels.attendeeUserIds ?? ''}
          values={s.attendees}
          onChange={set('attendees')}
          options={people.map((p) => ({ value: p.userId, label: p.label }))}
          error={errors.fields.attendeeUserIds}
        />
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t(item ? 'agendaForm.saveChange' : 'agendaForm.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('agendaForm.back')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
