import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import type { ClientSummary } from '../../api/types';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { SubjectState } from './formState';

interface Props {
  prefix: string;
  value: SubjectState;
  onChange: (v: SubjectState) => void;
  errors: Record<string, string>;
}

/**
 * Who the case is about: a client the member already works with in Samenspel (so the network can
 * see who else is involved), or name and birth date typed in.
 */
export function SubjectFields({ prefix, value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const clients = useApi<ClientSummary[]>('/api/clients');
  const set = (k: keyof SubjectState) => (v: string) => onChange({ ...value, [k]: v });
  const linked = value.clientId !== '';
  return (
    <>
      <SelectField
        id={`${prefix}-clientId`}
        label={t('careCases.subject.client')}
        description={t('careCases.subject.clientHint')}
        value={value.clientId}
        onChange={set('clientId')}
        error={errors.clientId}
        options={[{ value: '', label: t('careCases.subject.noClient') }, ...(clients.data ?? []).map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }))]}
      />
      {linked ? (
        <Paragraph>{t('careCases.subject.linkedNote')}</Paragraph>
      ) : (
        <>
          <TextField id={`${prefix}-firstName`} label={t('careCases.subject.firstName')} value={value.firstName} onChange={set('firstName')} error={errors.firstName} autoComplete="off" />
          <TextField id={`${prefix}-lastName`} label={t('careCases.subject.lastName')} value={value.lastName} onChange={set('lastName')} error={errors.lastName} autoComplete="off" />
          <TextField id={`${prefix}-birthDate`} type="date" label={t('careCases.subject.birthDate')} description={t('careCases.subject.birthDateHint')} value={value.birthDate} onChange={set('birthDate')} error={errors.birthDate} />
        </>
      )}
      <TextField id={`${prefix}-address`} label={t('careCases.subject.address')} value={value.address} onChange={set('address')} error={errors.address} autoComplete="off" />
      <TextField id={`${prefix}-school`} label={t('careCases.subject.school')} value={value.school} onChange={set('school')} error={errors.school} autoComplete="off" />
    </>
  );
}
