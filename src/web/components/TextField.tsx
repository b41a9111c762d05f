import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import type { InputHTMLAttributes, ReactNode } from 'react';

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
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField
      invalid={!!error}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
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
      }
    />
  );
}
