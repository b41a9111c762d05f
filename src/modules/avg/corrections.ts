import { ROLES_FOR_LINK, withClientAccess, type Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { recordEvent } from '../consent/service.js';
import { readableCategories } from './category-access.js';
import { clientName, correctionTaskClientIds, isProfessionalMember, professionalMemberEmails } from './client-record.js';
import { correctionRequestedMail, correctionResolvedMail } from './mails.js';
import { ONLY_CLIENT_SIDE, speaksForClient } from './speaks-for-client.js';
import type { CorrectionInput, CorrectionTaskView, CorrectionView, ResolveInput } from './model.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'mail' | 'config'>;

interface Recipient {
  email: string;
  locale: 'nl' | 'en';
}

const PURPOSE = {
  request: 'verbetering vragen (AVG)',
  list: 'verzoeken om verbetering bekijken',
  tasks: 'taken voor verbetering bekijken',
  resolve: 'verzoek om verbetering afhandelen',
};

const ONLY_PROFESSIONALS = {
  nl: 'Alleen een professional in de kring kan een verzoek om verbetering afhandelen.',
  en: 'Only a professional in the circle can handle a request for correction.',
};

async function correctionRows(db: Db, scope: { regionId: string; clientId: string }, filter: { id?: string; openFor?: string }): Promise<CorrectionView[]> {
  let q = db
    .selectFrom('correction_requests as r')
    .leftJoin('users as a', (join) => join.onRef('a.id', '=', 'r.assigned_to').onRef('a.region_id', '=', 'r.region_id'))
    .leftJoin('organisations as o', (join) => join.onRef('o.id', '=', 'a.organisation_id').onRef('o.region_id', '=', 'a.region_id'))
    .select(['r.id', 'r.category', 'r.text', 'r.status', 'r.requested_by_label', 'a.display_name', 'o.name as organisation_name', 'r.resolution', 'r.resolved_by_label', 'r.resolved_at', 'r.created_at', 'r.version'])
    .where('r.region_id', '=', scope.regionId)
    .where('r.client_id', '=', scope.clientId);
  if (filter.id !== undefined) q = q.where('r.id', '=', filter.id);
  if (filter.openFor !== undefined) {
    const me = filter.openFor;
    q = q.where('r.status', '=', 'open').where((eb) => eb.or([eb('r.assigned_to', '=', me), eb('r.assigned_to', 'is', null)]));
  }
  const rows = await q.orderBy('r.created_at', 'desc').orderBy('r.id').execute();
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    text: r.text,
    status: r.status,
    requestedByLabel: r.requested_by_label,
    assignedToLabel: r.display_name ? (r.organisation_name ? `${r.display_name} (${r.organisation_name})` : r.display_name) : null,
    resolution: r.resolution,
    resolvedByLabel: r.resolved_by_label,
    resolvedAt: r.resolved_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    version: r.version,
  }));
}

async function activeUser(db: Db, regionId: string, userId: string | null): Promise<Recipient[]> {
  if (userId === null) return [];
  return db.selectFrom('users').select(['email', 'locale']).where('region_id', '=', regionId).where('id', '=', userId).where('status', '=', 'active').execute();
}

async function sendAll(ctx: Ctx, regionId: string, to: Recipient[], mail: (locale: 'nl' | 'en') => { subject: string; text: string }): Promise<void> {
  for (const r of to) await ctx.mail.send({ regionId, to: r.email, ...mail(r.locale) });
}

/**
 * The client (or their decider) asks to correct something. It becomes a task for the circle's
 * regisseur, or for all its professionals when there is none.
 */
