import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { todayInNl, type Actor } from '../../platform/access/index.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { scheduleCheckIn, nextCheckInDay } from './check-ins.js';
import { asCoordinator, logRequestReads, REQUEST_READ_PURPOSE } from './coordinator.js';
import type { CheckInView, OwnProfileInput, ProfileFields, ProfileInput, TrainingInput, VolunteerDetail, VolunteerListItem } from './model.js';
import { checkInView, profileFields } from './views.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'jobs'>;

export interface Load {
  activeClients: number;
  hoursPerWeek: number;
}

/** Running matches per volunteer and the hours per week their requests ask. */
export async function loadsOf(db: Db, regionId: string, userIds: readonly string[]): Promise<Map<string, Load>> {
  const out = new Map<string, Load>();
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom('volunteer_matches as m')
    .innerJoin('volunteer_requests as r', (j) => j.onRef('r.id', '=', 'm.request_id').onRef('r.region_id', '=', 'm.region_id'))
    .select(['m.volunteer_user_id', sql<number>`count(*)::int`.as('n'), sql<number>`coalesce(sum(r.hours_per_week), 0)::int`.as('hours')])
    .where('m.region_id', '=', regionId)
    .where('m.volunteer_user_id', 'in', userIds)
    .where('m.status', '=', 'matched')
    .groupBy('m.volunteer_user_id')
    .execute();
  for (const r of rows) out.set(r.volunteer_user_id, { activeClients: Number(r.n), hoursPerWeek: Number(r.hours) });
  return out;
}

const NO_LOAD: Load = { activeClients: 0, hoursPerWeek: 0 };

/** The volunteers of the coordinator's organisation: accounts with the volunteer role, with or without a profile yet. */
function volunteersOf(db: Db, regionId: string, organisationId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('volunteer_profiles as p', (j) => j.onRef('p.user_id', '=', 'u.id').onRef('p.region_id', '=', 'u.region_id'))
    .where('u.region_id', '=', regionId)
    .where('u.organisation_id', '=', organisationId)
    .where('u.status', '=', 'active')
    .where('u.id', 'in', db.selectFrom('user_roles').select('user_id').where('role', '=', 'vrijwilliger'));
}

/** Last check-in per volunteer, and whether a "te veel" still waits for the coordinator. */
export async function checkInFlags(db: Db, regionId: string, userIds: readonly string[]) {
  const out = new Map<string, { last: CheckInView | null; tooMuch: boolean }>();
  if (userIds.length === 0) return out;
  const rows = await db.selectFrom('volunteer_check_ins').selectAll().where('region_id', '=', regionId).where('user_id', 'in', userIds).orderBy('period_start', 'desc').execute();
  for (const r of rows) {
    const cur = out.get(r.user_id) ?? { last: null, tooMuch: false };
    if (cur.last === null) cur.last = checkInView(r);
    if (r.answer === 'te-veel' && r.handled_at === null) cur.tooMuch = true;
    out.set(r.user_id, cur);
  }
  return out;
}

export async function listVolunteers(ctx: Ctx, actor: Actor): Promise<VolunteerListItem[]> {
  const c = await asCoordinator(ctx.db, actor);
  const rows = await volunteersOf(ctx.db, c.regionId, c.organisationId)
    .select(['u.id', 'u.display_name', 'p.status', 'p.max_clients', 'p.max_hours_week'])
    .orderBy('u.display_name')
    .execute();
  const ids = rows.map((r) => r.id);
  const [loads, flags] = await Promise.all([loadsOf(ctx.db, c.regionId, ids), checkInFlags(ctx.db, c.regionId, ids)]);
  return rows.map((r) => ({
    userId: r.id,
    displayName: r.display_name,
    status: r.status,
    maxClients: r.max_clients,
    maxHoursWeek: r.max_hours_week,
    load: loads.get(r.id) ?? NO_LOAD,
    lastCheckIn: flags.get(r.id)?.last ?? null,
    tooMuch: flags.get(r.id)?.tooMuch ?? false,
  }));
}

