import { ApiError } from '../api/client';
import type { Locale } from '../api/types';

/** Errors of one form: messages for the whole form, and per field name. */
export interface FormErrors {
  summary: string[];
  fields: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { summary: [], fields: {} };

export const hasErrors = (e: FormErrors): boolean => e.summary.length > 0 || Object.keys(e.fields).length > 0;

/** Turns a failed request into form errors: the general message plus the server's field errors. */
export function errorsFromApi(error: unknown, locale: Locale, fallback: string): FormErrors {
  if (error instanceof ApiError) {
    const fields = error.fieldErrors(locale);
    return { summary: [error.userMessage(locale)], fields };
  }
  return { summary: [fallback], fields: {} };
}

/** Field errors found in the browser (empty required fields etc.). */
export function fieldErrors(fields: Record<string, string | false | undefined>): FormErrors {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (v) out[k] = v;
  return { summary: [], fields: out };
}
