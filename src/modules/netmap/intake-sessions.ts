import type { Selectable } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.js';
import { insertPerson, listPersonRows } from './service.js';
import { analyse } from './analysis-rules.js';
import { toAnalysisPerson } from './analysis-data.js';
import { refreshSignals } from './analysis-signals.js';
import { LAST_STEP, type IntakeStepKey, type IntakeSummaryCounts, type NetworkIntakesTable } from './intake-schema.js';
import type { FinishIntakeInput, IntakeAddedPerson, IntakePage, IntakePersonInput, IntakeView, StartIntakeInput, UpdateIntakeInput } from './intake-model.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;
type IntakeRow = Selectable<NetworkIntakesTable>;

const canWrite = (scope: AccessScope) => scope.relation === 'self' || scope.decidesAs !== null || scope.level === 'contribute';
const iso = (d: Date | null) => (d ? d.toISOString() : null);

const intakeNotFound = () => notFound({ nl: 'Deze netwerkintake bestaat niet (meer).', en: 'This network intake does not exist (any more).' });

async function addedPersons(db: Db, regionId: string, intakeIds: readonly string[]): Promise<Map<string, IntakeAddedPerson[]>> {
  const out = new Map<string, IntakeAddedPerson[]>();
  if (intakeIds.length === 0) return out;
  const rows = await db
    .selectFrom('network_intake_persons as ip')
    .innerJoin('network_persons as p', (j) => j.onRef('p.id', '=', 'ip.person_id').onRef('p.region_id', '=', 'ip.region_id'))
    .select(['ip.intake_id', 'ip.step', 'ip.answer', 'p.id', 'p.display_name', 'p.relation', 'p.sector', 'p.closeness', 'p.status'])
    .where('ip.region_id', '=', regionId)
    .where('ip.intake_id', 'in', intakeIds)
    .orderBy('ip.step')
    .orderBy('ip.created_at')
    .orderBy('p.display_name')
    .orderBy('p.id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.intake_id) ?? [];
    list.push({ personId: r.id, displayName: r.display_name, relation: r.relation, sector: r.sector, closeness: r.closeness, status: r.status, step: r.step, answer: r.answer });
    out.set(r.intake_id, list);
  }
  return out;
}

const toView = (r: IntakeRow, added: IntakeAddedPerson[]): IntakeView => ({
  id: r.id,
  status: r.status,
  step: r.step,
  notes: r.notes,
  participants: r.participants,
  startedByLabel: r.started_by_label,
  startedAt: r.started_at.toISOString(),
  pausedAt: iso(r.paused_at),
  finishedAt: iso(r.finished_at),
  finishedByLabel: r.finished_by_label,
  summary: r.summary,
  version: r.version,
  added,
});

async function viewOf(db: Db, row: IntakeRow): Promise<IntakeView> {
  return toView(row, (await addedPersons(db, row.region_id, [row.id])).get(row.id) ?? []);
}

async function mapCounts(db: Db, regionId: string, clientId: string): Promise<Omit<IntakeSummaryCounts, 'added'>> {
  const a = analyse((await listPersonRows(db, regionId, clientId)).map(toAnalysisPerson), null);
  return { people: a.size, sectors: a.sectorsCovered, restore: a.restore.length };
}

/** The intake page: the open intake (if any), earlier intakes, and the map's counts for the summary. */
export async function getIntakePage(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<IntakePage> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'de netwerkintake bekijken', requestId }, async (db, scope) => {
    const [client, rows, map] = await Promise.all([
      db.selectFrom('clients').select(['first_name', 'last_name']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow(),
      db.selectFrom('network_intakes').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('started_at', 'desc').execute(),
      mapCounts(db, scope.regionId, scope.clientId),
    ]);
    const added = await addedPersons(db, scope.regionId, rows.map((r) => r.id));
    const views = rows.map((r) => toView(r, added.get(r.id) ?? []));
    return {
      clientId: scope.clientId,
      clientName: `${client.first_name} ${client.last_name}`,
      canWrite: canWrite(scope),
      current: views.find((v) => v.status !== 'finished') ?? null,
      finished: views.filter((v) => v.status === 'finished'),
      map,
    };
  });
}

/** Starts the conversation; a client has one open intake at a time (the second start gets 409 with it). */
export async function startIntake(ctx: Ctx, actor: Actor, clientId: string, input: StartIntakeInput, requestId: string | null): Promise<IntakeView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'create', purpose: 'een netwerkintake beginnen', requestId }, async (db, scope) => {
    const row = await db
      .insertInto('network_intakes')
      .values({ region_id: scope.regionId, client_id: scope.clientId, participants: JSON.stringify(input.participants), notes: '{}', started_by: actor.userId, started_by_label: actor.label })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const open = await db.selectFrom('network_intakes').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('status', '<>', 'finished').executeTakeFirst();
      throw conflict(open ? await viewOf(db, open) : null);
    }
    await refreshSignals(db, scope.regionId, scope.clientId);
    return toView(row, []);
  });
}

