import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { todayInNl } from '../../platform/access/index.js';
import { fingerprints, refreshSignals } from './analysis-signals.js';

export const SIGNAL_SWEEP_JOB = 'netintake.signal-sweep';
const BATCH = 500;

/**
 * Brings every client's stored network signals up to date where the map, the plan tasks, the
 * intakes or the circle changed since they were computed, so start pages rarely have to. Runs as
 * the system: it stores kinds and ids only, and every listing checks the viewer's consent again.
 * Clients with nothing on the map, no running tasks and no intake are skipped.
 */
export async function sweepSignals(db: Db): Promise<number> {
  let refreshed = 0;
  const regions = await db.selectFrom('regions').select('id').execute();
  for (const region of regions) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const clients = await db.selectFrom('clients').select('id').where('region_id', '=', region.id).where('id', '>', after).orderBy('id').limit(BATCH).execute();
      if (clients.length === 0) break;
      after = clients[clients.length - 1]!.id;
      const ids = clients.map((c) => c.id);
      const [fps, states] = await Promise.all([
        fingerprints(db, region.id, ids),
        db.selectFrom('network_signal_state').select(['client_id', 'fingerprint']).where('region_id', '=', region.id).where('client_id', 'in', ids).execute(),
      ]);
      const stored = new Map(states.map((s) => [s.client_id, s.fingerprint]));
      for (const [clientId, fp] of fps) {
        if (fp === stored.get(clientId)) continue;
        if (!stored.has(clientId) && fp.startsWith('0|0|0|')) continue;
        await refreshSignals(db, region.id, clientId, fp);
        refreshed += 1;
      }
    }
  }
  return refreshed;
}

/** Plans the sweep; the unique key per day keeps one per day across instances. */
export async function scheduleSignalSweep(ctx: Pick<AppContext, 'jobs'>, at: Date = new Date()): Promise<void> {
  await ctx.jobs.enqueue(SIGNAL_SWEEP_JOB, {}, { runAt: at, uniqueKey: `${SIGNAL_SWEEP_JOB}:${todayInNl(at)}` });
}

/** Job handlers of this area; registered in src/server/routes.ts. The daily sweep plans the next one. */
export function registerNetIntakeJobs(ctx: AppContext): void {
  ctx.jobs.register(SIGNAL_SWEEP_JOB, async () => {
    await sweepSignals(ctx.db);
    await scheduleSignalSweep(ctx, new Date(Date.now() + 24 * 3_600_000));
  });
}
