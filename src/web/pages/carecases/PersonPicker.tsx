import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/client';
import { useApi } from '../../api/useApi';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { Professional } from './types';

/** Search a professional of the region by name or organisation, then choose one from the list. */
export function PersonPicker({ id, label, value, onChange, error }: { id: string; label: string; value: string; onChange: (userId: string) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q.trim());
  const people = useApi<Professional[]>(withQuery('/api/care-cases/people', { q: deferred }), { keepPrevious: true });
  const options = (people.data ?? []).map((p) => ({ value: p.userId, label: p.organisation ? `${p.name} (${p.organisation})` : p.name }));
  return (
    <>
      <TextField id={`${id}-search`} type="search" label={t('careCases.people.search')} description={t('careCases.people.searchHint')} value={q} onChange={setQ} autoComplete="off" />
      <SelectField id={id} label={label} value={value} onChange={onChange} error={error} options={[{ value: '', label: t('careCases.people.choose') }, ...options]} />
    </>
  );
}
