import pino from 'pino';
import type { Config } from './config/config.js';
import type { AppContext } from './context.js';
import { openDb, type DbHandle } from './db/database.js';
import { migrate } from './db/migrate.js';
import { createAuditLog } from './audit/index.js';
import { createJobs } from './jobs/index.js';
import { createMailer } from './mail/index.js';

export interface BootstrapOptions {
  /** Use an already-open database (tests). */
  dbh?: DbHandle;
  migrate?: boolean;
  log?: pino.Logger;
}

/** Opens the database, applies migrations and wires the platform services together. */
export async function createContext(config: Config, options: BootstrapOptions = {}): Promise<AppContext> {
  const log = options.log ?? pino({ level: config.logLevel, base: { app: 'samenspel' } });
  const dbh = options.dbh ?? (await openDb({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : `${config.dataDir}/pglite` }));
  if (options.migrate !== false) {
    const result = await migrate(dbh, undefined, (m) => log.info(m));
    if (result.applied.length) log.info({ applied: result.applied }, 'migrations applied');
  }
  const db = dbh.db;
  const audit = createAuditLog(db);
  const jobs = createJobs(db, { log });
  const mail = createMailer(db, jobs, { smtpUrl: config.smtpUrl, from: config.mailFrom, log });
  return { config, dbh, db, log, audit, jobs, mail };
}

export async function closeContext(ctx: AppContext): Promise<void> {
  await ctx.jobs.stop();
  await ctx.audit.close();
  await ctx.dbh.close();
}
