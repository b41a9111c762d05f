import pino from 'pino';
import { loadConfig } from '../../src/platform/config/config.js';
import { createContext } from '../../src/platform/bootstrap.js';
import type { AppContext } from '../../src/platform/context.js';
import { assertEmbeddedServerStopped } from '../../src/cli/server-check.js';

/**
 * The same configuration as the server (DATABASE_URL, else the PGlite data directory), with the
 * background job poller off and logging quiet so neither competes with the measurement.
 */
export async function openBenchContext(): Promise<AppContext> {
  const config = loadConfig({ ...process.env, JOBS: 'off' });
  await assertEmbeddedServerStopped(config);
  const log = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  return createContext(config, { log });
}

export function describeDatabase(ctx: AppContext): string {
  return ctx.dbh.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${ctx.config.dataDir}/pglite)`;
}
