import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { withClientAccess, type Actor } from '../../platform/access/index.js';
import { recordOrFail } from '../../platform/access/with-client-access.js';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.js';
import { logRequestReads, REQUEST_READ_PURPOSE } from './coordinator.js';
import type { AnswerInput, MessageInput, MessageView, MyMatchView, MyVolunteerView } from './model.js';
import { loadsOf } from './profiles.js';
import { callInstant } from './requests.js';
import { checkInView, loadMessages, profileFields, recordMatchEvent, type MatchRow } from './views.js';
import { mayAnswer, settle } from './workflow.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'jobs'>;

const onlyVolunteers = (actor: Actor) => {
  if (!actor.roles.includes('vrijwilliger')) throw forbidden({ nl: 'Dit is alleen voor vrijwilligers.', en: 'This is only for volunteers.' });
};

/** The tries that concern the volunteer now: proposals, introductions, time to think and running matches. */
async function myMatches(db: Db, actor: Actor) {
  return db
    .selectFrom('volunteer_matches as m')
    .innerJoin('volunteer_requests as r', (j) => j.onRef('r.id', '=', 'm.request_id').onRef('r.region_id', '=', 'm.region_id'))
    .selectAll('m')
    .select(['r.first_name', 'r.age_years', 'r.purpose', 'r.interests', 'r.day_parts', 'r.language'])
    .where('m.region_id', '=', actor.regionId)
    .where('m.volunteer_user_id', '=', actor.userId)
    .where('m.status', 'in', ['proposed', 'introduction', 'thinking', 'matched'])
    .orderBy('m.created_at', 'desc')
    .execute();
}
type MyMatchRow = Awaited<ReturnType<typeof myMatches>>[number];

function toMyMatch(m: MyMatchRow, messages: MessageView[]): MyMatchView {
  return {
    id: m.id,
    clientId: m.client_id,
    status: m.status,
    request: { firstName: m.first_name, ageYears: m.age_years, purpose: m.purpose, interests: m.interests, dayParts: m.day_parts, language: m.language },
    introAt: m.intro_at?.toISOString() ?? null,
    introPlace: m.intro_place,
    thinkUntil: m.think_until,
    myAnswer: m.volunteer_answer,
    messages,
    version: m.version,
  };
}

/**
 * The thread of a running match, read as a member of the client's circle: every look is in the
 * client's log. A volunteer the client has since taken out of the circle sees no messages.
 */
async function threadOf(ctx: Ctx, actor: Actor, m: Pick<MatchRow, 'id' | 'client_id'>, requestId: string | null): Promise<MessageView[] | null> {
  try {
    return await withClientAccess(ctx, actor, { clientId: m.client_id, category: 'netwerk', action: 'read', purpose: 'berichten met de vrijwilliger bekijken', requestId, check: 'membership' }, async (db, scope) =>
      (await loadMessages(db, scope.regionId, [m.id], actor.userId)).get(m.id) ?? [],
    );
  } catch (err) {
    if (err instanceof AppError && (err.status === 403 || err.status === 404)) return null;
    throw err;
  }
}

