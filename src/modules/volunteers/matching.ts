import { TZDate } from '@date-fns/tz';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { todayInNl, type Actor } from '../../platform/access/index.js';
import { recordOrFail } from '../../platform/access/with-client-access.js';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.js';
import { asCoordinator, logRequestReads, REQUEST_READ_PURPOSE, type Coordinator } from './coordinator.js';
import type { EndInput, IntroductionInput, RequestDetail, RequestListItem } from './model.js';
import { checkInFlags, loadsOf } from './profiles.js';
import { rank, type RankRequest, type RankVolunteer } from './ranking.js';
import { LIVE_MATCH } from './schema.js';
import { loadHistory, matchView, recordMatchEvent, requestFields, type MatchRow, type RequestRow } from './views.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'jobs'>;

const requestNotFound = () => notFound({ nl: 'Deze vraag bestaat niet (meer).', en: 'This request does not exist (any more).' });
const wrongStep = (nl: string, en: string) => new AppError(409, 'wrong-step', { nl, en });

/** A write by the coordinator on what the circle shared: logged for the client before it happens. */
async function logWrite(ctx: Ctx, c: Coordinator, clientId: string, purpose: string, requestId: string | null): Promise<void> {
  await recordOrFail(ctx, { regionId: c.regionId, actorUserId: c.userId, actorLabel: c.label, clientId, category: 'netwerk', action: 'update', purpose, requestId });
}

async function requestOf(db: Db, c: Coordinator, id: string, lock = false): Promise<RequestRow> {
  const row = await db
    .selectFrom('volunteer_requests')
    .selectAll()
    .where('region_id', '=', c.regionId)
    .where('organisation_id', '=', c.organisationId)
    .where('id', '=', id)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw requestNotFound();
  return row;
}

async function matchOf(db: Db, c: Coordinator, matchId: string, lock = false): Promise<MatchRow> {
  const row = await db
    .selectFrom('volunteer_matches')
    .selectAll()
    .where('region_id', '=', c.regionId)
    .where('id', '=', matchId)
    .where('request_id', 'in', db.selectFrom('volunteer_requests').select('id').where('region_id', '=', c.regionId).where('organisation_id', '=', c.organisationId))
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw notFound({ nl: 'Deze koppeling bestaat niet (meer).', en: 'This match does not exist (any more).' });
  return row;
}

export async function listRequests(ctx: Ctx, actor: Actor, requestId: string | null): Promise<RequestListItem[]> {
  const c = await asCoordinator(ctx.db, actor);
  const rows = await ctx.db
    .selectFrom('volunteer_requests')
    .selectAll()
    .where('region_id', '=', c.regionId)
    .where('organisation_id', '=', c.organisationId)
    .orderBy((eb) => eb.case().when('status', '=', 'closed').then(1).else(0).end())
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  const live = rows.length
    ? await ctx.db
        .selectFrom('volunteer_matches')
        .selectAll()
        .where('region_id', '=', c.regionId)
        .where('request_id', 'in', rows.map((r) => r.id))
        .where('status', 'in', [...LIVE_MATCH])
        .execute()
    : [];
  await logRequestReads(ctx, actor, rows.map((r) => r.client_id), REQUEST_READ_PURPOSE, requestId);
  return rows.map((r) => {
    const m = live.find((x) => x.request_id === r.id);
    return { ...requestFields(r), current: m ? matchView(m) : null };
  });
}

/** The volunteers of the organisation as the ranking sees them, for one request. */
export async function rankFor(db: Db, c: Coordinator, r: RequestRow): Promise<ReturnType<typeof rank>> {
  const profiles = await db
    .selectFrom('volunteer_profiles as p')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'p.user_id').onRef('u.region_id', '=', 'p.region_id'))
    .selectAll('p')
    .select('u.display_name')
    .where('p.region_id', '=', c.regionId)
    .where('p.organisation_id', '=', c.organisationId)
    .where('u.status', '=', 'active')
    .where('p.status', '<>', 'stopped')
    .execute();
  const ids = profiles.map((p) => p.user_id);
  const [loads, flags, tried] = await Promise.all([
    loadsOf(db, c.regionId, ids),
    checkInFlags(db, c.regionId, ids),
    db.selectFrom('volunteer_matches').select('volunteer_user_id').where('region_id', '=', c.regionId).where('request_id', '=', r.id).where('status', 'in', ['declined', 'ended']).execute(),
  ]);
  const request: RankRequest = {
    ageYears: r.age_years,
    clientGender: r.client_gender,
    interests: r.interests,
    dayParts: r.day_parts,
    language: r.language,
    genderWish: r.gender_wish,
    postcodeArea: r.postcode_area,
    hoursPerWeek: r.hours_per_week,
  };
  const volunteers: RankVolunteer[] = profiles.map((p) => ({
    userId: p.user_id,
    displayName: p.display_name,
    status: p.status,
    interests: p.interests,
    languages: p.languages,
    availability: p.availability,
    gender: p.gender,
    preferGender: p.prefer_gender,
    preferAge: p.prefer_age,
    postcodeArea: p.postcode_area,
    maxClients: p.max_clients,
    maxHoursWeek: p.max_hours_week,
    activeClients: loads.get(p.user_id)?.activeClients ?? 0,
    hoursPerWeek: loads.get(p.user_id)?.hoursPerWeek ?? 0,
    lastCheckIn: flags.get(p.user_id)?.last?.answer ?? null,
    tooMuchOpen: flags.get(p.user_id)?.tooMuch ?? false,
    triedBefore: tried.some((t) => t.volunteer_user_id === p.user_id),
  }));
  return rank(request, volunteers);
}

