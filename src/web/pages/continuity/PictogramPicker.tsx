import { Checkbox, Fieldset, FieldsetLegend, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Pictogram';
import { PICTOGRAMS, type Pictogram } from './types';

/** Pick pictures by checkbox: each is a big picture with its word, reachable by keyboard. */
export function PictogramPicker({ id, values, onChange, error }: { id: string; values: Pictogram[]; onChange: (v: Pictogram[]) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <Fieldset invalid={!!error} aria-describedby={errorId}>
      <FieldsetLegend>{t('continuity.future.pictogramsLegend')}</FieldsetLegend>
      {error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}
      <div className="samenspel-continuity-picker">
        {PICTOGRAMS.map((p, i) => {
          const boxId = i === 0 ? id : `${id}-${p}`;
          const on = values.includes(p);
          return (
            <div key={p} className={`samenspel-continuity-picker__item${on ? ' samenspel-continuity-picker__item--on' : ''}`}>
              <Checkbox id={boxId} name={id} value={p} checked={on} onChange={(e) => onChange(e.target.checked ? [...values.filter((v) => v !== p), p] : values.filter((v) => v !== p))} />
              <FormLabel htmlFor={boxId} type="checkbox" className="samenspel-continuity-picker__label">
                <Icon name={p} size={48} />
                <span>{t(`continuity.pictograms.${p}`)}</span>
              </FormLabel>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
