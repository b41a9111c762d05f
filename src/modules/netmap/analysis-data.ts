import { circleMembersAccess } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import type { PersonRow } from './service.js';
import type { AnalysisPerson, TaskPart } from './analysis-rules.js';

/** Tasks someone still has to do: asked and waiting for a yes, or accepted (plan suggestions.ts counts the same). */
const RUNNING = ['asked', 'accepted'] as const;

export const toAnalysisPerson = (p: PersonRow): AnalysisPerson => ({
  id: p.id,
  displayName: p.display_name,
  relation: p.relation,
  sector: p.sector,
  closeness: p.closeness,
  quality: p.quality,
  supportGiven: p.support_given,
  supportReceived: p.support_received,
  paid: p.paid,
  status: p.status,
  deceased: p.deceased,
  linkId: p.link_id,
});

/**
 * Who carries the running plan tasks of a client. Callers hold plan access for the client (or
 * compute stored worklist signals that are only shown to people who may read the plan).
 */
export async function loadTaskPart(db: Db, regionId: string, clientId: string): Promise<TaskPart> {
  const [rows, members] = await Promise.all([
    db
      .selectFrom('plan_tasks')
      .select(['assignee_kind', 'assignee_link_id'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('region_id', '=', regionId)
      .where('client_id', '=', clientId)
      .where('status', 'in', RUNNING)
      .groupBy(['assignee_kind', 'assignee_link_id'])
      .execute(),
    circleMembersAccess(db, regionId, clientId, 'plan'),
  ]);
  const byLink = new Map(members.map((m) => [m.linkId, m]));
  let total = 0;
  let clientCarries = 0;
  const carriers: TaskPart['carriers'][number][] = [];
  for (const r of rows) {
    const n = Number(r.n);
    total += n;
    if (r.assignee_kind === 'client') clientCarries += n;
    const m = r.assignee_link_id ? byLink.get(r.assignee_link_id) : undefined;
    if (r.assignee_kind === 'member' && m) carriers.push({ linkId: m.linkId, name: m.label ? `${m.displayName} (${m.label})` : m.displayName, relation: m.relation, carries: n });
  }
  return { total, clientCarries, carriers };
}