export async function getRequest(ctx: Ctx, actor: Actor, id: string, requestId: string | null): Promise<RequestDetail> {
  const c = await asCoordinator(ctx.db, actor);
  return requestDetail(ctx, c, await requestOf(ctx.db, c, id), requestId);
}

async function requestDetail(ctx: Ctx, c: Coordinator, r: RequestRow, requestId: string | null): Promise<RequestDetail> {
  const [matches, history, ranking] = await Promise.all([
    ctx.db.selectFrom('volunteer_matches').selectAll().where('region_id', '=', c.regionId).where('request_id', '=', r.id).orderBy('created_at').execute(),
    loadHistory(ctx.db, c.regionId, [r.id]),
    r.status === 'open' ? rankFor(ctx.db, c, r) : Promise.resolve({ candidates: [], excluded: [] }),
  ]);
  await logRequestReads(ctx, c, [r.client_id], REQUEST_READ_PURPOSE, requestId);
  return { ...requestFields(r), matches: matches.map(matchView), history: history.get(r.id) ?? [], ...ranking };
}

/** Runs a coordinator's step; a stale version gives 409 with the request as it is now. */
async function step<T>(ctx: Ctx, c: Coordinator, requestIdOf: () => Promise<string>, requestId: string | null, work: () => Promise<T | 'stale'>): Promise<RequestDetail> {
  const result = await work();
  const current = await requestOf(ctx.db, c, await requestIdOf());
  const view = await requestDetail(ctx, c, current, requestId);
  if (result === 'stale') throw conflict(view);
  return view;
}

