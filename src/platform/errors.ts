/**
 * Domain errors carry a stable code plus a Dutch and an English message, so the HTTP layer can turn
 * them into RFC 9457 problem+json without knowing the domain, and the CLI can print them.
 */
export interface Messages {
  nl: string;
  en: string;
}

export interface FieldProblem {
  field: string;
  nl: string;
  en: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Messages,
    readonly fields: FieldProblem[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(messages.en);
    this.name = 'AppError';
  }
}

export const notFound = (what: Messages = { nl: 'Niet gevonden.', en: 'Not found.' }) => new AppError(404, 'not-found', what);

export const forbidden = (why: Messages = { nl: 'Je hebt geen toegang tot deze gegevens.', en: 'You do not have access to this information.' }) =>
  new AppError(403, 'forbidden', why);

export const unauthorized = (why: Messages = { nl: 'Log eerst in.', en: 'Please log in first.' }) => new AppError(401, 'unauthorized', why);

export const invalid = (field: string, nl: string, en: string) =>
  new AppError(422, 'validation', { nl: 'Niet alle gegevens kloppen.', en: 'Some of the information is not valid.' }, [{ field, nl, en }]);

/** Optimistic concurrency: the caller gets the current state to merge or retry. */
export const conflict = (current: unknown) =>
  new AppError(
    409,
    'conflict',
    {
      nl: 'Iemand anders heeft dit net gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.',
      en: 'Someone else changed this just now. Review the current version and try again.',
    },
    [],
    { current },
  );

export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(
    429,
    'too-many-requests',
    { nl: 'Te veel pogingen. Probeer het later opnieuw.', en: 'Too many attempts. Please try again later.' },
    [],
    { retryAfterSeconds },
  );
