import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { loadConfig } from '../platform/config/config.js';
import { createContext } from '../platform/bootstrap.js';
import type { AppContext } from '../platform/context.js';
import type { TestDb } from '../testing/test-db.js';
import { createIO, type CliIO } from './io.js';
import { runCli } from './run.js';

export interface CapturedIO {
  io: CliIO;
  out: string[];
  err: string[];
  /** Runs a command line and returns its exit code; output lands in out/err. */
  run(line: string[]): Promise<number>;
  clear(): void;
}

export const testSecretKey = () => randomBytes(32).toString('hex');

/** An IO that collects output; with a context, commands share it instead of opening their own. */
export function captureIO(env: NodeJS.ProcessEnv, ctx?: AppContext): CapturedIO {
  const out: string[] = [];
  const err: string[] = [];
  const base = createIO(env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  const io: CliIO = ctx ? { ...base, withContext: (fn) => fn(ctx) } : base;
  return {
    io,
    out,
    err,
    run: (line) => runCli(line, io),
    clear() {
      out.length = 0;
      err.length = 0;
    },
  };
}

/** A context over a test database, for commands that only need the database. */
export async function contextFor(tdb: TestDb, dataDir: string): Promise<AppContext> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SECRET_KEY: testSecretKey() });
  return createContext(config, { dbh: tdb, migrate: false, log: pino({ level: 'silent' }) });
}
