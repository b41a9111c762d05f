import type { CliIO } from './io.js';

export interface Command {
  /** The words that select it, e.g. ['user', 'create']. */
  path: readonly string[];
  summary: string;
  /** Full help: usage line, options and an example. */
  help: string;
  /** Returns the exit code; throws UsageError or CliError for the runner to report. */
  run(args: string[], io: CliIO): Promise<number>;
}
