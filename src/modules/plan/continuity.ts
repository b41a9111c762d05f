import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import type { ContinuityRolesTable } from './continuity-schema.js';
import type { CircleMember, ContinuityPage, RoleInput, RoleUpdate, RoleView } from './continuity-model.js';
import { circleMembers, failIfAny, isRealDay, mayWritePlan, memberLabel, ownLink, problem, steersPlan, type Ctx } from './continuity-shared.js';

/**
 * "Wie neemt welke rol over en wanneer" (report 004 K 60): for each professional and key naaste,
 * who takes over their role and when, so the network does not fall apart when someone drops out.
 * Also the page that shows it, with the plan's closing history and the hand-overs of professionals
 * who ended their involvement (continuity-closure.ts writes those).
 */

type RoleRow = Selectable<ContinuityRolesTable>;

const roleView = (r: RoleRow): RoleView => ({
  id: r.id,
  holderLinkId: r.holder_link_id,
  holder: r.holder_label,
  role: r.role,
  successorLinkId: r.successor_link_id,
  successor: r.successor_label,
  whenText: r.when_text,
  whenOn: r.when_on,
  createdBy: r.created_by_label,
  version: r.version,
});

const loadRoles = (db: Db, scope: Pick<AccessScope, 'regionId' | 'clientId'>) =>
  db.selectFrom('continuity_roles').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').orderBy('id').execute();

/** Members with the version of their link (ending an involvement races on it). */
async function membersWithVersion(db: Db, scope: AccessScope): Promise<ContinuityPage['members']> {
  const [members, links] = await Promise.all([
    circleMembers(db, scope),
    db.selectFrom('client_links').select(['id', 'version']).where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).execute(),
  ]);
  const versions = new Map(links.map((l) => [l.id, l.version]));
  return members.map((m) => ({ ...m, version: versions.get(m.linkId) ?? 1 }));
}

export async function buildContinuityPage(db: Db, scope: AccessScope, actor: Actor): Promise<ContinuityPage> {
  const [plan, roles, closures, handovers, own] = await Promise.all([
    db.selectFrom('plans').select(['status', 'closed_at', 'closing_summary', 'version']).where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).executeTakeFirst(),
    loadRoles(db, scope),
    db.selectFrom('plan_closures').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at', 'desc').orderBy('id').execute(),
    db.selectFrom('involvement_handovers').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at', 'desc').orderBy('id').execute(),
    ownLink(db, scope, actor.userId),
  ]);
  const canEdit = mayWritePlan(scope);
  return {
    plan: plan
      ? { status: plan.status, closedAt: plan.closed_at?.toISOString() ?? null, closingSummary: plan.closing_summary, version: plan.version }
      : { status: 'none', closedAt: null, closingSummary: null, version: 0 },
    roles: roles.map(roleView),
    closures: closures.map((c) => ({ id: c.id, kind: c.kind, summary: c.summary, tasksStopped: c.stopped_tasks.length, by: c.by_label, at: c.created_at.toISOString() })),
    handovers: handovers.map((h) => ({
      id: h.id,
      professional: h.professional_label,
      summary: h.summary,
      successor: h.successor_label,
      tasksMoved: h.tasks_moved,
      recordedBy: h.recorded_by_label,
      at: h.created_at.toISOString(),
    })),
    canEdit,
    canClose: canEdit && steersPlan(scope),
    canEndOthers: canEdit && (scope.relation === 'self' || scope.decidesAs !== null),
    myLinkId: own?.id ?? null,
    myLinkVersion: own?.version ?? null,
    members: canEdit ? await membersWithVersion(db, scope) : [],
  };
}

export function getContinuity(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<ContinuityPage> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose: 'continuïteit van het plan bekijken', requestId }, (db, scope) =>
    buildContinuityPage(db, scope, actor),
  );
}

