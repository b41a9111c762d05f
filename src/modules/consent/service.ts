import type { AppContext } from '../../platform/context.js';
import { listAccessibleClients, ROLES_FOR_LINK, withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { Db } from '../../platform/db/database.js';
import { createClient } from '../clients/service.js';
import type { ClientInput } from '../clients/model.js';
import { confirmDecision, grantsOf, proposeChange, rejectDecision, StaleMember, type DecisionActor } from './decisions.js';
import { recordEvent } from './history.js';
import { addMember, removeMember } from './members.js';
import type { AccessChangeInput, CircleView, HistoryView, MyAccessView, MyCircles } from './model.js';
import { buildCircleView, buildHistory } from './view.js';
import { FULL_ACCESS, NO_ACCESS } from './presets.js';
import { proposeProfessionalPreset, startRegistration } from './start-grant.js';

export { addMember, defaultPreset } from './members.js';
export { onMemberAccessChanged, type MemberTarget } from './access-hooks.js';
export { handOverRegisseur, listHandovers, passRegisseurRole, regisseurCandidate } from './regisseur.js';
export { assertNotRefused, isRealDate } from './refusals.js';
export { PRESET_CELLS, NO_ACCESS, presetOf } from './presets.js';
export { recordEvent, CIRCLE_EVENT_KINDS, type CircleEventKind } from './history.js';
export { lapseDecision, LAPSE_JOB, type DecisionActor } from './decisions.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'jobs'>;

const asDecider = (actor: Actor, scope: AccessScope): DecisionActor => ({ userId: actor.userId, label: actor.label, as: scope.decidesAs });

/** Turns a member who changed meanwhile into 409 with the current state (the circle, unless another view is given). */
async function orConflict<T>(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null, work: () => Promise<T>, current?: () => Promise<unknown>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof StaleMember) throw conflict(await (current ?? (() => getCircle(ctx, actor, clientId, requestId)))());
    throw err;
  }
}

export function getCircle(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<CircleView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'de kring bekijken', requestId }, (db, scope) => buildCircleView(db, scope, actor));
}

export function getHistory(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<HistoryView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'de geschiedenis van de kring bekijken', requestId }, (db, scope) =>
    buildHistory(db, scope, actor),
  );
}

/** A member's own access: what they may see of this client, even without access to the circle itself. */
export function getMyAccess(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<MyAccessView> {
  return withClientAccess(ctx, actor, { clientId, category: 'basis', action: 'read', purpose: 'eigen toegang bekijken', requestId, check: 'membership' }, async (db, scope) => {
    const client = await db.selectFrom('clients').select(['first_name', 'last_name']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow();
    const link = await db.selectFrom('client_links').select(['id', 'version']).where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('user_id', '=', actor.userId).executeTakeFirst();
    const full = scope.relation === 'self' || scope.decidesAs !== null;
    const grants = link && !full ? await grantsOf(db, scope.regionId, link.id) : null;
    return {
      clientId: scope.clientId,
      // Without basis access not even the name: the member is told they are in a circle but see nothing.
      clientName: full || (grants && grants.cells.basis !== 'none') ? `${client.first_name} ${client.last_name}` : null,
      relation: scope.relation,
      decidesAs: scope.decidesAs,
      linkId: link?.id ?? null,
      version: link?.version ?? null,
      cells: full ? { ...FULL_ACCESS } : (grants?.cells ?? { ...NO_ACCESS }),
      expiresAt: grants?.expiresAt?.toISOString() ?? null,
    };
  });
}

async function memberRow(db: Db, scope: AccessScope, linkId: string) {
  const m = await db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .select(['l.id', 'l.user_id', 'l.version', 'l.label', 'u.display_name'])
    .where('l.region_id', '=', scope.regionId)
    .where('l.client_id', '=', scope.clientId)
    .where('l.id', '=', linkId)
    .executeTakeFirst();
  if (!m) throw notFound({ nl: 'Deze persoon zit niet (meer) in de kring.', en: 'This person is not (or no longer) in the circle.' });
  return { ...m, memberLabel: m.label ? `${m.display_name} (${m.label})` : m.display_name };
}

/**
 * Changes what one member may see. Whoever decides changes it at once (or, for a client of 12-15,
 * proposes it to the other decider); a professional in the circle proposes it to the deciders.
 */
export async function changeAccess(
  ctx: Ctx,
  actor: Actor,
  clientId: string,
  linkId: string,
  input: AccessChangeInput,
  requestId: string | null,
): Promise<{ decisionId: string; status: 'applied' | 'pending' }> {
  return orConflict(ctx, actor, clientId, requestId, () =>
    withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'toegang in de kring wijzigen', requestId }, (db, scope) =>
      db.transaction().execute(async (trx) => {
        if (scope.decidesAs === null && scope.relation !== 'professional') throw forbidden({ nl: 'Alleen wie beslist kan toegang wijzigen.', en: 'Only whoever decides can change access.' });
        const m = await memberRow(trx, scope, linkId);
        if (m.user_id === actor.userId && scope.decidesAs === null) throw forbidden({ nl: 'Je kunt je eigen toegang niet wijzigen.', en: 'You cannot change your own access.' });
        if (m.version !== input.version) throw new StaleMember(linkId);
        const current = await grantsOf(trx, scope.regionId, linkId);
        return proposeChange(
          trx,
          ctx.jobs,
          {
            regionId: scope.regionId,
            clientId: scope.clientId,
            linkId,
            memberUserId: m.user_id,
            memberLabel: m.memberLabel,
            rule: scope.rule,
            cells: input.cells,
            expiresAt: input.expiresAt,
            preset: input.preset,
            note: input.note,
            baseVersion: m.version,
          },
          asDecider(actor, scope),
          current,
        );
      }),
    ),
  );
}

