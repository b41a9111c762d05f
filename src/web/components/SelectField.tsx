import { Select, SelectOption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { LabelledField } from './LabelledField';

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string | undefined;
  description?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

/** A labelled select with help text and error message. */
export function SelectField({ id, label, value, onChange, options, error, description, required, disabled }: SelectFieldProps) {
  return (
    <LabelledField id={id} label={label} error={error} description={description}>
      {(describedBy) => (
        <Select
          id={id}
          name={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          invalid={!!error}
          required={required}
          disabled={disabled}
          aria-describedby={describedBy}
        >
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </LabelledField>
  );
}
