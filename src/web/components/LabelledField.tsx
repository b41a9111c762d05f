import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface LabelledFieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  description?: ReactNode;
  /** Renders the control; it must carry `aria-describedby` so screen readers hear help and error. */
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, help text and error message around one control, with the ids that link them to it. */
export function LabelledField({ id, label, error, description, children }: LabelledFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField
      invalid={!!error}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={children(describedBy)}
    />
  );
}
