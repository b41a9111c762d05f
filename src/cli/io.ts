import pino from 'pino';
import { loadConfig, type Config } from '../platform/config/config.js';
import { closeContext, createContext } from '../platform/bootstrap.js';
import type { AppContext } from '../platform/context.js';
import { createProgress, type Progress } from './progress.js';
import { assertEmbeddedServerStopped } from './server-check.js';

export interface ContextOptions {
  /** Apply pending migrations first (default). Backup and restore must see the database as it is. */
  migrate?: boolean;
}

/** Everything a command touches outside itself, so tests can run commands in-process. */
export interface CliIO {
  env: NodeJS.ProcessEnv;
  /** A line of result on stdout. */
  out(line?: string): void;
  /** A line of diagnostics on stderr. */
  err(line?: string): void;
  progress(label: string, unit?: 'items' | 'bytes'): Progress;
  config(): Config;
  withContext<T>(fn: (ctx: AppContext) => Promise<T>, options?: ContextOptions): Promise<T>;
}

export interface IOOverrides {
  out?: (line: string) => void;
  err?: (line: string) => void;
  stderrTTY?: boolean;
}

export function createIO(env: NodeJS.ProcessEnv = process.env, overrides: IOOverrides = {}): CliIO {
  const out = overrides.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const errLine = overrides.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  // Progress writes partial lines; with an overridden err sink it is collected line by line instead.
  const rawErr = overrides.err ? (text: string) => overrides.err?.(text.replace(/^\r|\n$/g, '')) : (text: string) => process.stderr.write(text);
  const tty = overrides.stderrTTY ?? (overrides.err ? false : Boolean(process.stderr.isTTY));
  let config: Config | undefined;
  const io: CliIO = {
    env,
    out: (line = '') => out(line),
    err: (line = '') => errLine(line),
    progress: (label, unit = 'items') => createProgress(rawErr, label, { tty, unit }),
    config: () => (config ??= loadConfig(env)),
    async withContext(fn, options = {}) {
      // Services log at info; an operator at a terminal wants results, not log lines.
      await assertEmbeddedServerStopped(io.config());
      const log = pino({ level: env.LOG_LEVEL ?? 'warn', base: { app: 'samenspel-cli' } }, pino.destination(2));
      const ctx = await createContext(io.config(), { log, migrate: options.migrate ?? true });
      try {
        return await fn(ctx);
      } finally {
        await closeContext(ctx);
      }
    },
  };
  return io;
}
