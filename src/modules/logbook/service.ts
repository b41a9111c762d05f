import type { Selectable } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { EntryView, ReactionInput, ReportEdit, ReportInput, ReportList, UpdateEdit, UpdateInput, UpdateList } from './model.js';
import type { LogbookEntriesTable, UpdateKind } from './schema.js';

/**
 * The logbook of a client: short updates by the people of the circle ('logboek') and reports by
 * professionals ('rapportage'), each under its own information category, so a member sees updates
 * and reports only as far as the client allowed. The client always reads the reports about them
 * and can say whether they are right ("samen rapporteren").
 */

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;
type Row = Selectable<LogbookEntriesTable>;

/** Enough for a phone screen and a long while back; older entries are in the AVG export. */
const LIST_LIMIT = 200;

function toView(r: Row, actor: Actor): EntryView {
  return {
    id: r.id,
    kind: r.kind,
    body: r.body,
    authorLabel: r.author_label,
    mine: r.author_user_id !== null && r.author_user_id === actor.userId.toLowerCase(),
    createdAt: r.created_at.toISOString(),
    editedAt: r.edited_at?.toISOString() ?? null,
    reaction:
      r.reaction && r.reaction_at
        ? {
            reaction: r.reaction,
            note: r.reaction_note,
            byLabel: r.reaction_by_label ?? '',
            at: r.reaction_at.toISOString(),
            onCurrentText: r.reaction_on_version === r.version,
          }
        : null,
    version: r.version,
  };
}

const requireBody = (body: string) => {
  if (body.length === 0) throw invalid('body', 'Schrijf eerst iets op.', 'Write something first.');
};

/** The client, whoever decides for them, and members who may contribute write to the logbook. */
const writesUpdates = (s: AccessScope) => s.relation === 'self' || s.decidesAs !== null || s.level === 'contribute';
/** Reports are a professional's work; the client and their circle react or write updates instead. */
const writesReports = (s: AccessScope) => s.relation === 'professional' && s.level === 'contribute';
/** Saying whether a report is right is for the client, or whoever decides for them. */
const reactsToReports = (s: AccessScope) => s.relation === 'self' || s.decidesAs !== null;

function entries(db: Db, scope: AccessScope) {
  return db.selectFrom('logbook_entries').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId);
}

