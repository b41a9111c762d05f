import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { AGE_GROUPS, networkPath, networksApi, type DirectoryPerson, type NetworkDetail } from './types';

/** A new care network: name, age group, area, chair and secretary. */
export function NetworkForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const people = useApi<DirectoryPerson[]>(`${networksApi}/directory`);
  const [name, setName] = useState('');
  const [ageGroup, setAgeGroup] = useState('0-12');
  const [area, setArea] = useState('');
  const [chair, setChair] = useState('');
  const [secretary, setSecretary] = useState('');
  const { errors, busy, submit } = useFormSubmit();
  const p = 'cn-new-network';
  const options = [{ value: '', label: t('careNet.form.nobody') }, ...(people.data ?? []).map((u) => ({ value: u.id, label: u.organisationName ? `${u.name} (${u.organisationName})` : u.name }))];
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ name: !name.trim() && t('careNet.form.required') }),
      async () => {
        const created = await api.post<NetworkDetail>(networksApi, { name: name.trim(), ageGroup, area: area.trim() || null, chairUserId: chair || null, secretaryUserId: secretary || null });
        onSaved();
        void navigate(networkPath(created.id));
      },
    );
  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section">
      <Heading level={2} id={`${p}-title`}>
        {t('careNet.form.newTitle')}
      </Heading>
      <Paragraph>{t('careNet.form.newIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix={p} fields={['name', 'ageGroup', 'area', 'chairUserId', 'secretaryUserId']} labels={{ name: t('careNet.field.name'), ageGroup: t('careNet.field.ageGroup'), chairUserId: t('careNet.field.chair'), secretaryUserId: t('careNet.field.secretary') }} />
        <TextField id={`${p}-name`} label={t('careNet.field.name')} value={name} onChange={setName} error={errors.fields.name} maxLength={120} required />
        <SelectField id={`${p}-ageGroup`} label={t('careNet.field.ageGroup')} value={ageGroup} onChange={setAgeGroup} options={AGE_GROUPS.map((g) => ({ value: g, label: t(`careNet.ageGroup.${g}`) }))} error={errors.fields.ageGroup} />
        <TextField id={`${p}-area`} label={t('careNet.field.area')} description={t('careNet.form.areaHint')} value={area} onChange={setArea} error={errors.fields.area} maxLength={200} />
        <SelectField id={`${p}-chairUserId`} label={t('careNet.field.chair')} description={t('careNet.form.chairHint')} value={chair} onChange={setChair} options={options} error={errors.fields.chairUserId} />
        <SelectField id={`${p}-secretaryUserId`} label={t('careNet.field.secretary')} value={secretary} onChange={setSecretary} options={options} error={errors.fields.secretaryUserId} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('careNet.form.create')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
