import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import type { ConsentState } from './formState';
import { CONSENT_GIVERS, CONSENT_HOW } from './types';

/** Who gave consent for this one meeting, when and how. Field ids end in consent.<name> for 422s. */
export function ConsentFields({ prefix, value, onChange, errors }: { prefix: string; value: ConsentState; onChange: (v: ConsentState) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const set = (k: keyof ConsentState) => (v: string) => onChange({ ...value, [k]: v });
  return (
    <>
      <RadioGroup
        id={`${prefix}-consent.givenByKind`}
        legend={t('careCases.consent.givenBy')}
        value={value.givenByKind}
        onChange={set('givenByKind')}
        options={CONSENT_GIVERS.map((g) => ({ value: g, label: t(`careCases.consent.giver.${g}`) }))}
        error={errors['consent.givenByKind'] ?? errors.consent}
      />
      {value.givenByKind !== 'client' ? (
        <TextField id={`${prefix}-consent.givenByName`} label={t('careCases.consent.givenByName')} value={value.givenByName} onChange={set('givenByName')} error={errors['consent.givenByName']} autoComplete="off" />
      ) : null}
      <TextField id={`${prefix}-consent.givenOn`} type="date" label={t('careCases.consent.givenOn')} value={value.givenOn} onChange={set('givenOn')} error={errors['consent.givenOn']} />
      <RadioGroup
        id={`${prefix}-consent.how`}
        legend={t('careCases.consent.how')}
        value={value.how}
        onChange={set('how')}
        options={CONSENT_HOW.map((h) => ({ value: h, label: t(`careCases.consent.howValue.${h}`) }))}
        error={errors['consent.how']}
      />
    </>
  );
}
