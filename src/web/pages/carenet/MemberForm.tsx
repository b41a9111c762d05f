import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { MANDATE_LEVELS, NETWORK_MEMBER_ROLES, networkApi, networksApi, type DirectoryPerson } from './types';

/** The chair adds a representative or substitute, with what they may decide alone. */
export function MemberForm({ networkId, onSaved }: { networkId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const people = useApi<DirectoryPerson[]>(`${networksApi}/directory`);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('representative');
  const [jobTitle, setJobTitle] = useState('');
  const [mandateLevel, setMandateLevel] = useState('');
  const [mandate, setMandate] = useState('');
  const [done, setDone] = useState('');
  const { errors, busy, submit } = useFormSubmit();
  const p = 'cn-member';
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ userId: !userId && t('careNet.form.required') }),
      async () => {
        setDone('');
        await api.post(`${networkApi(networkId)}/members`, { userId, role, jobTitle: jobTitle.trim() || null, mandate: mandate.trim() || null, mandateLevel: mandateLevel || null });
        const who = people.data?.find((u) => u.id === userId)?.name ?? '';
        setUserId('');
        setJobTitle('');
        setMandate('');
        setMandateLevel('');
        setDone(t('careNet.memberForm.added', { name: who }));
        onSaved();
      },
    );
  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section">
      <Heading level={2} id={`${p}-title`}>
        {t('careNet.memberForm.title')}
      </Heading>
      {done && <SuccessAlert>{done}</SuccessAlert>}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix={p} fields={['userId', 'organisationId', 'role', 'jobTitle', 'mandate', 'mandateLevel']} labels={{ userId: t('careNet.field.person'), organisationId: t('careNet.field.organisation') }} />
        <SelectField
          id={`${p}-userId`}
          label={t('careNet.field.person')}
          description={t('careNet.memberForm.personHint')}
          value={userId}
          onChange={setUserId}
          options={[{ value: '', label: t('careNet.form.choose') }, ...(people.data ?? []).map((u) => ({ value: u.id, label: u.organisationName ? `${u.name} (${u.organisationName})` : u.name }))]}
          error={errors.fields.userId ?? errors.fields.organisationId}
          required
        />
        <RadioGroup id={`${p}-role`} legend={t('careNet.field.role')} value={role} onChange={setRole} options={NETWORK_MEMBER_ROLES.map((r) => ({ value: r, label: t(`careNet.memberRole.${r}`) }))} error={errors.fields.role} />
        <TextField id={`${p}-jobTitle`} label={t('careNet.field.jobTitle')} value={jobTitle} onChange={setJobTitle} error={errors.fields.jobTitle} maxLength={120} />
        <RadioGroup
          id={`${p}-mandateLevel`}
          legend={t('careNet.field.mandateLevel')}
          value={mandateLevel}
          onChange={setMandateLevel}
          options={[{ value: '', label: t('careNet.mandate.none') }, ...MANDATE_LEVELS.map((m) => ({ value: m, label: t(`careNet.mandate.${m}`) }))]}
          error={errors.fields.mandateLevel}
        />
        <TextAreaField id={`${p}-mandate`} label={t('careNet.field.mandate')} description={t('careNet.memberForm.mandateHint')} value={mandate} onChange={setMandate} error={errors.fields.mandate} maxLength={1000} rows={3} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('careNet.memberForm.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
