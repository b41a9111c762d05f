import { Textarea } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { LabelledField } from './LabelledField';

export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: ReactNode;
  required?: boolean;
  maxLength?: number;
  rows?: number;
}

/** A labelled multi-line text field with help text and error message, like TextField. */
export function TextAreaField({ id, label, value, onChange, error, description, required, maxLength, rows = 5 }: TextAreaFieldProps) {
  return (
    <LabelledField id={id} label={label} error={error} description={description}>
      {(describedBy) => (
        <Textarea
          id={id}
          name={id}
          value={value}
          rows={rows}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
          invalid={!!error}
          required={required}
          aria-describedby={describedBy}
        />
      )}
    </LabelledField>
  );
}
