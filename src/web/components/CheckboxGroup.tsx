import { Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';

export interface CheckboxGroupProps {
  id: string;
  legend: string;
  values: string[];
  onChange: (values: string[]) => void;
  options: { value: string; label: string }[];
  error?: string | undefined;
}

/** A fieldset of checkboxes (for example: roles). The first box has the group's id, so error links land there. */
export function CheckboxGroup({ id, legend, values, onChange, options, error }: CheckboxGroupProps) {
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
  return (
    <Fieldset invalid={!!error} aria-describedby={errorId}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}
      {options.map((o, i) => {
        const boxId = i === 0 ? id : `${id}-${o.value}`;
        return (
          <FormField key={o.value} type="checkbox">
            <div className="utrecht-form-field__input">
              <Checkbox
                id={boxId}
                name={id}
                value={o.value}
                checked={values.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
                invalid={!!error}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel htmlFor={boxId} type="checkbox">
                {o.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
