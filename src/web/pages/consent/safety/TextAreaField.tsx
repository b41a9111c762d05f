import { Textarea } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { LabelledField } from '../../../components/LabelledField';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: ReactNode;
  required?: boolean;
  rows?: number;
}

/** A labelled multi-line text field with help and error, linked like TextField. */
export function TextAreaField({ id, label, value, onChange, error, description, required, rows = 4 }: Props) {
  return (
    <LabelledField id={id} label={label} error={error} description={description}>
      {(describedBy) => (
        <Textarea
          id={id}
          name={id}
          rows={rows}
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
