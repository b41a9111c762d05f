import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { dayName } from './agendaText';
import { itemApi, type Item, type Occurrence } from './types';

interface Props {
  item: Item;
  occurrence: Occurrence;
  onDone: (message: string) => void;
  onBack: () => void;
  /** After a 409: the page loads the newest version. */
  onStale: () => void;
}

const isItem = (v: unknown): v is Item => typeof v === 'object' && v !== null && 'version' in v;

/** Call off one date of a series, or the whole appointment; everyone invited is told. */
export function CancelForm({ item, occurrence, onDone, onBack, onStale }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [scope, setScope] = useState<'once' | 'all'>(item.recurrence ? 'once' : 'all');
  const [reason, setReason] = useState('');
  const { errors, busy, conflict, submit } = useFormSubmit<Item>({ conflict: { parse: (c) => (isItem(c) ? c : null), load: () => onStale() } });

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => NO_ERRORS,
      async () => {
        const body = { version: item.version, reason: reason.trim() || null };
        if (scope === 'once') await api.post(`${itemApi(item.clientId, item.id)}/skip`, { ...body, date: occurrence.date });
        else await api.post(`${itemApi(item.clientId, item.id)}/cancel`, body);
        onDone(t(scope === 'once' ? 'agendaCancel.doneOnce' : 'agendaCancel.doneAll', { title: item.title, day: dayName(occurrence.date, locale) }));
      },
    );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form agenda-cancel">
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix="agenda-cancel" fields={['date', 'reason']} />
      {item.recurrence ? (
        <RadioGroup
          id="agenda-cancel-scope"
          legend={t('agendaCancel.which')}
          value={scope}
          onChange={(v) => setScope(v === 'all' ? 'all' : 'once')}
          options={[
            { value: 'once', label: t('agendaCancel.once', { day: dayName(occurrence.date, locale) }) },
            { value: 'all', label: t('agendaCancel.all') },
          ]}
        />
      ) : null}
      <TextAreaField id="agenda-cancel-reason" label={t('agendaCancel.reason')} value={reason} onChange={setReason} error={errors.fields.reason} maxLength={500} rows={2} description={t('agendaCancel.reasonHelp')} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('agendaCancel.confirm')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onBack}>
          {t('agendaCancel.back')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