/** Locks the intake row for a change; a finished intake or another version gets 409 with the current one. */
async function lockOpen(trx: Db, scope: AccessScope, intakeId: string, version: number | null): Promise<IntakeRow> {
  const row = await trx
    .selectFrom('network_intakes')
    .selectAll()
    .where('region_id', '=', scope.regionId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', intakeId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw intakeNotFound();
  if (row.status === 'finished' || (version !== null && row.version !== version)) throw conflict(await viewOf(trx, row));
  return row;
}

const mergeNotes = (old: Partial<Record<IntakeStepKey, string>>, changes: Partial<Record<IntakeStepKey, string>>) => {
  const out = { ...old };
  for (const [key, text] of Object.entries(changes) as [IntakeStepKey, string][]) {
    if (text) out[key] = text;
    else delete out[key];
  }
  return out;
};

/** Saves where the conversation is and what was said; pausing and resuming are a status change. */
export async function updateIntake(ctx: Ctx, actor: Actor, clientId: string, intakeId: string, input: UpdateIntakeInput, requestId: string | null): Promise<IntakeView> {
  const purpose = input.status === 'paused' ? 'de netwerkintake pauzeren' : 'de netwerkintake bijwerken';
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose, requestId }, async (db, scope) => {
    const view = await db.transaction().execute(async (trx) => {
      const row = await lockOpen(trx, scope, intakeId, input.version);
      const now = new Date();
      const updated = await trx
        .updateTable('network_intakes')
        .set({
          step: input.step,
          notes: JSON.stringify(mergeNotes(row.notes, input.notes)),
          ...(input.participants ? { participants: JSON.stringify(input.participants) } : {}),
          status: input.status,
          paused_at: input.status === 'paused' ? (row.paused_at ?? now) : null,
          version: row.version + 1,
          updated_at: now,
        })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return viewOf(trx, updated);
    });
    await refreshSignals(db, scope.regionId, scope.clientId);
    return view;
  });
}

const LOST: readonly string[] = ['contact-kwijt', 'wil-herstellen'];

/**
 * Someone named in a step lands on the map at once, so the map grows while the conversation goes
 * on. "Used to be there" means the contact is lost (with or without the wish to restore it); the
 * other answers are people in the network now.
 */
export async function addIntakePerson(ctx: Ctx, actor: Actor, clientId: string, intakeId: string, input: IntakePersonInput, requestId: string | null): Promise<IntakeView> {
  const lost = LOST.includes(input.person.status);
  if (input.answer === 'vroeger' && !lost) throw invalid('person.status', 'Kies of je weer contact wilt of niet.', 'Choose whether you would like to be in touch again.');
  if (input.answer !== 'vroeger' && lost) throw invalid('person.status', 'Dit contact is er nu. Kies een andere stand.', 'This contact is there now. Choose another status.');
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'create', purpose: 'iemand op de netwerkkaart zetten tijdens de intake', requestId }, async (db, scope) => {
    const view = await db.transaction().execute(async (trx) => {
      const row = await lockOpen(trx, scope, intakeId, null);
      if (row.status === 'paused') {
        throw new AppError(409, 'intake-paused', {
          nl: 'De netwerkintake staat op pauze. Ga eerst verder met de intake.',
          en: 'The network intake is paused. Resume the intake first.',
        }, [], { current: await viewOf(trx, row) });
      }
      const person = await insertPerson(trx, scope.regionId, scope.clientId, actor.userId, input.person);
      await trx.insertInto('network_intake_persons').values({ region_id: scope.regionId, intake_id: row.id, person_id: person.id, client_id: scope.clientId, step: input.step, answer: input.answer }).execute();
      const touched = await trx.updateTable('network_intakes').set({ updated_at: new Date() }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
      return viewOf(trx, touched);
    });
    await refreshSignals(db, scope.regionId, scope.clientId);
    return view;
  });
}

/** Closes the conversation with the map's counts at that moment: "12 mensen, 5 levensgebieden, …". */
export async function finishIntake(ctx: Ctx, actor: Actor, clientId: string, intakeId: string, input: FinishIntakeInput, requestId: string | null): Promise<IntakeView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'de netwerkintake afronden', requestId }, async (db, scope) => {
    const view = await db.transaction().execute(async (trx) => {
      const row = await lockOpen(trx, scope, intakeId, input.version);
      const [counts, added] = await Promise.all([
        mapCounts(trx, scope.regionId, scope.clientId),
        trx.selectFrom('network_intake_persons').select((eb) => eb.fn.countAll<number>().as('n')).where('intake_id', '=', row.id).executeTakeFirstOrThrow(),
      ]);
      const now = new Date();
      const updated = await trx
        .updateTable('network_intakes')
        .set({
          status: 'finished',
          step: LAST_STEP,
          notes: JSON.stringify(mergeNotes(row.notes, input.notes)),
          paused_at: null,
          finished_at: now,
          finished_by_label: actor.label,
          summary: JSON.stringify({ ...counts, added: Number(added.n) }),
          version: row.version + 1,
          updated_at: now,
        })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return viewOf(trx, updated);
    });
    await refreshSignals(db, scope.regionId, scope.clientId);
    return view;
  });
}

