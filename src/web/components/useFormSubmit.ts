import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useLocale } from '../i18n/useLocale';
import { NO_ERRORS, errorsFromApi, hasErrors, type FormErrors } from './formErrors';

interface Options<C> {
  /** Called when the request fails, before the errors are shown (e.g. to clear a password). */
  onError?: () => void;
  /**
   * Optimistic locking: on a 409 whose `current` record `parse` accepts, `load` puts it into the form,
   * the errors are cleared and `conflict` becomes true (show <ConflictAlert/>).
   */
  conflict?: {
    parse: (current: unknown) => C | null;
    load: (current: C) => void;
  };
}

/**
 * The submit plumbing of a form: a busy flag against double submits, the browser's own checks,
 * and the server's errors (or a 409 conflict) as form errors.
 * The form keeps its own field state; on success it clears the errors itself when it should.
 */
export function useFormSubmit<C = never>({ onError, conflict: onConflict }: Options<C> = {}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [errors, setErrors] = useState(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  /** Runs `action` unless busy or `validate` finds errors; a failure ends up in `errors`. */
  const submit = async (event: FormEvent, validate: () => FormErrors, action: () => Promise<void>) => {
    event.preventDefault();
    if (busy) return;
    const local = validate();
    if (hasErrors(local)) return setErrors(local);
    setBusy(true);
    if (onConflict) setConflict(false);
    try {
      await action();
    } catch (error) {
      onError?.();
      const current = onConflict && error instanceof ApiError && error.status === 409 ? onConflict.parse(error.problem.current) : null;
      if (onConflict && current !== null) {
        onConflict.load(current);
        setErrors(NO_ERRORS);
        setConflict(true);
      } else {
        setErrors(errorsFromApi(error, locale, t('common.unknownError')));
      }
    } finally {
      setBusy(false);
    }
  };

  return { errors, busy, conflict, submit, clearErrors: () => setErrors(NO_ERRORS) };
}
