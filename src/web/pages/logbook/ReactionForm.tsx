import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { isEntry, type Entry } from './types';

interface Props {
  clientId: string;
  entry: Entry;
  /** After saving, or after a 409 (the report changed: the page shows the new text). */
  onChanged: (message: string | null) => void;
}

/** "Klopt dit?": the client, or whoever decides for them, says whether a report is right. */
export function ReactionForm({ clientId, entry, onChanged }: Props) {
  const { t } = useTranslation();
  const [reaction, setReaction] = useState(entry.reaction?.reaction ?? '');
  const [note, setNote] = useState(entry.reaction?.note ?? '');
  const prefix = `reaction-${entry.id}`;
  const form = useFormSubmit<Entry>({ conflict: { parse: (c) => (isEntry(c) ? c : null), load: () => onChanged(null) } });

  const onSubmit = (event: FormEvent) =>
    form.submit(
      event,
      () =>
        fieldErrors({
          reaction: !reaction && t('logbook.reactionRequired'),
          note: reaction === 'klopt-niet' && !note.trim() && t('logbook.reactionNoteRequired'),
        }),
      async () => {
        await api.put<Entry>(`/api/clients/${encodeURIComponent(clientId)}/reports/${encodeURIComponent(entry.id)}/reaction`, {
          reaction,
          note: note.trim() || null,
          version: entry.version,
        });
        onChanged(t('logbook.reactionSaved'));
      },
    );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form logbook-reaction-form">
      {form.conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={form.errors} idPrefix={prefix} fields={['reaction', 'note']} />
      <RadioGroup
        id={`${prefix}-reaction`}
        legend={t('logbook.reactionLegend')}
        value={reaction}
        onChange={setReaction}
        options={[
          { value: 'klopt', label: t('logbook.reaction.klopt') },
          { value: 'klopt-niet', label: t('logbook.reaction.klopt-niet') },
        ]}
        error={form.errors.fields.reaction}
      />
      <TextAreaField
        id={`${prefix}-note`}
        label={t(reaction === 'klopt-niet' ? 'logbook.reactionNoteWhy' : 'logbook.reactionNote')}
        value={note}
        onChange={setNote}
        error={form.errors.fields.note}
        maxLength={2000}
        rows={3}
        required={reaction === 'klopt-niet'}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={form.busy}>
          {t('logbook.reactionSubmit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