export async function propose(ctx: Ctx, actor: Actor, id: string, input: { version: number; volunteerUserId: string }, requestId: string | null): Promise<RequestDetail> {
  const c = await asCoordinator(ctx.db, actor);
  const r0 = await requestOf(ctx.db, c, id);
  await logWrite(ctx, c, r0.client_id, 'een vrijwilliger voorstellen', requestId);
  return step(ctx, c, async () => id, requestId, () =>
    ctx.db.transaction().execute(async (trx) => {
      const r = await requestOf(trx, c, id, true);
      if (r.version !== input.version || r.status !== 'open') return 'stale' as const;
      const { candidates } = await rankFor(trx, c, r);
      const chosen = candidates.find((x) => x.userId === input.volunteerUserId.toLowerCase());
      if (!chosen) {
        throw invalid(
          'volunteerUserId',
          'Deze vrijwilliger kan nu niet worden voorgesteld: die zit aan het maximum, is gepauzeerd, gaf aan dat het te veel is, of deed al mee voor deze vraag.',
          'This volunteer cannot be proposed now: at their limit, paused, said it is too much, or already tried for this request.',
        );
      }
      const m = await trx
        .insertInto('volunteer_matches')
        .values({
          region_id: c.regionId,
          client_id: r.client_id,
          request_id: r.id,
          volunteer_user_id: chosen.userId,
          volunteer_label: chosen.displayName,
          status: 'proposed',
          reasons: JSON.stringify(chosen.reasons),
          proposed_by_label: c.label,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('volunteer_requests').set((eb) => ({ status: 'matching', version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', r.id).execute();
      await recordMatchEvent(trx, { regionId: c.regionId, clientId: r.client_id, requestId: r.id, matchId: m.id, kind: 'proposed', actorLabel: c.label, details: { volunteer: chosen.displayName } });
      return 'ok' as const;
    }),
  );
}

/** Runs a change on one try (match) of the coordinator's organisation, guarded by its version. */
async function changeMatch(
  ctx: Ctx,
  actor: Actor,
  matchId: string,
  version: number,
  purpose: string,
  requestId: string | null,
  change: (trx: Db, m: MatchRow, c: Coordinator) => Promise<void>,
): Promise<RequestDetail> {
  const c = await asCoordinator(ctx.db, actor);
  const m0 = await matchOf(ctx.db, c, matchId);
  await logWrite(ctx, c, m0.client_id, purpose, requestId);
  return step(ctx, c, async () => m0.request_id, requestId, () =>
    ctx.db.transaction().execute(async (trx) => {
      const m = await matchOf(trx, c, matchId, true);
      if (m.version !== version) return 'stale' as const;
      await change(trx, m, c);
      return 'ok' as const;
    }),
  );
}

export function planIntroduction(ctx: Ctx, actor: Actor, matchId: string, input: IntroductionInput, requestId: string | null): Promise<RequestDetail> {
  if (input.date < todayInNl()) throw invalid('date', 'Kies een datum vandaag of later.', 'Choose today or a later date.');
  const [y, mo, d] = input.date.split('-').map(Number) as [number, number, number];
  const [h, mi] = input.time.split(':').map(Number) as [number, number];
  const at = new Date(new TZDate(y, mo - 1, d, h, mi, 'Europe/Amsterdam').getTime());
  return changeMatch(ctx, actor, matchId, input.version, 'een kennismakingsgesprek plannen', requestId, async (trx, m, c) => {
    if (m.status !== 'proposed' && m.status !== 'introduction') throw wrongStep('Het kennismakingsgesprek kan nu niet meer worden gepland.', 'The introduction can no longer be planned now.');
    await trx
      .updateTable('volunteer_matches')
      .set((eb) => ({ status: 'introduction', intro_at: at, intro_place: input.place, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', m.id)
      .execute();
    await recordMatchEvent(trx, { regionId: c.regionId, clientId: m.client_id, requestId: m.request_id, matchId: m.id, kind: 'introduction-planned', actorLabel: c.label, details: { at: at.toISOString(), place: input.place } });
  });
}

export function startThinking(ctx: Ctx, actor: Actor, matchId: string, input: { version: number; until: string }, requestId: string | null): Promise<RequestDetail> {
  if (input.until < todayInNl()) throw invalid('until', 'De bedenktijd loopt tot vandaag of later.', 'The time to think runs until today or later.');
  return changeMatch(ctx, actor, matchId, input.version, 'bedenktijd geven', requestId, async (trx, m, c) => {
    if (m.status !== 'introduction') throw wrongStep('Bedenktijd komt na het kennismakingsgesprek.', 'Time to think comes after the introduction.');
    await trx.updateTable('volunteer_matches').set((eb) => ({ status: 'thinking', think_until: input.until, version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', m.id).execute();
    await recordMatchEvent(trx, { regionId: c.regionId, clientId: m.client_id, requestId: m.request_id, matchId: m.id, kind: 'thinking', actorLabel: c.label, details: { until: input.until } });
  });
}

/**
 * Ends a try or a running match. No "klik" (or any end before the match) opens the request again
 * for another volunteer; a match that ends for another reason closes the request. The volunteer's
 * place in the circle is the client's to change, in the circle.
 */
export function endMatch(ctx: Ctx, actor: Actor, matchId: string, input: EndInput, requestId: string | null): Promise<RequestDetail> {
  return changeMatch(ctx, actor, matchId, input.version, 'een koppeling beëindigen', requestId, async (trx, m, c) => {
    if (!LIVE_MATCH.includes(m.status)) throw wrongStep('Deze koppeling is al voorbij.', 'This match has already ended.');
    const now = new Date();
    await trx
      .updateTable('volunteer_matches')
      .set((eb) => ({ status: 'ended', ended_at: now, end_reason: input.reason, end_note: input.note, version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', m.id)
      .execute();
    const reopen = input.reason === 'geen-klik' || m.status !== 'matched';
    await trx
      .updateTable('volunteer_requests')
      .set((eb) => ({ status: reopen ? 'open' : 'closed', closed_reason: reopen ? null : input.reason, version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', m.request_id)
      .execute();
    await recordMatchEvent(trx, { regionId: c.regionId, clientId: m.client_id, requestId: m.request_id, matchId: m.id, kind: 'ended', actorLabel: c.label, details: { reason: input.reason, reopened: reopen ? 'yes' : 'no' } });
  });
}

export async function closeRequest(ctx: Ctx, actor: Actor, id: string, input: { version: number; reason: string }, requestId: string | null): Promise<RequestDetail> {
  const c = await asCoordinator(ctx.db, actor);
  const r0 = await requestOf(ctx.db, c, id);
  await logWrite(ctx, c, r0.client_id, 'een vrijwilligersvraag afsluiten', requestId);
  return step(ctx, c, async () => id, requestId, () =>
    ctx.db.transaction().execute(async (trx) => {
      const r = await requestOf(trx, c, id, true);
      if (r.version !== input.version) return 'stale' as const;
      if (r.status !== 'open') throw wrongStep('Sluit eerst de lopende koppeling af.', 'End the running match first.');
      await trx.updateTable('volunteer_requests').set((eb) => ({ status: 'closed', closed_reason: input.reason, version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', r.id).execute();
      await recordMatchEvent(trx, { regionId: c.regionId, clientId: r.client_id, requestId: r.id, matchId: null, kind: 'closed', actorLabel: c.label, details: { reason: input.reason } });
      return 'ok' as const;
    }),
  );
}
