import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { minutesApi, type ItemMinutesView, type MinutesView } from './types';

/** A new action point for one item: what, who of the network, and before which day. */
export function AddActionForm({ meetingId, itemId, people, onAdded }: { meetingId: string; itemId: string; people: MinutesView['people']; onAdded: (item: ItemMinutesView) => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const p = `action-${itemId}`;
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ body: !body.trim() && t('careMinutes.required'), ownerUserId: !owner && t('careMinutes.required'), dueOn: !dueOn && t('careMinutes.required') }),
      async () => {
        const item = await api.post<ItemMinutesView>(`${minutesApi(meetingId)}/items/${encodeURIComponent(itemId)}/actions`, { body: body.trim(), ownerUserId: owner, dueOn });
        setBody('');
        setOwner('');
        setDueOn('');
        clearErrors();
        onAdded(item);
      },
    );
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form cm-subform">
      <Heading level={4}>{t('careMinutes.actions.addTitle')}</Heading>
      <ErrorSummary errors={errors} idPrefix={p} fields={['body', 'ownerUserId', 'dueOn']} labels={{ body: t('careMinutes.actions.body'), ownerUserId: t('careMinutes.actions.owner'), dueOn: t('careMinutes.actions.dueOn') }} />
      <TextField id={`${p}-body`} label={t('careMinutes.actions.body')} value={body} onChange={setBody} error={errors.fields.body} maxLength={500} />
      <SelectField
        id={`${p}-ownerUserId`}
        label={t('careMinutes.actions.owner')}
        value={owner}
        onChange={setOwner}
        options={[{ value: '', label: t('careMinutes.actions.chooseOwner') }, ...people.map((x) => ({ value: x.userId, label: x.organisation ? `${x.name} (${x.organisation})` : x.name }))]}
        error={errors.fields.ownerUserId}
      />
      <TextField id={`${p}-dueOn`} type="date" label={t('careMinutes.actions.dueOn')} value={dueOn} onChange={setDueOn} error={errors.fields.dueOn} />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy}>
          {t('careMinutes.actions.add')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