export async function getMine(ctx: Ctx, actor: Actor, requestId: string | null): Promise<MyVolunteerView> {
  onlyVolunteers(actor);
  const [user, profile, trainings, checkIns, loads, matches] = await Promise.all([
    ctx.db
      .selectFrom('users as u')
      .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'u.organisation_id').onRef('o.region_id', '=', 'u.region_id'))
      .select(['u.display_name', 'o.name as organisation_name'])
      .where('u.region_id', '=', actor.regionId)
      .where('u.id', '=', actor.userId)
      .executeTakeFirstOrThrow(),
    ctx.db.selectFrom('volunteer_profiles').selectAll().where('region_id', '=', actor.regionId).where('user_id', '=', actor.userId).executeTakeFirst(),
    ctx.db.selectFrom('volunteer_trainings').selectAll().where('region_id', '=', actor.regionId).where('user_id', '=', actor.userId).orderBy('completed_on', 'desc').execute(),
    ctx.db.selectFrom('volunteer_check_ins').selectAll().where('region_id', '=', actor.regionId).where('user_id', '=', actor.userId).orderBy('period_start', 'desc').limit(12).execute(),
    loadsOf(ctx.db, actor.regionId, [actor.userId]),
    myMatches(ctx.db, actor),
  ]);
  const waiting = matches.filter((m) => m.status !== 'matched');
  await logRequestReads(ctx, actor, waiting.map((m) => m.client_id), REQUEST_READ_PURPOSE, requestId);
  const views: MyMatchView[] = [];
  for (const m of matches) {
    if (m.status !== 'matched') {
      views.push(toMyMatch(m, []));
      continue;
    }
    const thread = await threadOf(ctx, actor, m, requestId);
    if (thread !== null) views.push(toMyMatch(m, thread));
  }
  const open = checkIns.find((c) => c.answer === null);
  return {
    displayName: user.display_name,
    organisationName: user.organisation_name,
    profile: profile ? profileFields(profile) : null,
    trainings: trainings.map((t) => ({ id: t.id, course: t.course, completedOn: t.completed_on, certificate: t.certificate, recordedByLabel: t.recorded_by_label })),
    openCheckIn: open ? checkInView(open) : null,
    checkIns: checkIns.map(checkInView),
    load: loads.get(actor.userId) ?? { activeClients: 0, hoursPerWeek: 0 },
    matches: views,
  };
}

async function ownMatch(db: Db, actor: Actor, matchId: string, lock = false): Promise<MatchRow> {
  const m = await db
    .selectFrom('volunteer_matches')
    .selectAll()
    .where('region_id', '=', actor.regionId)
    .where('volunteer_user_id', '=', actor.userId)
    .where('id', '=', matchId)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
  if (!m) throw notFound({ nl: 'Deze koppeling bestaat niet (meer).', en: 'This match does not exist (any more).' });
  return m;
}

/** The volunteer says yes or no in their own account, without giving a reason. */
export async function answerAsVolunteer(ctx: Ctx, actor: Actor, matchId: string, input: AnswerInput, requestId: string | null): Promise<MyVolunteerView> {
  onlyVolunteers(actor);
  const m0 = await ownMatch(ctx.db, actor, matchId);
  await recordOrFail(ctx, { regionId: actor.regionId, actorUserId: actor.userId, actorLabel: actor.label, clientId: m0.client_id, category: 'netwerk', action: 'update', purpose: 'ja of nee zeggen als vrijwilliger', requestId });
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const m = await ownMatch(trx, actor, matchId, true);
    if (m.version !== input.version || m.volunteer_answer !== null || !mayAnswer(m.status, input.answer, 'volunteer')) return 'stale' as const;
    const now = new Date();
    const row = await trx
      .updateTable('volunteer_matches')
      .set((eb) => ({ volunteer_answer: input.answer, volunteer_answered_at: now, version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', m.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordMatchEvent(trx, { regionId: m.region_id, clientId: m.client_id, requestId: m.request_id, matchId: m.id, kind: 'volunteer-answered', actorLabel: actor.label, details: { answer: input.answer } });
    await settle(trx, ctx.jobs, row, { userId: actor.userId, label: actor.label, as: null });
    return 'ok' as const;
  });
  const view = await getMine(ctx, actor, requestId);
  if (outcome === 'stale') throw conflict(view);
  return view;
}

export async function messageFromVolunteer(ctx: Ctx, actor: Actor, matchId: string, input: MessageInput, requestId: string | null): Promise<MessageView[]> {
  onlyVolunteers(actor);
  const callAt = callInstant(input);
  const m = await ownMatch(ctx.db, actor, matchId);
  if (m.status !== 'matched') throw new AppError(409, 'not-matched', { nl: 'Berichten kunnen pas na de koppeling.', en: 'Messages are possible once matched.' });
  return withClientAccess(ctx, actor, { clientId: m.client_id, category: 'netwerk', action: 'create', purpose: 'een bericht aan de cliënt sturen', requestId, check: 'membership' }, async (db, scope) => {
    await db
      .insertInto('volunteer_messages')
      .values({ region_id: scope.regionId, client_id: scope.clientId, match_id: m.id, side: 'volunteer', author_user_id: actor.userId, author_label: actor.label, body: input.body, call_at: callAt })
      .execute();
    return (await loadMessages(db, scope.regionId, [m.id], actor.userId)).get(m.id) ?? [];
  });
}