export async function getVolunteer(ctx: Ctx, actor: Actor, userId: string, requestId: string | null): Promise<VolunteerDetail> {
  const c = await asCoordinator(ctx.db, actor);
  const user = await volunteersOf(ctx.db, c.regionId, c.organisationId).select(['u.id', 'u.display_name', 'u.email', 'u.phone']).where('u.id', '=', userId).executeTakeFirst();
  if (!user) throw notFound();
  const [profile, trainings, checkIns, loads, matches] = await Promise.all([
    ctx.db.selectFrom('volunteer_profiles').selectAll().where('region_id', '=', c.regionId).where('user_id', '=', user.id).executeTakeFirst(),
    ctx.db.selectFrom('volunteer_trainings').selectAll().where('region_id', '=', c.regionId).where('user_id', '=', user.id).orderBy('completed_on', 'desc').execute(),
    ctx.db.selectFrom('volunteer_check_ins').selectAll().where('region_id', '=', c.regionId).where('user_id', '=', user.id).orderBy('period_start', 'desc').limit(12).execute(),
    loadsOf(ctx.db, c.regionId, [user.id]),
    ctx.db
      .selectFrom('volunteer_matches as m')
      .innerJoin('volunteer_requests as r', (j) => j.onRef('r.id', '=', 'm.request_id').onRef('r.region_id', '=', 'm.region_id'))
      .select(['m.id', 'm.request_id', 'm.client_id', 'm.status', 'r.first_name'])
      .where('m.region_id', '=', c.regionId)
      .where('m.volunteer_user_id', '=', user.id)
      .where('r.organisation_id', '=', c.organisationId)
      .orderBy('m.created_at', 'desc')
      .execute(),
  ]);
  await logRequestReads(ctx, actor, matches.map((m) => m.client_id), REQUEST_READ_PURPOSE, requestId);
  return {
    userId: user.id,
    displayName: user.display_name,
    email: user.email,
    phone: user.phone,
    profile: profile ? profileFields(profile) : null,
    trainings: trainings.map((t) => ({ id: t.id, course: t.course, completedOn: t.completed_on, certificate: t.certificate, recordedByLabel: t.recorded_by_label })),
    checkIns: checkIns.map(checkInView),
    load: loads.get(user.id) ?? NO_LOAD,
    matches: matches.map((m) => ({ id: m.id, requestId: m.request_id, firstName: m.first_name, status: m.status })),
  };
}

/** The coordinator's part of a profile: intake, status, what the volunteer can and likes, and the caps. */
export async function saveProfile(ctx: Ctx, actor: Actor, userId: string, input: ProfileInput, requestId: string | null): Promise<VolunteerDetail> {
  const c = await asCoordinator(ctx.db, actor);
  const user = await volunteersOf(ctx.db, c.regionId, c.organisationId).select(['u.id']).where('u.id', '=', userId).executeTakeFirst();
  if (!user) throw notFound();
  const today = todayInNl();
  if (input.intakeOn !== null && input.intakeOn > today) throw invalid('intakeOn', 'Het intakegesprek kan niet in de toekomst liggen.', 'The intake cannot be in the future.');
  const fields = {
    status: input.status,
    skills: JSON.stringify(input.skills),
    interests: JSON.stringify(input.interests),
    languages: JSON.stringify(input.languages),
    birth_year: input.birthYear,
    gender: input.gender,
    postcode_area: input.postcodeArea,
    max_clients: input.maxClients,
    max_hours_week: input.maxHoursWeek,
    check_in_weeks: input.checkInWeeks,
    intake_on: input.intakeOn,
    intake_notes: input.intakeNotes,
    intake_by_label: input.intakeOn !== null ? actor.label : null,
  };
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('volunteer_profiles').selectAll().where('region_id', '=', c.regionId).where('user_id', '=', user.id).forUpdate().executeTakeFirst();
    if ((current?.version ?? 0) !== input.version) return { stale: true as const };
    const anchor = current?.check_in_anchor ?? (input.status === 'active' ? today : null);
    // Whoever recorded the intake stays its author when only other fields change.
    const intakeBy = current && current.intake_on === input.intakeOn ? current.intake_by_label : fields.intake_by_label;
    const row = current
      ? await trx
          .updateTable('volunteer_profiles')
          .set((eb) => ({ ...fields, intake_by_label: intakeBy, check_in_anchor: anchor, version: eb('version', '+', 1), updated_at: new Date() }))
          .where('user_id', '=', user.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('volunteer_profiles')
          .values({ ...fields, user_id: user.id, region_id: c.regionId, organisation_id: c.organisationId, availability: '[]', check_in_anchor: anchor })
          .returningAll()
          .executeTakeFirstOrThrow();
    return { stale: false as const, row };
  });
  if (saved.stale) throw conflict(await getVolunteer(ctx, actor, userId, requestId));
  const p = saved.row;
  if (p.status === 'active' && p.check_in_anchor) await scheduleCheckIn(ctx, p.region_id, p.user_id, nextCheckInDay(p.check_in_anchor, p.check_in_weeks, today));
  return getVolunteer(ctx, actor, userId, requestId);
}