/**
 * A decider confirms a proposal. A client without an account can still decide: a professional in
 * the circle then records the client's answer given in person, under both their names.
 */
export async function confirm(
  ctx: Ctx,
  actor: Actor,
  clientId: string,
  decisionId: string,
  options: { recordedInPerson: boolean },
  requestId: string | null,
): Promise<'applied' | 'pending'> {
  // Recording the client's own answer is part of keeping their basis record, which the registering professional may do.
  const access = options.recordedInPerson
    ? ({ category: 'basis', purpose: 'toestemming van de cliënt vastleggen' } as const)
    : ({ category: 'netwerk', purpose: 'toegang in de kring bevestigen' } as const);
  return orConflict(ctx, actor, clientId, requestId, () =>
    withClientAccess(ctx, actor, { clientId, ...access, action: 'update', requestId }, (db, scope) =>
      db.transaction().execute(async (trx) => {
        await decisionOf(trx, scope, decisionId);
        if (options.recordedInPerson) {
          const client = await trx.selectFrom('clients').select(['first_name', 'last_name', 'user_id']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow();
          if (scope.relation !== 'professional' || client.user_id !== null) {
            throw forbidden({ nl: 'Alleen een professional kan vastleggen wat een cliënt zonder account zelf zei.', en: 'Only a professional can record what a client without an account said.' });
          }
          const label = `${client.first_name} ${client.last_name} (mondeling, vastgelegd door ${actor.label})`;
          return confirmDecision(trx, ctx.jobs, decisionId, { userId: null, label, as: 'client' });
        }
        if (scope.decidesAs === null) throw forbidden({ nl: 'Alleen wie beslist kan een voorstel bevestigen.', en: 'Only whoever decides can confirm a proposal.' });
        return confirmDecision(trx, ctx.jobs, decisionId, { userId: actor.userId, label: actor.label, as: scope.decidesAs });
      }),
    ),
  );
}

export async function reject(ctx: Ctx, actor: Actor, clientId: string, decisionId: string, requestId: string | null): Promise<void> {
  await withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'voorstel voor toegang afwijzen', requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      await decisionOf(trx, scope, decisionId);
      await rejectDecision(trx, decisionId, asDecider(actor, scope));
    }),
  );
}

