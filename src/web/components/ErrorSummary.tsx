import { Alert, Heading, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrors, type FormErrors } from './formErrors';

interface Props {
  errors: FormErrors;
  /** Input ids are `${idPrefix}-${field}`. */
  idPrefix: string;
  /** Fields that have an input in this form; other field errors are shown as text. */
  fields: string[];
  /** Visible field names, for errors such as "E-mailadres: vul dit in". */
  labels?: Record<string, string>;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  event.preventDefault();
  el.focus();
  el.scrollIntoView({ block: 'center' });
}

/** The list of problems at the top of a form. It takes focus when it appears, so screen readers read it. */
export function ErrorSummary({ errors, idPrefix, fields, labels = {} }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (hasErrors(errors)) ref.current?.focus();
  }, [errors]);

  if (!hasErrors(errors)) return null;
  const fieldEntries = Object.entries(errors.fields);
  return (
    <div ref={ref} tabIndex={-1} className="samenspel-error-summary">
      <Alert type="error">
        <Heading level={2} id={`${idPrefix}-error-summary-title`} appearance="utrecht-heading-3">
          {t('form.errorSummaryTitle')}
        </Heading>
        <UnorderedList>
          {errors.summary.map((message) => (
            <UnorderedListItem key={`summary:${message}`}>{message}</UnorderedListItem>
          ))}
          {fieldEntries.map(([field, message]) => {
            const text = labels[field] ? `${labels[field]}: ${message}` : message;
            const id = `${idPrefix}-${field}`;
            return (
              <UnorderedListItem key={`field:${field}`}>
                {fields.includes(field) ? (
                  <a className="utrecht-link utrecht-link--html-a" href={`#${id}`} onClick={(e) => focusField(e, id)}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      </Alert>
    </div>
  );
}
