import { AppError, type FieldProblem } from '../../platform/errors.js';

/** Throws one 422 naming every field that is wrong, so a form can show them all at once; nothing when all are fine. */
export function failIfAny(problems: (FieldProblem | null)[]): void {
  const fields = problems.filter((p): p is FieldProblem => p !== null);
  if (fields.length) throw new AppError(422, 'validation', { nl: 'Niet alle gegevens kloppen.', en: 'Some of the information is not valid.' }, fields);
}