async function decisionOf(db: Db, scope: AccessScope, decisionId: string): Promise<void> {
  const d = await db.selectFrom('consent_decisions').select('id').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', decisionId).executeTakeFirst();
  if (!d) throw notFound();
}

/** A decider removes a member; their access ends with this request. */
export async function removeFromCircle(ctx: Ctx, actor: Actor, clientId: string, linkId: string, version: number, requestId: string | null): Promise<void> {
  await orConflict(ctx, actor, clientId, requestId, () =>
    withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'delete', purpose: 'iemand uit de kring halen', requestId }, (db, scope) =>
      db.transaction().execute(async (trx) => {
        if (scope.decidesAs === null) throw forbidden({ nl: 'Alleen wie beslist kan iemand uit de kring halen.', en: 'Only whoever decides can remove someone from the circle.' });
        await removeLink(trx, scope, actor, linkId, version);
      }),
    ),
  );
}

/** A member leaves the circle on their own; that needs no one's consent. */
export async function leaveCircle(ctx: Ctx, actor: Actor, clientId: string, version: number, requestId: string | null): Promise<void> {
  await orConflict(ctx, actor, clientId, requestId, () =>
    withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'delete', purpose: 'de kring verlaten', requestId, check: 'membership' }, (db, scope) =>
      db.transaction().execute(async (trx) => {
        const link = await trx.selectFrom('client_links').select('id').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('user_id', '=', actor.userId).executeTakeFirst();
        if (!link) throw invalid('clientId', 'Je bent geen lid van deze kring.', 'You are not a member of this circle.');
        await removeLink(trx, scope, actor, link.id, version);
      }),
    ),
    () => getMyAccess(ctx, actor, clientId, requestId),
  );
}

async function removeLink(trx: Db, scope: AccessScope, actor: Actor, linkId: string, version: number): Promise<void> {
  const m = await memberRow(trx, scope, linkId);
  if (m.version !== version) throw new StaleMember(linkId);
  await trx.updateTable('circles').set({ regisseur_user_id: null }).where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('regisseur_user_id', '=', m.user_id).execute();
  await removeMember(trx, { regionId: scope.regionId, clientId: scope.clientId, linkId, memberLabel: m.memberLabel }, asDecider(actor, scope));
}

/** Names the circle's regisseur: one professional member who keeps the overview. */
export async function setRegisseur(ctx: Ctx, actor: Actor, clientId: string, userId: string, requestId: string | null): Promise<void> {
  await withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'regisseur van de kring kiezen', requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      if (scope.decidesAs === null && scope.relation !== 'professional') throw forbidden();
      const member = await trx
        .selectFrom('client_links as l')
        .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
        .select(['l.relation', 'u.display_name'])
        .where('l.region_id', '=', scope.regionId)
        .where('l.client_id', '=', scope.clientId)
        .where('l.user_id', '=', userId)
        .executeTakeFirst();
      if (!member || member.relation !== 'professional') throw invalid('userId', 'Kies een professional uit de kring.', 'Choose a professional from the circle.');
      await ensureCircle(trx, scope.regionId, scope.clientId, actor.userId);
      await trx.updateTable('circles').set((eb) => ({ regisseur_user_id: userId, version: eb('version', '+', 1) })).where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).execute();
      await recordEvent(trx, { regionId: scope.regionId, clientId: scope.clientId, kind: 'regisseur-set', actorUserId: actor.userId, actorLabel: actor.label, subjectLabel: member.display_name });
    }),
  );
}

async function ensureCircle(db: Db, regionId: string, clientId: string, createdBy: string | null): Promise<boolean> {
  const created = await db
    .insertInto('circles')
    .values({ client_id: clientId, region_id: regionId, created_by: createdBy })
    .onConflict((oc) => oc.column('client_id').doNothing())
    .returning('client_id')
    .executeTakeFirst();
  return created !== undefined;
}

