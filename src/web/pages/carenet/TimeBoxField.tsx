import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { fieldErrors } from '../../components/formErrors';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { itemApi, type ItemView } from './types';

/** The time box of one item, in minutes (1–120). */
export function TimeBoxField({ item, onSaved }: { item: ItemView; onSaved: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(item.timeBoxMinutes));
  const { errors, busy, submit } = useFormSubmit();
  const id = `cn-tb-${item.id}`;
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ timeBoxMinutes: !(/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 120) && t('careNet.agenda.timeBoxRange') }),
      async () => {
        await api.put(itemApi(item.id), { version: item.version, timeBoxMinutes: Number(value) });
        onSaved();
      },
    );
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="carenet-inline-form">
      <TextField id={id} inputMode="numeric" label={t('careNet.agenda.timeBoxLabel', { title: item.title })} value={value} onChange={setValue} error={errors.fields.timeBoxMinutes ?? errors.summary[0]} />
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {t('careNet.agenda.timeBoxSave')}
      </Button>
    </form>
  );
}
