import { Textbox } from '@utrecht/component-library-react';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { LabelledField } from './LabelledField';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'>;

export interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: ReactNode;
}

/** A labelled text input with its help text and error message, linked with aria-describedby. */
export function TextField({ id, label, value, onChange, error, description, required, ...inputProps }: TextFieldProps) {
  return (
    <LabelledField id={id} label={label} error={error} description={description}>
      {(describedBy) => (
        <Textbox
          {...inputProps}
          id={id}
          name={inputProps.name ?? id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          invalid={!!error}
          required={required}
          aria-describedby={describedBy}
        />
      )}
    </LabelledField>
  );
}