async function lockEntry(trx: Db, scope: AccessScope, id: string, reports: boolean): Promise<Row> {
  const row = await entries(trx, scope)
    .where('id', '=', id)
    .where('kind', reports ? '=' : '!=', 'rapportage')
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

// ---------------------------------------------------------------------------------------------
// Updates ('logboek')

export function listUpdates(ctx: Ctx, actor: Actor, clientId: string, kind: UpdateKind | undefined, requestId: string | null): Promise<UpdateList> {
  return withClientAccess(ctx, actor, { clientId, category: 'logboek', action: 'read', purpose: 'het logboek lezen', requestId }, async (db, scope) => {
    const rows = await entries(db, scope)
      .where('kind', '!=', 'rapportage')
      .$if(kind !== undefined, (q) => q.where('kind', '=', kind as UpdateKind))
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(LIST_LIMIT)
      .execute();
    return { entries: rows.map((r) => toView(r, actor)), canWrite: writesUpdates(scope) };
  });
}

export async function writeUpdate(ctx: Ctx, actor: Actor, clientId: string, input: UpdateInput, requestId: string | null): Promise<EntryView> {
  requireBody(input.body);
  const purpose = input.kind === 'goed-nieuws' ? 'goed nieuws in het logboek gezet' : 'bericht in het logboek gezet';
  return withClientAccess(ctx, actor, { clientId, category: 'logboek', action: 'create', purpose, requestId }, async (db, scope) => {
    if (!writesUpdates(scope)) throw forbidden();
    const row = await db
      .insertInto('logbook_entries')
      .values({ region_id: scope.regionId, client_id: scope.clientId, kind: input.kind, body: input.body, author_user_id: actor.userId, author_label: actor.label })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toView(row, actor);
  });
}

/** Only the writer changes an update; an old version gets 409 with the text as it is now. */
export async function editUpdate(ctx: Ctx, actor: Actor, clientId: string, id: string, input: UpdateEdit, requestId: string | null): Promise<EntryView> {
  return withClientAccess(ctx, actor, { clientId, category: 'logboek', action: 'update', purpose: 'eigen bericht in het logboek aangepast', requestId }, async (db, scope) => {
    // Checked once access is settled: someone without it learns nothing from the answer.
    requireBody(input.body);
    return db.transaction().execute(async (trx) => {
      const row = await lockEntry(trx, scope, id, false);
      if (row.author_user_id !== actor.userId.toLowerCase()) throw forbidden({ nl: 'Je kunt alleen je eigen berichten aanpassen.', en: 'You can only change your own messages.' });
      if (row.version !== input.version) throw conflict(toView(row, actor));
      const saved = await trx
        .updateTable('logbook_entries')
        .set((eb) => ({ kind: input.kind, body: input.body, edited_at: new Date(), version: eb('version', '+', 1) }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toView(saved, actor);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Reports ('rapportage')

export function listReports(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<ReportList> {
  return withClientAccess(ctx, actor, { clientId, category: 'rapportage', action: 'read', purpose: 'rapportages lezen', requestId }, async (db, scope) => {
    const rows = await entries(db, scope).where('kind', '=', 'rapportage').orderBy('created_at', 'desc').orderBy('id').limit(LIST_LIMIT).execute();
    return { entries: rows.map((r) => toView(r, actor)), canWrite: writesReports(scope), canReact: reactsToReports(scope) };
  });
}

export async function writeReport(ctx: Ctx, actor: Actor, clientId: string, input: ReportInput, requestId: string | null): Promise<EntryView> {
  requireBody(input.body);
  return withClientAccess(ctx, actor, { clientId, category: 'rapportage', action: 'create', purpose: 'rapportage geschreven', requestId }, async (db, scope) => {
    if (!writesReports(scope)) throw forbidden({ nl: 'Alleen professionals in de kring schrijven rapportages.', en: 'Only professionals in the circle write reports.' });
    const row = await db
      .insertInto('logbook_entries')
      .values({ region_id: scope.regionId, client_id: scope.clientId, kind: 'rapportage', body: input.body, author_user_id: actor.userId, author_label: actor.label })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toView(row, actor);
  });
}

/** The writer corrects their report; a reaction given on the old text stays, marked as such. */
export async function editReport(ctx: Ctx, actor: Actor, clientId: string, id: string, input: ReportEdit, requestId: string | null): Promise<EntryView> {
  return withClientAccess(ctx, actor, { clientId, category: 'rapportage', action: 'update', purpose: 'eigen rapportage aangepast', requestId }, async (db, scope) => {
    requireBody(input.body);
    return db.transaction().execute(async (trx) => {
      const row = await lockEntry(trx, scope, id, true);
      if (row.author_user_id !== actor.userId.toLowerCase()) throw forbidden({ nl: 'Je kunt alleen je eigen rapportages aanpassen.', en: 'You can only change your own reports.' });
      if (row.version !== input.version) throw conflict(toView(row, actor));
      const saved = await trx
        .updateTable('logbook_entries')
        .set((eb) => ({ body: input.body, edited_at: new Date(), version: eb('version', '+', 1) }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toView(saved, actor);
    });
  });
}

/**
 * "Klopt" or "klopt niet, want …" on a report. The version makes sure the client reacts on the
 * text they read: a report changed meanwhile gets 409 with the new text.
 */
export async function reactToReport(ctx: Ctx, actor: Actor, clientId: string, id: string, input: ReactionInput, requestId: string | null): Promise<EntryView> {
  const note = input.note ? input.note : null;
  return withClientAccess(ctx, actor, { clientId, category: 'rapportage', action: 'update', purpose: 'gereageerd op een rapportage', requestId }, async (db, scope) => {
    if (!reactsToReports(scope)) throw forbidden({ nl: 'Alleen de cliënt of wie voor de cliënt beslist reageert op rapportages.', en: 'Only the client, or whoever decides for them, reacts to reports.' });
    if (input.reaction === 'klopt-niet' && note === null) throw invalid('note', 'Schrijf op wat er niet klopt.', 'Write down what is not right.');
    return db.transaction().execute(async (trx) => {
      const row = await lockEntry(trx, scope, id, true);
      if (row.version !== input.version) throw conflict(toView(row, actor));
      const saved = await trx
        .updateTable('logbook_entries')
        .set((eb) => ({
          reaction: input.reaction,
          reaction_note: note,
          reaction_by_label: actor.label,
          reaction_at: new Date(),
          reaction_on_version: eb('version', '+', 1),
          version: eb('version', '+', 1),
        }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toView(saved, actor);
    });
  });
}
