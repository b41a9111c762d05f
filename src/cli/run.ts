import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { describeError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { isHelp } from './args.js';
import type { CliIO } from './io.js';

const name = (c: Command) => c.path.join(' ');

export function overview(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => name(c).length));
  return [
    'Samenspel administration',
    '',
    'Usage: npm run cli -- <command> [options]',
    '       npm run cli -- <command> --help',
    '',
    'Commands:',
    ...commands.map((c) => `  ${name(c).padEnd(width)}  ${c.summary}`),
    '',
    'The database is DATABASE_URL when set, otherwise the embedded one in DATA_DIR (default ./data);',
    'stop the server before using the embedded one: only one process at a time may open it.',
    'Exit codes: 0 done, 1 failed, 2 wrong usage.',
  ].join('\n');
}

/** The longest command path that the leading words spell, e.g. "user create" before "user". */
function match(argv: readonly string[], commands: readonly Command[]): { command: Command; rest: string[] } | undefined {
  const sorted = [...commands].sort((a, b) => b.path.length - a.path.length);
  for (const command of sorted) {
    if (command.path.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(command.path.length) };
  }
  return undefined;
}

export async function runCli(argv: readonly string[], io: CliIO, commands: readonly Command[] = COMMANDS): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    io.out(overview(commands));
    return EXIT_OK;
  }
  const found = match(argv, commands);
  if (!found) {
    const group = commands.filter((c) => c.path[0] === argv[0]);
    io.err(group.length ? `"${argv.join(' ')}" is not a command. Did you mean:` : `Unknown command "${argv[0]}".`);
    const width = Math.max(0, ...group.map((c) => name(c).length));
    if (group.length) for (const c of group) io.err(`  ${name(c).padEnd(width)}  ${c.summary}`);
    else io.err(overview(commands));
    return EXIT_USAGE;
  }
  const { command, rest } = found;
  if (isHelp(rest)) {
    io.out(command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    for (const line of describeError(err, io.env.DEBUG !== undefined)) io.err(line);
    if (err instanceof UsageError) {
      io.err(`Run "npm run cli -- ${name(command)} --help" for the options.`);
      return EXIT_USAGE;
    }
    return EXIT_FAILURE;
  }
}