/** The client or a professional in their circle starts the circle for an existing client record. */
export async function startCircle(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<void> {
  await withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'create', purpose: 'de kring starten', requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      if (scope.relation !== 'self' && scope.decidesAs === null && scope.relation !== 'professional') throw forbidden();
      if (!(await ensureCircle(trx, scope.regionId, scope.clientId, actor.userId))) {
        throw new AppError(409, 'circle-exists', { nl: 'Deze kring bestaat al.', en: 'This circle already exists.' });
      }
      if (scope.relation === 'professional') await trx.updateTable('circles').set({ regisseur_user_id: actor.userId }).where('client_id', '=', scope.clientId).execute();
      await recordEvent(trx, { regionId: scope.regionId, clientId: scope.clientId, kind: 'circle-created', actorUserId: actor.userId, actorLabel: actor.label });
    }),
  );
}

/**
 * A professional registers a new client and starts their circle. To keep working the professional
 * gets the basis data at once (the registration itself); everything else is proposed to whoever
 * decides for the client, who can say yes, change it or say no.
 */
export async function createClientWithCircle(ctx: Ctx, actor: Actor, input: ClientInput, requestId: string | null): Promise<{ clientId: string }> {
  if (!actor.roles.some((r) => ROLES_FOR_LINK.professional.includes(r))) throw forbidden();
  const created = await ctx.db.transaction().execute(async (trx) => {
    const { id: clientId } = await createClient(trx, actor.regionId, input);
    await ensureCircle(trx, actor.regionId, clientId, actor.userId);
    await trx.updateTable('circles').set({ regisseur_user_id: actor.userId }).where('client_id', '=', clientId).execute();
    await recordEvent(trx, { regionId: actor.regionId, clientId, kind: 'circle-created', actorUserId: actor.userId, actorLabel: actor.label });
    const self: DecisionActor = { userId: actor.userId, label: actor.label, as: null };
    const { linkId } = await addMember(trx, ctx.jobs, { regionId: actor.regionId, clientId, userId: actor.userId, relation: 'professional', label: null, memberLabel: actor.label }, self, null);
    await startRegistration(trx, { regionId: actor.regionId, clientId, linkId, actor });
    await proposeProfessionalPreset(trx, ctx.jobs, { regionId: actor.regionId, clientId, linkId, actor });
    return { clientId };
  });
  // Registering is a write of client data, so it is in the client's access log too. Written after the
  // transaction: the log has its own connection, which an embedded database cannot give while one is open.
  await ctx.audit.record({ regionId: actor.regionId, actorUserId: actor.userId, actorLabel: actor.label, clientId: created.clientId, category: 'basis', action: 'create', purpose: 'cliënt aangemeld en kring gestart', requestId });
  return created;
}


/** Confirms the pending proposal for a member on behalf of a decider; for seeding and imports that record consent given elsewhere. */
export async function confirmPending(trx: Db, jobs: Ctx['jobs'], linkId: string, decider: DecisionActor): Promise<void> {
  const pending = await trx.selectFrom('consent_decisions').select('id').where('link_id', '=', linkId).where('status', '=', 'pending').executeTakeFirst();
  if (!pending || decider.as === null) return;
  await confirmDecision(trx, jobs, pending.id, { ...decider, as: decider.as });
}

/**
 * The circles the actor is a member of, including those where they may see nothing at the moment,
 * so they can still look at their own access or leave. Names only where the actor may see the basis
 * data (listed, and logged, through platform/access); otherwise just the id.
 */
export async function listMyCircles(ctx: Ctx, actor: Actor, requestId: string | null): Promise<MyCircles> {
  const named = await listAccessibleClients(ctx, actor, { purpose: 'mijn kringen', requestId, limit: 500 });
  // The actor's own links: their own membership data, not the client's, so no access-log entry.
  const links = await ctx.db
    .selectFrom('client_links')
    .select(['client_id', 'relation'])
    .where('region_id', '=', actor.regionId)
    .where('user_id', '=', actor.userId)
    .execute();
  const names = new Map(named.map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
  return {
    circles: links
      .map((l) => ({ clientId: l.client_id, name: names.get(l.client_id) ?? null, relation: l.relation }))
      .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff')),
  };
}