/** Checks a continuity row against the circle; the holder must be a member, the successor a member or a name. */
function checkRole(input: RoleInput, members: CircleMember[]) {
  const holder = members.find((m) => m.linkId === input.holderLinkId);
  const successor = input.successor.kind === 'member' ? members.find((m) => input.successor.kind === 'member' && m.linkId === input.successor.linkId) : undefined;
  failIfAny([
    !holder && problem('holderLinkId', 'Kies iemand uit de kring.', 'Choose someone from the circle.'),
    input.role.length < 2 && problem('role', 'Schrijf op welke rol of taak het is.', 'Write down which role or task it is.'),
    input.successor.kind === 'member' && !successor && problem('successor', 'Kies wie het overneemt uit de kring, of schrijf een naam op.', 'Choose who takes over from the circle, or write a name.'),
    input.successor.kind === 'named' && input.successor.name.length < 2 && problem('successor', 'Schrijf op wie het overneemt.', 'Write down who takes over.'),
    successor !== undefined && successor.linkId === input.holderLinkId && problem('successor', 'Kies iemand anders dan wie de rol nu heeft.', 'Choose someone other than who holds the role now.'),
    input.whenText === null && input.whenOn === null && problem('whenText', 'Schrijf op wanneer, of kies een datum.', 'Write down when, or choose a date.'),
    input.whenOn !== null && !isRealDay(input.whenOn) && problem('whenOn', 'Kies een datum die bestaat.', 'Choose a date that exists.'),
  ]);
  return {
    holder_link_id: holder!.linkId,
    holder_label: memberLabel(holder!),
    role: input.role,
    successor_link_id: successor?.linkId ?? null,
    successor_label: successor ? memberLabel(successor) : input.successor.kind === 'named' ? input.successor.name : '',
    when_text: input.whenText,
    when_on: input.whenOn,
  };
}

export function addRole(ctx: Ctx, actor: Actor, clientId: string, input: RoleInput, requestId: string | null): Promise<RoleView> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'create', purpose: 'vastleggen wie een rol overneemt', requestId }, async (db, scope) => {
    const values = checkRole(input, await circleMembers(db, scope));
    const row = await db
      .insertInto('continuity_roles')
      .values({ region_id: scope.regionId, client_id: scope.clientId, ...values, created_by: actor.userId, created_by_label: actor.label })
      .returningAll()
      .executeTakeFirstOrThrow();
    return roleView(row);
  });
}

async function currentRole(db: Db, scope: AccessScope, roleId: string): Promise<RoleRow> {
  const row = await db.selectFrom('continuity_roles').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', roleId).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export function updateRole(ctx: Ctx, actor: Actor, clientId: string, roleId: string, input: RoleUpdate, requestId: string | null): Promise<RoleView> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'wijzigen wie een rol overneemt', requestId }, async (db, scope) => {
    const values = checkRole(input, await circleMembers(db, scope));
    const before = await currentRole(db, scope, roleId);
    const row = await db
      .updateTable('continuity_roles')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('region_id', '=', scope.regionId)
      .where('id', '=', roleId)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw conflict(roleView(await currentRole(db, scope, roleId).catch(() => before)));
    return roleView(row);
  });
}

export async function removeRole(ctx: Ctx, actor: Actor, clientId: string, roleId: string, version: number, requestId: string | null): Promise<void> {
  await withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'delete', purpose: 'een overname-afspraak weghalen', requestId }, async (db, scope) => {
    if (!mayWritePlan(scope)) throw forbidden();
    const res = await db
      .deleteFrom('continuity_roles')
      .where('region_id', '=', scope.regionId)
      .where('client_id', '=', scope.clientId)
      .where('id', '=', roleId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(res.numDeletedRows) > 0) return;
    // Already gone is what was asked; a row that changed meanwhile comes back as 409.
    const now = await db.selectFrom('continuity_roles').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', roleId).executeTakeFirst();
    if (now) throw conflict(roleView(now));
  });
}
