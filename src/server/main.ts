import { loadConfig } from '../platform/config/config.js';
import { AppError } from '../platform/errors.js';
import { closeContext, createContext } from '../platform/bootstrap.js';
import { buildApp } from './app.js';
import { scheduleStaleCheck } from '../modules/socialmap/stale-reminders.js';
import { scheduleSignalSweep } from '../modules/netmap/intake-jobs.js';
import { scheduleMinutesDeadlineScan } from '../modules/carenet/minutes-jobs.js';
import { scheduleReminderScan } from '../modules/agenda/jobs.js';
import { seedOnFirstRun } from './first-run.js';

const config = loadConfig();
const ctx = await createContext(config).catch((err: unknown) => {
  // A known start-up problem (such as the data directory being in use) gets a sentence, not a stack.
  if (err instanceof AppError) {
    console.error(`\n${err.messages.nl}\n${err.messages.en}\n`);
    process.exit(1);
  }
  throw err;
});
await seedOnFirstRun(ctx);
// Handlers are registered while the app is built, so jobs start after it.
const app = await buildApp(ctx);
if (config.jobsEnabled) {
  await scheduleStaleCheck(ctx);
  await scheduleSignalSweep(ctx);
  await scheduleMinutesDeadlineScan(ctx);
  await scheduleReminderScan(ctx);
  ctx.jobs.start();
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  ctx.log.info({ signal }, 'shutting down');
  await app.close();
  await closeContext(ctx);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const where = ctx.dbh.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL';
console.log(`\nSamenspel draait op ${config.publicUrl} (database: ${where})\n`);
