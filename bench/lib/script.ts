import { describeError, UsageError } from '../../src/cli/errors.js';

/**
 * The entry point of a bench script: --help prints the help, the exit code is main's, and errors are
 * reported like the CLI reports them (2 for wrong usage, 1 for anything else).
 */
export function runScript(help: string, main: (argv: string[]) => Promise<number>): void {
  const run = async (argv: string[]): Promise<number> => {
    if (!argv.includes('--help') && !argv.includes('-h')) return main(argv);
    console.log(help);
    return 0;
  };
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      for (const line of describeError(err, true)) console.error(line);
      process.exit(err instanceof UsageError ? 2 : 1);
    },
  );
}
