import type { AppContext } from '../../platform/context.js';
import { withClientAccess, type Actor } from '../../platform/access/index.js';
import { AppError } from '../../platform/errors.js';
import { listPersonRows } from './service.js';
import { analyse, type TaskPart } from './analysis-rules.js';
import { loadTaskPart, toAnalysisPerson } from './analysis-data.js';
import { refreshIfStale } from './analysis-signals.js';
import type { AnalysisView } from './analysis-model.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;

/**
 * The network analysis of one client: size, life domains, paid contacts, reciprocity, load
 * concentration and people to get back in touch with. The map is read with netwerk access; the task
 * part needs plan access of its own and is left out (tasks: null) for someone who may not see the plan.
 */
export async function getAnalysis(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<AnalysisView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'de netwerkanalyse bekijken', requestId }, async (db, scope) => {
    const [client, persons] = await Promise.all([
      db.selectFrom('clients').select(['first_name', 'last_name']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow(),
      listPersonRows(db, scope.regionId, scope.clientId),
    ]);
    let tasks: TaskPart | null = null;
    try {
      tasks = await withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose: 'de netwerkanalyse bekijken', requestId }, (pdb, ps) =>
        loadTaskPart(pdb, ps.regionId, ps.clientId),
      );
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 403) throw err;
    }
    // Looking is a good moment to bring the worklist up to date as well.
    await refreshIfStale(db, scope.regionId, scope.clientId);
    return { clientId: scope.clientId, clientName: `${client.first_name} ${client.last_name}`, ...analyse(persons.map(toAnalysisPerson), tasks) };
  });
}
