import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { PAYERS, type Goal, type Payer, type Suggestion, type Task, type TaskBody } from '../../api/plan-types';
import { useApi } from '../../api/useApi';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { AssigneeChoice } from './AssigneeChoice';
import { asVersioned, suggestionsApi, taskApi, tasksApi } from './paths';
import { assigneeFromValue, assigneeValue, centsToField, parseEuros, personName, recurrenceWords, WEEKDAY_CODES, weeklyDayOf } from './planText';

const FIELDS = ['title', 'details', 'goalId', 'assignee', 'frequency', 'recurrence', 'localTime', 'durationMinutes', 'startsOn', 'untilOn', 'dueOn', 'location', 'costCents', 'costNote', 'payer', 'payerNote'];
/** The weekday select keeps a repeat rule the simple form cannot show (e.g. every workday) as it is. */
const KEEP = 'keep';

interface Draft {
  title: string;
  details: string;
  goalId: string;
  assignee: string;
  frequency: string;
  /** '' none, a day code, or KEEP. */
  weekday: string;
  localTime: string;
  durationMinutes: string;
  startsOn: string;
  untilOn: string;
  dueOn: string;
  location: string;
  costCents: string;
  costNote: string;
  payer: Payer | '';
  payerNote: string;
}

const EMPTY: Draft = {
  title: '',
  details: '',
  goalId: '',
  assignee: '',
  frequency: '',
  weekday: '',
  localTime: '',
  durationMinutes: '',
  startsOn: '',
  untilOn: '',
  dueOn: '',
  location: '',
  costCents: '',
  costNote: '',
  payer: '',
  payerNote: '',
};

