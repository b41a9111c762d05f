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
import { UPDATE_KINDS, isEntry, type Entry, type UpdateKind } from './types';

interface Props {
  clientId: string;
  entry: Entry;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Changing one's own update or report. After a 409 the form holds the text as it is now. */
export function EditEntryForm({ clientId, entry, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(entry);
  const [body, setBody] = useState(entry.body);
  const [kind, setKind] = useState<UpdateKind>(entry.kind === 'rapportage' ? 'update' : entry.kind);
  const report = entry.kind === 'rapportage';
  const prefix = `edit-${entry.id}`;
  const form = useFormSubmit<Entry>({
    conflict: {
      parse: (c) => (isEntry(c) ? c : null),
      load: (c) => {
        setCurrent(c);
        setBody(c.body);
        if (c.kind !== 'rapportage') setKind(c.kind);
      },
    },
  });
  const path = `/api/clients/${encodeURIComponent(clientId)}/${report ? 'reports' : 'logbook'}/${encodeURIComponent(entry.id)}`;

  const onSubmit = (event: FormEvent) =>
    form.submit(
      event,
      () => fieldErrors({ body: !body.trim() && t('logbook.bodyRequired') }),
      async () => {
        await api.put<Entry>(path, report ? { body: body.trim(), version: current.version } : { kind, body: body.trim(), version: current.version });
        onSaved(t('logbook.changed'));
      },
    );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
      {form.conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={form.errors} idPrefix={prefix} fields={['kind', 'body']} />
      {report ? null : (
        <RadioGroup
          id={`${prefix}-kind`}
          legend={t('logbook.kindLegend')}
          value={kind}
          onChange={(v) => setKind(v as UpdateKind)}
          options={UPDATE_KINDS.map((k) => ({ value: k, label: t(`logbook.kind.${k}`) }))}
        />
      )}
      <TextAreaField id={`${prefix}-body`} label={t('logbook.editLabel')} value={body} onChange={setBody} error={form.errors.fields.body} maxLength={4000} rows={4} required />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('logbook.editSubmit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('logbook.editCancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
