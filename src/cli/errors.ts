import { AppError } from '../platform/errors.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Wrong or missing arguments: the user gets the command's usage and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An expected failure with a message for the operator, e.g. an unknown region; exit code 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** Turns any error into lines for stderr. Stack traces only on request: operators need the cause. */
export function describeError(err: unknown, showStack: boolean): string[] {
  if (err instanceof AppError) {
    return [`Error: ${err.messages.en}`, ...err.fields.map((f) => `  ${f.field}: ${f.en}`)];
  }
  if (err instanceof CliError || err instanceof UsageError) return [`Error: ${err.message}`];
  if (err instanceof Error) {
    const code = (err as Error & { code?: unknown }).code;
    const lines = [`Error: ${err.message || String(code ?? 'unknown error')}`];
    if (code === 'ECONNREFUSED') lines.push('  Is the database running, and is DATABASE_URL right?');
    if (showStack && err.stack) lines.push(err.stack);
    return lines;
  }
  return [`Error: ${String(err)}`];
}