export async function requestCorrection(ctx: Ctx, actor: Actor, clientId: string, input: CorrectionInput, requestId: string | null): Promise<CorrectionView> {
  const done = await withClientAccess(ctx, actor, { clientId, category: input.category, action: 'create', purpose: PURPOSE.request, requestId }, async (db, scope) => {
    if (!speaksForClient(scope)) throw forbidden(ONLY_CLIENT_SIDE);
    return db.transaction().execute(async (trx) => {
      const circle = await trx.selectFrom('circles').select('regisseur_user_id').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).executeTakeFirst();
      const regisseur = circle?.regisseur_user_id ?? null;
      const assignee = regisseur !== null && (await isProfessionalMember(trx, scope, regisseur)) ? regisseur : null;
      const row = await trx
        .insertInto('correction_requests')
        .values({
          region_id: scope.regionId,
          client_id: scope.clientId,
          requested_by: actor.userId,
          requested_by_label: actor.label,
          assigned_to: assignee,
          category: input.category,
          text: input.text,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordEvent(trx, {
        regionId: scope.regionId,
        clientId: scope.clientId,
        kind: 'correction-requested',
        actorUserId: actor.userId,
        actorLabel: actor.label,
        details: { correctionId: row.id, category: input.category },
      });
      const recipients = assignee !== null ? await activeUser(trx, scope.regionId, assignee) : await professionalMemberEmails(trx, scope);
      const [view] = await correctionRows(trx, scope, { id: row.id });
      return { view: view!, regionId: scope.regionId, recipients };
    });
  });
  await sendAll(ctx, done.regionId, done.recipients, (locale) => correctionRequestedMail(locale, `${ctx.config.publicUrl}/taken/correcties`));
  return done.view;
}

/** The client and their decider see all requests; a professional those about categories they may read. */
export async function listCorrections(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<CorrectionView[]> {
  const found = await withClientAccess(ctx, actor, { clientId, category: 'basis', action: 'read', purpose: PURPOSE.list, requestId }, async (db, scope) => {
    const clientSide = speaksForClient(scope);
    if (!clientSide && scope.relation !== 'professional') throw forbidden();
    return { clientSide, rows: await correctionRows(db, scope, {}) };
  });
  if (found.clientSide) return found.rows;
  const readable = await readableCategories(ctx, actor, clientId, found.rows.map((r) => r.category), PURPOSE.list, requestId);
  return found.rows.filter((r) => readable.has(r.category));
}

/** Open requests for a professional: assigned to them, or to nobody, in circles where they are a professional. */
export async function listCorrectionTasks(ctx: Ctx, actor: Actor, requestId: string | null): Promise<CorrectionTaskView[]> {
  if (!actor.roles.some((r) => ROLES_FOR_LINK.professional.includes(r))) throw forbidden(ONLY_PROFESSIONALS);
  const tasks: CorrectionTaskView[] = [];
  for (const clientId of await correctionTaskClientIds(ctx.db, actor)) {
    let found: { name: string; rows: CorrectionView[] } | null;
    try {
      found = await withClientAccess(ctx, actor, { clientId, category: 'basis', action: 'read', purpose: PURPOSE.tasks, requestId }, async (db, scope) =>
        scope.relation === 'professional' ? { name: await clientName(db, scope), rows: await correctionRows(db, scope, { openFor: actor.userId }) } : null,
      );
    } catch (err) {
      // Consent for this client was withdrawn meanwhile: their tasks are not this professional's to see.
      if (err instanceof AppError && err.status === 403) continue;
      throw err;
    }
    if (!found) continue;
    const readable = await readableCategories(ctx, actor, clientId, found.rows.map((r) => r.category), PURPOSE.tasks, requestId);
    for (const r of found.rows) {
      // Only open requests for this actor or for nobody came back, so an assignee here is the actor.
      if (readable.has(r.category)) tasks.push({ ...r, clientId, clientName: found.name, assignedToMe: r.assignedToLabel !== null });
    }
  }
  return tasks.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * A professional answers a request: only with contribute on the request's category, only while it
 * is open, and only against the version they saw.
 */
export async function resolveCorrection(ctx: Ctx, actor: Actor, clientId: string, id: string, input: ResolveInput, requestId: string | null): Promise<CorrectionView> {
  // Which category the request is about decides who may answer it; looking that up is itself an access.
  const category = await withClientAccess(ctx, actor, { clientId, category: 'basis', action: 'read', purpose: PURPOSE.resolve, requestId }, async (db, scope) => {
    if (scope.relation !== 'professional') throw forbidden(ONLY_PROFESSIONALS);
    const row = await db.selectFrom('correction_requests').select('category').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    return row.category;
  });
  const done = await withClientAccess(ctx, actor, { clientId, category, action: 'update', purpose: PURPOSE.resolve, requestId }, async (db, scope) => {
    if (scope.relation !== 'professional') throw forbidden(ONLY_PROFESSIONALS);
    return db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('correction_requests')
        .set((eb) => ({
          status: input.status,
          resolution: input.resolution,
          resolved_by_label: actor.label,
          resolved_at: new Date(),
          version: eb('version', '+', 1),
        }))
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .where('id', '=', id)
        .where('version', '=', input.version)
        .where('status', '=', 'open')
        .returning('requested_by')
        .executeTakeFirst();
      const [current] = await correctionRows(trx, scope, { id });
      if (!current) throw notFound();
      if (!updated) {
        if (current.version !== input.version) throw conflict(current);
        throw invalid('status', 'Dit verzoek is al afgehandeld.', 'This request has already been handled.');
      }
      await recordEvent(trx, {
        regionId: scope.regionId,
        clientId: scope.clientId,
        kind: 'correction-resolved',
        actorUserId: actor.userId,
        actorLabel: actor.label,
        details: { correctionId: id, category, status: input.status },
      });
      return { view: current, regionId: scope.regionId, requester: await activeUser(trx, scope.regionId, updated.requested_by) };
    });
  });
  await sendAll(ctx, done.regionId, done.requester, (locale) => correctionResolvedMail(locale, `${ctx.config.publicUrl}/clienten/${clientId.toLowerCase()}/mijn-gegevens`));
  return done.view;
}