export async function addTraining(ctx: Ctx, actor: Actor, userId: string, input: TrainingInput, requestId: string | null): Promise<VolunteerDetail> {
  const c = await asCoordinator(ctx.db, actor);
  const profile = await ctx.db
    .selectFrom('volunteer_profiles')
    .select('user_id')
    .where('region_id', '=', c.regionId)
    .where('organisation_id', '=', c.organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!profile) throw notFound({ nl: 'Leg eerst het intakegesprek vast.', en: 'Record the intake first.' });
  if (input.completedOn > todayInNl()) throw invalid('completedOn', 'Deze datum ligt in de toekomst.', 'This date is in the future.');
  await ctx.db
    .insertInto('volunteer_trainings')
    .values({ region_id: c.regionId, user_id: profile.user_id, course: input.course, completed_on: input.completedOn, certificate: input.certificate, recorded_by_label: actor.label })
    .execute();
  return getVolunteer(ctx, actor, userId, requestId);
}

/** The coordinator talked with a volunteer who said "te veel": proposals may come again. */
export async function handleCheckIn(ctx: Ctx, actor: Actor, checkInId: string): Promise<CheckInView> {
  const c = await asCoordinator(ctx.db, actor);
  const row = await ctx.db
    .updateTable('volunteer_check_ins')
    .set({ handled_at: new Date(), handled_by_label: actor.label })
    .where('region_id', '=', c.regionId)
    .where('id', '=', checkInId)
    .where('user_id', 'in', ctx.db.selectFrom('volunteer_profiles').select('user_id').where('region_id', '=', c.regionId).where('organisation_id', '=', c.organisationId))
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound();
  return checkInView(row);
}

/** The volunteer's own part: when they can, whom they would rather help, what clients read about them, and contact opt-in. */
export async function saveOwnProfile(ctx: Ctx, actor: Actor, input: OwnProfileInput): Promise<ProfileFields> {
  const row = await ctx.db
    .updateTable('volunteer_profiles')
    .set((eb) => ({
      availability: JSON.stringify(input.availability),
      prefer_gender: input.preferGender,
      prefer_age: input.preferAge,
      about: input.about,
      share_contact: input.shareContact,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('region_id', '=', actor.regionId)
    .where('user_id', '=', actor.userId)
    .where('version', '=', input.version)
    .returningAll()
    .executeTakeFirst();
  if (row) return profileFields(row);
  const current = await ctx.db.selectFrom('volunteer_profiles').selectAll().where('region_id', '=', actor.regionId).where('user_id', '=', actor.userId).executeTakeFirst();
  if (!current) throw notFound({ nl: 'Je hebt nog geen profiel. Dat maakt de coördinator bij de intake.', en: 'You have no profile yet. The coordinator makes it at the intake.' });
  throw conflict(profileFields(current));
}
