import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import type { SafetyState } from './formState';
import { SAFETY_GROUNDS, SAFETY_JUSTIFICATION_MIN, VEILIG_THUIS } from './types';

/** Why this goes ahead without consent, Veilig Thuis, and whether the client hears it afterwards. */
export function SafetyFields({ prefix, value, onChange, errors }: { prefix: string; value: SafetyState; onChange: (v: SafetyState) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const set = (k: keyof SafetyState) => (v: string) => onChange({ ...value, [k]: v });
  return (
    <>
      <Alert type="warning">
        <Paragraph>{t('careCases.safety.intro')}</Paragraph>
      </Alert>
      <RadioGroup
        id={`${prefix}-safety.ground`}
        legend={t('careCases.safety.ground')}
        value={value.ground}
        onChange={set('ground')}
        options={SAFETY_GROUNDS.map((g) => ({ value: g, label: t(`careCases.safety.groundValue.${g}`) }))}
        error={errors['safety.ground'] ?? errors.safety}
      />
      <TextAreaField
        id={`${prefix}-safety.justification`}
        label={t('careCases.safety.justification')}
        description={t('careCases.safety.justificationHint', { min: SAFETY_JUSTIFICATION_MIN, typed: value.justification.trim().length })}
        value={value.justification}
        onChange={set('justification')}
        error={errors['safety.justification']}
        maxLength={4000}
        rows={4}
        required
      />
      <RadioGroup
        id={`${prefix}-safety.veiligThuis`}
        legend={t('careCases.safety.veiligThuis')}
        value={value.veiligThuis}
        onChange={set('veiligThuis')}
        options={VEILIG_THUIS.map((v) => ({ value: v, label: t(`careCases.safety.veiligThuisValue.${v}`) }))}
        error={errors['safety.veiligThuis']}
      />
      <RadioGroup
        id={`${prefix}-safety.informClient`}
        legend={t('careCases.safety.informClient')}
        value={value.informClient}
        onChange={set('informClient')}
        options={[
          { value: 'yes', label: t('careCases.safety.informYes') },
          { value: 'no', label: t('careCases.safety.informNo') },
        ]}
        error={errors['safety.informClient']}
      />
      {value.informClient === 'no' ? (
        <TextAreaField id={`${prefix}-safety.notInformReason`} label={t('careCases.safety.notInformReason')} value={value.notInformReason} onChange={set('notInformReason')} error={errors['safety.notInformReason']} maxLength={2000} rows={3} />
      ) : null}
    </>
  );
}
