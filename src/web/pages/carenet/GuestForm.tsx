import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { itemApi, networksApi, type DirectoryPerson, type ItemView } from './types';

/** A guest on call for this one case item (e.g. a family guardian); they see only this item. */
export function GuestForm({ item, onSaved }: { item: ItemView; onSaved: () => void }) {
  const { t } = useTranslation();
  const people = useApi<DirectoryPerson[]>(`${networksApi}/directory`);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const id = `cn-guest-${item.id}`;
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ userId: !userId && t('careNet.form.required') }),
      async () => {
        await api.post(`${itemApi(item.id)}/guests`, { userId, roleLabel: role.trim() || null });
        setUserId('');
        setRole('');
        clearErrors();
        onSaved();
      },
    );
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="carenet-inline-form">
      <SelectField
        id={`${id}-userId`}
        label={t('careNet.guest.person', { title: item.title })}
        value={userId}
        onChange={setUserId}
        options={[{ value: '', label: t('careNet.form.choose') }, ...(people.data ?? []).map((u) => ({ value: u.id, label: u.organisationName ? `${u.name} (${u.organisationName})` : u.name }))]}
        error={errors.fields.userId ?? errors.summary[0]}
      />
      <TextField id={`${id}-role`} label={t('careNet.guest.role')} value={role} onChange={setRole} error={errors.fields.roleLabel} maxLength={120} />
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {t('careNet.guest.submit')}
      </Button>
    </form>
  );
}