function draftOf(task: Task): Draft {
  return {
    title: task.title,
    details: task.details ?? '',
    goalId: task.goalId ?? '',
    assignee: task.status === 'returned' ? '' : assigneeValue(task.assignee),
    frequency: task.frequency ?? '',
    weekday: task.recurrence ? (weeklyDayOf(task.recurrence) ?? KEEP) : '',
    localTime: task.localTime ?? '',
    durationMinutes: task.durationMinutes === null ? '' : String(task.durationMinutes),
    startsOn: task.startsOn ?? '',
    untilOn: task.untilOn ?? '',
    dueOn: task.dueOn ?? '',
    location: task.location ?? '',
    costCents: centsToField(task.costCents),
    costNote: task.costNote ?? '',
    payer: task.payer ?? '',
    payerNote: task.payerNote ?? '',
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Props {
  clientId: string;
  clientName: string;
  clientFirstName: string;
  viewerIsClient: boolean;
  goals: Goal[];
  /** The agreement to change; null adds a new one. */
  initial: Task | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Add or change an agreement: what, who (natural order), how often, when, where, what it costs and who pays. */
export function TaskForm({ clientId, clientName, clientFirstName, viewerIsClient, goals, initial, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const prefix = initial ? `task-${initial.id}-form` : 'task-new';
  const suggestions = useApi<Suggestion[]>(suggestionsApi(clientId));
  const [draft, setDraft] = useState<Draft>(initial ? draftOf(initial) : EMPTY);
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [keptRule, setKeptRule] = useState(initial?.recurrence ?? null);
  const { errors, busy, conflict, submit } = useFormSubmit<Task>({
    conflict: {
      parse: (current) => asVersioned<Task>(current),
      load: (current) => {
        setDraft(draftOf(current));
        setVersion(current.version);
        setKeptRule(current.recurrence);
      },
    },
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const id = (field: string) => `${prefix}-${field}`;
  const cents = parseEuros(draft.costCents);
  const minutes = draft.durationMinutes.trim() === '' ? null : Number(draft.durationMinutes.trim());
  const recurrence = draft.weekday === KEEP ? keptRule : draft.weekday ? `FREQ=WEEKLY;BYDAY=${draft.weekday}` : null;
  const keptWords = keptRule && !weeklyDayOf(keptRule) ? recurrenceWords(keptRule, t) : null;
  const currentAssignee = initial && initial.status !== 'returned' && initial.assignee.label ? { value: assigneeValue(initial.assignee), label: initial.assignee.label } : undefined;

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          title: !draft.title.trim() && t('plan.taskForm.titleRequired'),
          assignee: !assigneeFromValue(draft.assignee) && t('plan.taskForm.whoRequired'),
          localTime: (draft.localTime !== '' && !TIME.test(draft.localTime) && t('plan.taskForm.timeInvalid')) || (recurrence !== null && draft.localTime === '' && t('plan.taskForm.timeNeeded')),
          startsOn: recurrence !== null && draft.startsOn === '' && t('plan.taskForm.startNeeded'),
          untilOn: draft.startsOn !== '' && draft.untilOn !== '' && draft.untilOn < draft.startsOn && t('plan.taskForm.untilBeforeStart'),
          durationMinutes: minutes !== null && (!Number.isInteger(minutes) || minutes < 5 || minutes > 1440) && t('plan.taskForm.minutesInvalid'),
          costCents: cents === 'invalid' && t('plan.taskForm.costInvalid'),
        }),
      async () => {
        const assignee = assigneeFromValue(draft.assignee);
        if (!assignee || cents === 'invalid') return;
        const body: TaskBody = {
          goalId: draft.goalId || null,
          title: draft.title.trim(),
          details: orNull(draft.details),
          assignee,
          frequency: orNull(draft.frequency),
          recurrence,
          localTime: orNull(draft.localTime),
          durationMinutes: minutes,
          startsOn: orNull(draft.startsOn),
          untilOn: orNull(draft.untilOn),
          dueOn: orNull(draft.dueOn),
          location: orNull(draft.location),
          costCents: cents,
          costNote: orNull(draft.costNote),
          payer: draft.payer || null,
          payerNote: orNull(draft.payerNote),
        };
        const saved = initial ? await api.put<Task>(taskApi(clientId, initial.id), { ...body, version }) : await api.post<Task>(tasksApi(clientId), body);
        onSaved(t(saved.status === 'asked' ? 'plan.taskForm.savedAsked' : 'plan.taskForm.saved', { title: saved.title, name: saved.assignee.label ? personName(saved.assignee.label) : '' }));
      },
    );

  const assigneeError = errors.fields.assignee ?? errors.fields['assignee.linkId'] ?? errors.fields['assignee.kind'];
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form plan-form" aria-labelledby={id('title-heading')}>
      <Heading level={3} id={id('title-heading')} ref={headingRef} tabIndex={-1}>
        {initial ? t('plan.taskForm.editTitle') : t('plan.taskForm.newTitle')}
      </Heading>
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={prefix} fields={FIELDS} />
      <TextField id={id('title')} label={t('plan.taskForm.what')} description={t('plan.taskForm.whatHint')} value={draft.title} onChange={set('title')} error={errors.fields.title} maxLength={200} required autoComplete="off" />
      <TextAreaField id={id('details')} label={t('plan.taskForm.details')} value={draft.details} onChange={set('details')} error={errors.fields.details} maxLength={2000} rows={2} />
      {goals.length > 0 ? (
        <SelectField
          id={id('goalId')}
          label={t('plan.taskForm.goal')}
          value={draft.goalId}
          onChange={set('goalId')}
          options={[{ value: '', label: t('plan.taskForm.noGoal') }, ...goals.map((g) => ({ value: g.id, label: g.ownWords }))]}
          error={errors.fields.goalId}
        />
      ) : null}
      <AssigneeChoice
        id={id('assignee')}
        suggestions={suggestions.data}
        loadError={suggestions.error}
        value={draft.assignee}
        onChange={set('assignee')}
        error={assigneeError}
        viewerIsClient={viewerIsClient}
        clientFirstName={clientFirstName}
        current={currentAssignee}
      />
      <Fieldset className="plan-form__group">
        <FieldsetLegend>{t('plan.taskForm.when')}</FieldsetLegend>
        <TextField id={id('frequency')} label={t('plan.taskForm.frequency')} description={t('plan.taskForm.frequencyHint')} value={draft.frequency} onChange={set('frequency')} error={errors.fields.frequency} maxLength={200} autoComplete="off" />
        <div className="plan-form__pair">
          <SelectField
            id={id('recurrence')}
            label={t('plan.taskForm.weekday')}
            description={t('plan.taskForm.weekdayHint')}
            value={draft.weekday}
            onChange={set('weekday')}
            options={[
              { value: '', label: t('plan.taskForm.noWeekday') },
              ...WEEKDAY_CODES.map((d) => ({ value: d, label: t('plan.repeat.weeklyOn', { days: t(`plan.weekday.${d}`) }) })),
              ...(keptWords ? [{ value: KEEP, label: keptWords }] : []),
            ]}
            error={errors.fields.recurrence}
          />
          <TextField id={id('localTime')} type="time" label={t('plan.taskForm.time')} value={draft.localTime} onChange={set('localTime')} error={errors.fields.localTime} />
        </div>
        <TextField id={id('durationMinutes')} inputMode="numeric" label={t('plan.taskForm.minutes')} value={draft.durationMinutes} onChange={set('durationMinutes')} error={errors.fields.durationMinutes} autoComplete="off" />
        <div className="plan-form__pair">
          <TextField id={id('startsOn')} type="date" label={t('plan.taskForm.startsOn')} value={draft.startsOn} onChange={set('startsOn')} error={errors.fields.startsOn} />
          <TextField id={id('untilOn')} type="date" label={t('plan.taskForm.untilOn')} value={draft.untilOn} onChange={set('untilOn')} error={errors.fields.untilOn} />
        </div>
        <TextField id={id('dueOn')} type="date" label={t('plan.taskForm.dueOn')} description={t('plan.taskForm.dueOnHint')} value={draft.dueOn} onChange={set('dueOn')} error={errors.fields.dueOn} />
        <TextField id={id('location')} label={t('plan.taskForm.location')} value={draft.location} onChange={set('location')} error={errors.fields.location} maxLength={300} autoComplete="off" />
      </Fieldset>
      <Fieldset className="plan-form__group">
        <FieldsetLegend>{t('plan.taskForm.money')}</FieldsetLegend>
        <TextField id={id('costCents')} inputMode="decimal" label={t('plan.taskForm.cost')} description={t('plan.taskForm.costHint')} value={draft.costCents} onChange={set('costCents')} error={errors.fields.costCents} autoComplete="off" />
        <TextField id={id('costNote')} label={t('plan.taskForm.costNote')} value={draft.costNote} onChange={set('costNote')} error={errors.fields.costNote} maxLength={300} autoComplete="off" />
        <SelectField
          id={id('payer')}
          label={t('plan.taskForm.payer')}
          value={draft.payer}
          onChange={(v) => set('payer')(v as Payer | '')}
          options={[{ value: '', label: t('plan.taskForm.noPayer') }, ...PAYERS.map((p) => ({ value: p, label: t(`plan.payer.${p}`, { name: clientName }) }))]}
          error={errors.fields.payer}
        />
        <TextField id={id('payerNote')} label={t('plan.taskForm.payerNote')} value={draft.payerNote} onChange={set('payerNote')} error={errors.fields.payerNote} maxLength={300} autoComplete="off" />
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {initial ? t('plan.taskForm.save') : t('plan.taskForm.add')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
