import { Button, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';

/** Who sits at the table: one name per field, with buttons to add and remove a line. */
export function ParticipantsField({ id, values, onChange, error }: { id: string; values: string[]; onChange: (v: string[]) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const set = (i: number, v: string) => onChange(values.map((old, j) => (j === i ? v : old)));
  return (
    <Fieldset invalid={!!error} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <FieldsetLegend>{t('netIntake.start.participants')}</FieldsetLegend>
      <FormFieldDescription id={`${id}-hint`}>{t('netIntake.start.participantsHint')}</FormFieldDescription>
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      {values.map((v, i) => (
        <div className="netintake-participant" key={i}>
          <TextField id={i === 0 ? id : `${id}-${i}`} label={t('netIntake.start.participant', { n: i + 1 })} value={v} onChange={(x) => set(i, x)} maxLength={120} autoComplete="off" />
          {values.length > 1 ? (
            <Button type="button" appearance="subtle-button" onClick={() => onChange(values.filter((_, j) => j !== i))}>
              {t('netIntake.start.removeParticipant', { n: i + 1 })}
            </Button>
          ) : null}
        </div>
      ))}
      {values.length < 12 ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => onChange([...values, ''])}>
          {t('netIntake.start.addParticipant')}
        </Button>
      ) : null}
    </Fieldset>
  );
}
