import { Fieldset, FieldsetLegend, FormField, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';

export interface RadioGroupProps {
  id: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string; lang?: string }[];
  error?: string | undefined;
}

/** A fieldset of radio buttons. The first option has the group's id, so error links land there. */
export function RadioGroup({ id, legend, value, onChange, options, error }: RadioGroupProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <Fieldset invalid={!!error} aria-describedby={errorId}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}
      {options.map((o, i) => {
        const optionId = i === 0 ? id : `${id}-${o.value}`;
        return (
          <FormField key={o.value} type="radio">
            <div className="utrecht-form-field__input">
              <RadioButton
                id={optionId}
                name={id}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                invalid={!!error}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={optionId} type="radio" lang={o.lang}>
                {o.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
