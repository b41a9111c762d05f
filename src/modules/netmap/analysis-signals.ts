import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { withClientAccess, ROLES_FOR_LINK, type Actor } from '../../platform/access/index.js';
import { AppError } from '../../platform/errors.js';
import { listPersonRows } from './service.js';
import { analyse } from './analysis-rules.js';
import { loadTaskPart, toAnalysisPerson } from './analysis-data.js';
import type { SignalKind } from './intake-schema.js';
import type { NetworkSignal } from './analysis-model.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;

const NO_ID = '00000000-0000-0000-0000-000000000000';
const keyOf = (s: { kind: SignalKind; person_id: string | null; link_id: string | null }) => `${s.kind}/${s.person_id ?? NO_ID}/${s.link_id ?? NO_ID}`;
const STORED_FLAGS: readonly SignalKind[] = ['overbelast-taken', 'overbelast-steun', 'wil-herstellen'];

/**
 * What a client's stored signals depend on: the map, the running plan tasks, the intakes and the
 * circle. Counts and versions catch deletions and edits that leave no newer timestamp behind. One
 * grouped query per table for all clients at once, so a worklist of many clients stays cheap.
 */
export async function fingerprints(db: Db, regionId: string, clientIds: readonly string[]): Promise<Map<string, string>> {
  if (clientIds.length === 0) return new Map();
  const ids = [...new Set(clientIds)];
  const grouped = (table: 'network_persons' | 'plan_tasks' | 'network_intakes', running = false) =>
    sql<{ client_id: string; part: string }>`
      SELECT x.client_id, count(*) || ':' || sum(x.version) || ':' || max(x.updated_at)::text AS part
        FROM ${sql.table(table)} x
       WHERE x.region_id = ${regionId} AND x.client_id IN (${sql.join(ids)}) ${running ? sql`AND x.status IN ('asked', 'accepted')` : sql``}
       GROUP BY x.client_id`.execute(db);
  const [clients, persons, tasks, intakes, links] = await Promise.all([
    db.selectFrom('clients').select('id').where('region_id', '=', regionId).where('id', 'in', ids).execute(),
    grouped('network_persons'),
    grouped('plan_tasks', true),
    grouped('network_intakes'),
    db
      .selectFrom('client_links')
      .select(['client_id'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('region_id', '=', regionId)
      .where('client_id', 'in', ids)
      .groupBy('client_id')
      .execute(),
  ]);
  const byClient = (rows: { client_id: string; part: string }[]) => new Map(rows.map((r) => [r.client_id, r.part]));
  const [p, t, i] = [byClient(persons.rows), byClient(tasks.rows), byClient(intakes.rows)];
  const l = new Map(links.map((r) => [r.client_id, String(r.n)]));
  return new Map(clients.map((c) => [c.id, [p.get(c.id) ?? '0', t.get(c.id) ?? '0', i.get(c.id) ?? '0', l.get(c.id) ?? '0'].join('|')]));
}

/**
 * Recomputes a client's stored signals from the data itself. This is the system's bookkeeping for
 * the worklist, run after a change or when the fingerprint shows one: rows hold a kind and whom it
 * is about, never text, and every listing checks the viewer's consent again (listMySignals).
 * Rows that still hold are kept, so "since" stays the day the signal first appeared.
 */
export async function refreshSignals(db: Db, regionId: string, clientId: string, fingerprint?: string): Promise<void> {
  const fp = fingerprint ?? (await fingerprints(db, regionId, [clientId])).get(clientId);
  if (fp === undefined) return;
  const [persons, tasks, intake] = await Promise.all([
    listPersonRows(db, regionId, clientId),
    loadTaskPart(db, regionId, clientId),
    db
      .selectFrom('network_intakes')
      .select(['status', 'started_at', 'paused_at'])
      .where('region_id', '=', regionId)
      .where('client_id', '=', clientId)
      .orderBy('started_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const a = analyse(persons.map(toAnalysisPerson), tasks);
  const wanted: { kind: SignalKind; person_id: string | null; link_id: string | null; since: Date }[] = a.flags
    .filter((f): f is typeof f & { kind: SignalKind } => STORED_FLAGS.includes(f.kind as SignalKind))
    .map((f) => ({ kind: f.kind, person_id: f.personId, link_id: f.linkId, since: new Date() }));
  if (intake && a.onMap === 0) wanted.push({ kind: 'intake-zonder-kaart', person_id: null, link_id: null, since: intake.started_at });
  if (intake?.status === 'paused' && intake.paused_at) wanted.push({ kind: 'intake-gepauzeerd', person_id: null, link_id: null, since: intake.paused_at });

  const existing = await db.selectFrom('network_signals').select(['id', 'kind', 'person_id', 'link_id']).where('region_id', '=', regionId).where('client_id', '=', clientId).execute();
  const wantedKeys = new Set(wanted.map(keyOf));
  const existingKeys = new Set(existing.map(keyOf));
  const gone = existing.filter((e) => !wantedKeys.has(keyOf(e))).map((e) => e.id);
  const fresh = wanted.filter((w) => !existingKeys.has(keyOf(w)));
  if (gone.length > 0) await db.deleteFrom('network_signals').where('region_id', '=', regionId).where('id', 'in', gone).execute();
  if (fresh.length > 0) {
    // A refresh running at the same moment may have inserted the same signal: keep the first.
    await db
      .insertInto('network_signals')
      .values(fresh.map((w) => ({ region_id: regionId, client_id: clientId, ...w })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await db
    .insertInto('network_signal_state')
    .values({ region_id: regionId, client_id: clientId, fingerprint: fp, computed_at: new Date() })
    .onConflict((oc) => oc.columns(['region_id', 'client_id']).doUpdateSet({ fingerprint: fp, computed_at: new Date() }))
    .execute();
}

/** Brings the stored signals up to date when the data changed since they were computed. */
export async function refreshIfStale(db: Db, regionId: string, clientId: string): Promise<void> {
  const [fp, state] = await Promise.all([
    fingerprints(db, regionId, [clientId]),
    db.selectFrom('network_signal_state').select('fingerprint').where('region_id', '=', regionId).where('client_id', '=', clientId).executeTakeFirst(),
  ]);
  const now = fp.get(clientId);
  if (now !== undefined && now !== state?.fingerprint) await refreshSignals(db, regionId, clientId, now);
}

const PURPOSE = 'netwerksignalen op je werklijst';

const isDenied = (err: unknown) => err instanceof AppError && (err.status === 403 || err.status === 404);

/**
 * The professional's worklist: network signals of the clients they are a professional for. Finding
 * candidates uses only the actor's own links and the stored rows (ids, no text); each client is then
 * opened through platform/access with category netwerk (logged), and a task signal is shown only to
 * someone who may also read the plan. A client whose consent no longer allows it is left out.
 */
export async function listMySignals(ctx: Ctx, actor: Actor, requestId: string | null): Promise<NetworkSignal[]> {
  if (!ROLES_FOR_LINK.professional.some((r) => actor.roles.includes(r))) return [];
  const links = await ctx.db
    .selectFrom('client_links')
    .select('client_id')
    .where('region_id', '=', actor.regionId)
    .where('user_id', '=', actor.userId)
    .where('relation', '=', 'professional')
    .execute();
  const clientIds = links.map((l) => l.client_id);
  if (clientIds.length === 0) return [];
  const [fps, states, withSignals] = await Promise.all([
    fingerprints(ctx.db, actor.regionId, clientIds),
    ctx.db.selectFrom('network_signal_state').select(['client_id', 'fingerprint']).where('region_id', '=', actor.regionId).where('client_id', 'in', clientIds).execute(),
    ctx.db.selectFrom('network_signals').select('client_id').distinct().where('region_id', '=', actor.regionId).where('client_id', 'in', clientIds).execute(),
  ]);
  const stored = new Map(states.map((s) => [s.client_id, s.fingerprint]));
  const stale = new Set(clientIds.filter((id) => fps.has(id) && fps.get(id) !== stored.get(id)));
  const candidates = [...new Set([...withSignals.map((s) => s.client_id), ...stale])];

  const out: NetworkSignal[] = [];
  for (const clientId of candidates) {
    let items: (NetworkSignal & { linkId: string | null })[];
    try {
      items = await withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: PURPOSE, requestId }, async (db, scope) => {
        if (stale.has(clientId)) await refreshSignals(db, scope.regionId, scope.clientId, fps.get(clientId));
        return signalViews(db, scope.regionId, scope.clientId);
      });
    } catch (err) {
      if (isDenied(err)) continue;
      throw err;
    }
    if (items.length === 0) continue;
    let planVisible = true;
    if (items.some((i) => i.kind === 'overbelast-taken')) {
      try {
        await withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose: PURPOSE, requestId }, async () => true);
      } catch (err) {
        if (!isDenied(err)) throw err;
        planVisible = false;
      }
    }
    for (const { linkId: _linkId, ...item } of items) if (planVisible || item.kind !== 'overbelast-taken') out.push(item);
  }
  const order: readonly SignalKind[] = ['overbelast-taken', 'overbelast-steun', 'intake-zonder-kaart', 'intake-gepauzeerd', 'wil-herstellen'];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.clientName.localeCompare(b.clientName, 'nl') || (a.name ?? '').localeCompare(b.name ?? '', 'nl'));
}

async function signalViews(db: Db, regionId: string, clientId: string): Promise<(NetworkSignal & { linkId: string | null })[]> {
  const [client, rows, intake] = await Promise.all([
    db.selectFrom('clients').select(['first_name', 'last_name']).where('region_id', '=', regionId).where('id', '=', clientId).executeTakeFirstOrThrow(),
    db
      .selectFrom('network_signals as s')
      .leftJoin('network_persons as p', (j) => j.onRef('p.id', '=', 's.person_id').onRef('p.region_id', '=', 's.region_id'))
      .leftJoin('client_links as l', (j) => j.onRef('l.id', '=', 's.link_id').onRef('l.region_id', '=', 's.region_id'))
      .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
      .select(['s.kind', 's.since', 's.link_id', 'p.display_name as person_name', 'u.display_name as member_name', 'l.label as member_label'])
      .where('s.region_id', '=', regionId)
      .where('s.client_id', '=', clientId)
      .execute(),
    db.selectFrom('network_intakes').select('step').where('region_id', '=', regionId).where('client_id', '=', clientId).where('status', '=', 'paused').executeTakeFirst(),
  ]);
  const clientName = `${client.first_name} ${client.last_name}`;
  return rows.map((r) => ({
    clientId,
    clientName,
    kind: r.kind,
    name: r.person_name ?? (r.member_name ? (r.member_label ? `${r.member_name} (${r.member_label})` : r.member_name) : null),
    since: r.since.toISOString(),
    step: r.kind === 'intake-gepauzeerd' ? (intake?.step ?? null) : null,
    linkId: r.link_id,
  }));
}
