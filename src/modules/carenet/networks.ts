import type { Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { conflict, forbidden, invalid } from '../../platform/errors.js';
import type { DirectoryPerson, NetworkDetail, NetworkInput, NetworkListItem, NetworkUpdate } from './model.js';
import { mayCreateNetworks, networkAccess } from './networks-access.js';
import { networkRole } from './networks-roles.js';
import { membersOf, people, summaries, SUMMARY_COLUMNS } from './networks-views.js';

const NO_CREATE = { nl: 'Alleen een beheerder of netwerkvoorzitter maakt een zorgnetwerk aan.', en: 'Only an administrator or network chair creates a care network.' };
const NO_EDIT = { nl: 'Alleen de voorzitter van dit netwerk past het aan.', en: 'Only the chair of this network changes it.' };

/** The networks the actor sits in; an administrator or a network chair sees all of the region. */
export async function listNetworks(ctx: AppContext, actor: Actor): Promise<NetworkListItem[]> {
  const all = mayCreateNetworks(actor);
  const rows = await ctx.db
    .selectFrom('care_networks')
    .select(['id', 'name', 'age_group', 'area', 'chair_user_id'])
    .where('region_id', '=', actor.regionId)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .execute();
  const chairs = await people(ctx.db, actor.regionId, rows.map((r) => r.chair_user_id));
  const out: NetworkListItem[] = [];
  for (const r of rows) {
    const role = await networkRole(ctx.db, actor.regionId, r.id, actor.userId);
    if (!all && !role.chair && !role.secretary && !role.member) continue;
    const count = await ctx.db.selectFrom('care_network_members').select((eb) => eb.fn.countAll<number>().as('n')).where('region_id', '=', actor.regionId).where('network_id', '=', r.id).where('active_until', 'is', null).executeTakeFirstOrThrow();
    const next = await ctx.db
      .selectFrom('care_meetings')
      .select('starts_at')
      .where('region_id', '=', actor.regionId)
      .where('network_id', '=', r.id)
      .where('status', 'in', ['planned', 'running'])
      .where('starts_at', '>=', new Date(Date.now() - 12 * 3600_000))
      .orderBy('starts_at')
      .executeTakeFirst();
    out.push({
      id: r.id,
      name: r.name,
      ageGroup: r.age_group,
      area: r.area,
      chair: r.chair_user_id ? (chairs.get(r.chair_user_id) ?? null) : null,
      memberCount: Number(count.n),
      nextMeetingAt: next ? next.starts_at.toISOString() : null,
      myRole: { chair: role.chair, secretary: role.secretary, member: role.member },
    });
  }
  return out;
}

export async function getNetwork(ctx: AppContext, actor: Actor, networkId: string): Promise<NetworkDetail> {
  const access = await networkAccess(ctx.db, actor, networkId);
  return networkDetail(ctx.db, actor.regionId, networkId, access);
}

async function networkDetail(db: Db, regionId: string, networkId: string, access: { chair: boolean; secretary: boolean; member: boolean; admin: boolean; manage: boolean }): Promise<NetworkDetail> {
  const n = await db.selectFrom('care_networks').selectAll().where('region_id', '=', regionId).where('id', '=', networkId).executeTakeFirstOrThrow();
  const leads = await people(db, regionId, [n.chair_user_id, n.secretary_user_id]);
  const cutoff = new Date(Date.now() - 12 * 3600_000);
  const base = db.selectFrom('care_meetings').select(SUMMARY_COLUMNS).where('region_id', '=', regionId).where('network_id', '=', networkId);
  const upcoming = await base.where('starts_at', '>=', cutoff).where('status', 'in', ['planned', 'running']).orderBy('starts_at').limit(12).execute();
  const past = await base.where((eb) => eb.or([eb('starts_at', '<', cutoff), eb('status', 'in', ['held', 'cancelled'])])).orderBy('starts_at', 'desc').limit(12).execute();
  return {
    id: n.id,
    name: n.name,
    ageGroup: n.age_group,
    area: n.area,
    targetGroup: n.target_group,
    meetingIntervalWeeks: n.meeting_interval_weeks,
    meetingMinutes: n.meeting_minutes,
    defaultLocation: n.default_location,
    scheduleFirstDay: n.schedule_first_day,
    scheduleTime: n.schedule_time,
    chair: n.chair_user_id ? (leads.get(n.chair_user_id) ?? null) : null,
    secretary: n.secretary_user_id ? (leads.get(n.secretary_user_id) ?? null) : null,
    version: n.version,
    myRole: { chair: access.chair, secretary: access.secretary, member: access.member, admin: access.admin, manage: access.manage },
    members: await membersOf(db, regionId, networkId),
    upcoming: await summaries(db, regionId, upcoming),
    past: await summaries(db, regionId, past.filter((p) => !upcoming.some((u) => u.id === p.id))),
  };
}

/** Chair and secretary must be staff of this region. */
async function checkLeads(db: Db, regionId: string, input: NetworkInput): Promise<void> {
  for (const field of ['chairUserId', 'secretaryUserId'] as const) {
    const id = input[field];
    if (id === null) continue;
    const staff = await db
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select('u.id')
      .where('u.region_id', '=', regionId)
      .where('u.id', '=', id)
      .where('u.status', '=', 'active')
      .where('r.role', 'in', ['professional', 'netwerkvoorzitter', 'teamleider', 'beheerder'])
      .executeTakeFirst();
    if (!staff) throw invalid(field, 'Kies een professional uit deze regio.', 'Choose a professional from this region.');
  }
}

async function nameTaken(db: Db, regionId: string, name: string, except: string | null): Promise<boolean> {
  let q = db.selectFrom('care_networks').select('id').where('region_id', '=', regionId).where('name', '=', name);
  if (except) q = q.where('id', '<>', except);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function createNetwork(ctx: AppContext, actor: Actor, input: NetworkInput): Promise<NetworkDetail> {
  if (!mayCreateNetworks(actor)) throw forbidden(NO_CREATE);
  // A network chair who sets up a network chairs it unless they name someone else.
  const chair = input.chairUserId ?? (actor.roles.includes('netwerkvoorzitter') ? actor.userId : null);
  const data = { ...input, chairUserId: chair };
  await checkLeads(ctx.db, actor.regionId, data);
  if (await nameTaken(ctx.db, actor.regionId, input.name, null)) throw invalid('name', 'Er is al een netwerk met deze naam.', 'A network with this name already exists.');
  const row = await ctx.db
    .insertInto('care_networks')
    .values({
      region_id: actor.regionId,
      name: data.name,
      age_group: data.ageGroup,
      area: data.area,
      target_group: data.targetGroup,
      meeting_interval_weeks: data.meetingIntervalWeeks,
      meeting_minutes: data.meetingMinutes,
      chair_user_id: data.chairUserId,
      secretary_user_id: data.secretaryUserId,
      default_location: data.defaultLocation,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getNetwork(ctx, actor, row.id);
}

export async function updateNetwork(ctx: AppContext, actor: Actor, networkId: string, input: NetworkUpdate): Promise<NetworkDetail> {
  const access = await networkAccess(ctx.db, actor, networkId);
  if (!access.manage) throw forbidden(NO_EDIT);
  await checkLeads(ctx.db, actor.regionId, input);
  if (await nameTaken(ctx.db, actor.regionId, input.name, networkId)) throw invalid('name', 'Er is al een netwerk met deze naam.', 'A network with this name already exists.');
  const done = await ctx.db
    .updateTable('care_networks')
    .set((eb) => ({
      name: input.name,
      age_group: input.ageGroup,
      area: input.area,
      target_group: input.targetGroup,
      meeting_interval_weeks: input.meetingIntervalWeeks,
      meeting_minutes: input.meetingMinutes,
      chair_user_id: input.chairUserId,
      secretary_user_id: input.secretaryUserId,
      default_location: input.defaultLocation,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('region_id', '=', actor.regionId)
    .where('id', '=', networkId)
    .where('version', '=', input.version)
    .returning('id')
    .executeTakeFirst();
  if (!done) throw conflict(await networkDetail(ctx.db, actor.regionId, networkId, access));
  return getNetwork(ctx, actor, networkId);
}

/** Staff of the region to pick a member, chair, substitute or guest from: work contacts only. */
export async function directory(ctx: AppContext, actor: Actor): Promise<DirectoryPerson[]> {
  const staffLike = actor.roles.some((r) => ['beheerder', 'professional', 'teamleider', 'netwerkvoorzitter'].includes(r));
  if (!staffLike) throw forbidden();
  const rows = await ctx.db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'u.organisation_id', 'o.name as org', 'u.job_title'])
    .where('u.region_id', '=', actor.regionId)
    .where('u.status', '=', 'active')
    .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['professional', 'netwerkvoorzitter', 'teamleider'])))
    .orderBy('u.display_name')
    .limit(500)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name, organisationId: r.organisation_id, organisationName: r.org, jobTitle: r.job_title }));
}

export { networkDetail };
