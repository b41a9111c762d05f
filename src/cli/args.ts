import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Strict parsing: an unknown or misspelt option is a usage error, never silently ignored. */
export function parseOptions<const T extends OptionsConfig>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

export function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${option} is required.`);
  return value.trim();
}

export function positiveInt(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${option} must be a positive whole number.`);
  return n;
}

export const isHelp = (args: readonly string[]): boolean => args.includes('--help') || args.includes('-h');
