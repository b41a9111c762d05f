import { TZDate } from '@date-fns/tz';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ageOnDay, todayInNl, withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { createItem } from '../agenda/service.js';
import type { AnswerInput, ClientMatchView, ClientRequestView, ClientVolunteerView, MessageInput, RequestInput, ShieldedVolunteer } from './model.js';
import { LIVE_MATCH } from './schema.js';
import { loadHistory, loadMessages, recordMatchEvent, type MatchRow } from './views.js';
import { mayAnswer, settle } from './workflow.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'jobs' | 'mail' | 'config'>;

const decides = (scope: AccessScope) => scope.relation === 'self' || scope.decidesAs !== null;
const contributes = (scope: AccessScope) => decides(scope) || scope.level === 'contribute';

/** The volunteer organisation a request goes to: the one chosen, or the region's only one. */
async function organisationFor(db: Db, regionId: string, chosen: string | null): Promise<string> {
  const orgs = await db.selectFrom('organisations').select('id').where('region_id', '=', regionId).where('kind', '=', 'vrijwilligerscentrale').where('archived_at', 'is', null).execute();
  if (chosen !== null) {
    if (!orgs.some((o) => o.id === chosen.toLowerCase())) throw invalid('organisationId', 'Kies een vrijwilligersorganisatie uit je regio.', 'Choose a volunteer organisation in your region.');
    return chosen.toLowerCase();
  }
  if (orgs.length === 1) return orgs[0]!.id;
  throw invalid(
    'organisationId',
    orgs.length === 0 ? 'Er is geen vrijwilligersorganisatie in je regio.' : 'Kies naar welke vrijwilligersorganisatie de vraag gaat.',
    orgs.length === 0 ? 'There is no volunteer organisation in your region.' : 'Choose which volunteer organisation gets the request.',
  );
}

/** Four digits of a Dutch postcode ("7393 BL" → "7393"), or nothing. */
export function postcodeDigits(postcode: string | null): string | null {
  const m = /^\s*([1-9]\d{3})/.exec(postcode ?? '');
  return m ? m[1]! : null;
}

/**
 * Sharing a request with the volunteer organisation is sharing the client's data: only those who
 * may share the network (a professional with contribute, the client, whoever decides) can. The
 * request keeps only what the coordinator needs: first name, age, the wishes, four postcode digits.
 */
export async function createRequest(ctx: Ctx, actor: Actor, clientId: string, input: RequestInput, requestId: string | null): Promise<ClientVolunteerView> {
  await withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'share', purpose: 'een vrijwilliger aanvragen', requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      const organisationId = await organisationFor(trx, scope.regionId, input.organisationId);
      const open = await trx
        .selectFrom('volunteer_requests')
        .select('id')
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .where('status', '<>', 'closed')
        .executeTakeFirst();
      if (open) throw new AppError(409, 'request-open', { nl: 'Er loopt al een vraag om een vrijwilliger.', en: 'There is already a request for a volunteer.' });
      const c = await trx.selectFrom('clients').select(['first_name', 'birth_date', 'postcode']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow();
      const r = await trx
        .insertInto('volunteer_requests')
        .values({
          region_id: scope.regionId,
          client_id: scope.clientId,
          organisation_id: organisationId,
          first_name: c.first_name,
          age_years: ageOnDay(c.birth_date, todayInNl()),
          client_gender: input.clientGender,
          purpose: input.purpose,
          interests: JSON.stringify(input.interests),
          day_parts: JSON.stringify(input.dayParts),
          language: input.language,
          gender_wish: input.genderWish,
          postcode_area: postcodeDigits(c.postcode),
          hours_per_week: input.hoursPerWeek,
          requested_by: actor.userId,
          requested_by_label: actor.label,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordMatchEvent(trx, { regionId: scope.regionId, clientId: scope.clientId, requestId: r.id, matchId: null, kind: 'requested', actorLabel: actor.label });
    }),
  );
  return getClientVolunteer(ctx, actor, clientId, requestId);
}

/** The volunteer as the client's side sees them: no phone or e-mail unless the volunteer chose to share it. */
async function shieldedVolunteers(db: Db, regionId: string, userIds: readonly string[]): Promise<Map<string, ShieldedVolunteer>> {
  const out = new Map<string, ShieldedVolunteer>();
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('volunteer_profiles as p', (j) => j.onRef('p.user_id', '=', 'u.id').onRef('p.region_id', '=', 'u.region_id'))
    .select(['u.id', 'u.display_name', 'u.phone', 'u.email', 'p.about', 'p.interests', 'p.share_contact'])
    .where('u.region_id', '=', regionId)
    .where('u.id', 'in', userIds)
    .execute();
  for (const r of rows) {
    out.set(r.id, {
      displayName: r.display_name,
      about: r.about,
      interests: r.interests ?? [],
      contact: r.share_contact ? { phone: r.phone, email: r.email } : null,
    });
  }
  return out;
}

async function buildView(db: Db, scope: AccessScope, actor: Actor): Promise<ClientVolunteerView> {
  const [client, requests] = await Promise.all([
    db.selectFrom('clients').select(['first_name', 'last_name']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow(),
    db.selectFrom('volunteer_requests').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at', 'desc').execute(),
  ]);
  const ids = requests.map((r) => r.id);
  const live = ids.length ? await db.selectFrom('volunteer_matches').selectAll().where('region_id', '=', scope.regionId).where('request_id', 'in', ids).where('status', 'in', [...LIVE_MATCH]).execute() : [];
  const [history, people, messages] = await Promise.all([
    loadHistory(db, scope.regionId, ids),
    shieldedVolunteers(db, scope.regionId, live.map((m) => m.volunteer_user_id)),
    loadMessages(db, scope.regionId, live.filter((m) => m.status === 'matched').map((m) => m.id), actor.userId),
  ]);
  const current = (m: MatchRow | undefined): ClientMatchView | null =>
    m
      ? {
          id: m.id,
          status: m.status,
          introAt: m.intro_at?.toISOString() ?? null,
          introPlace: m.intro_place,
          thinkUntil: m.think_until,
          clientAnswer: m.client_answer,
          volunteer: people.get(m.volunteer_user_id) ?? { displayName: m.volunteer_label, about: null, interests: [], contact: null },
          messages: messages.get(m.id) ?? [],
          version: m.version,
        }
      : null;
  const views: ClientRequestView[] = requests.map((r) => ({
    id: r.id,
    status: r.status,
    purpose: r.purpose,
    interests: r.interests,
    dayParts: r.day_parts,
    language: r.language,
    genderWish: r.gender_wish,
    hoursPerWeek: r.hours_per_week,
    requestedByLabel: r.requested_by_label,
    createdAt: r.created_at.toISOString(),
    // Who said no is the coordinator's to know; the circle reads that it did not go ahead.
    history: (history.get(r.id) ?? []).map((e) => (e.kind === 'declined' ? { ...e, details: {} } : e)),
    current: current(live.find((m) => m.request_id === r.id)),
    version: r.version,
  }));
  return {
    clientId: scope.clientId,
    clientName: `${client.first_name} ${client.last_name}`,
    canAsk: decides(scope) || (scope.relation === 'professional' && scope.level === 'contribute'),
    canAnswer: decides(scope),
    canWrite: contributes(scope),
    requests: views,
  };
}

export function getClientVolunteer(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<ClientVolunteerView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'de vrijwilligershulp bekijken', requestId }, (db, scope) => buildView(db, scope, actor));
}

async function clientMatch(db: Db, scope: AccessScope, matchId: string, lock: boolean): Promise<MatchRow> {
  const m = await db
    .selectFrom('volunteer_matches')
    .selectAll()
    .where('region_id', '=', scope.regionId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', matchId)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
  if (!m) throw notFound({ nl: 'Deze koppeling bestaat niet (meer).', en: 'This match does not exist (any more).' });
  return m;
}

/** The client, or whoever decides for them, says yes or no in their own account; no reason asked. */
export async function answerAsClient(ctx: Ctx, actor: Actor, clientId: string, matchId: string, input: AnswerInput, requestId: string | null): Promise<ClientVolunteerView> {
  const outcome = await withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'ja of nee zeggen tegen een vrijwilliger', requestId }, (db, scope) => {
    if (!decides(scope)) throw forbidden({ nl: 'Alleen de cliënt of wie voor de cliënt beslist, kan dit antwoord geven.', en: 'Only the client or whoever decides for them can give this answer.' });
    return db.transaction().execute(async (trx) => {
      const m = await clientMatch(trx, scope, matchId, true);
      if (m.version !== input.version || m.client_answer !== null || !mayAnswer(m.status, input.answer, 'client')) return 'stale' as const;
      const now = new Date();
      const row = await trx
        .updateTable('volunteer_matches')
        .set((eb) => ({ client_answer: input.answer, client_answered_by_label: actor.label, client_answered_at: now, version: eb('version', '+', 1), updated_at: now }))
        .where('id', '=', m.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordMatchEvent(trx, { regionId: scope.regionId, clientId: scope.clientId, requestId: m.request_id, matchId: m.id, kind: 'client-answered', actorLabel: actor.label, details: { answer: input.answer } });
      await settle(trx, ctx.jobs, row, { userId: actor.userId, label: actor.label, as: scope.decidesAs });
      return 'ok' as const;
    });
  });
  const view = await getClientVolunteer(ctx, actor, clientId, requestId);
  if (outcome === 'stale') throw conflict(view);
  return view;
}

const nlInstant = (date: string, time: string): Date => {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, 'Europe/Amsterdam').getTime());
};

export function callInstant(input: MessageInput): Date | null {
  if (input.callDate === null || input.callTime === null) return null;
  if (input.callDate < todayInNl()) throw invalid('callDate', 'Kies een dag vandaag of later.', 'Choose today or a later day.');
  return nlInstant(input.callDate, input.callTime);
}

const addMinutes = (time: string, minutes: number): string => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/**
 * A message from the client's side to their volunteer, through the app: neither side needs the
 * other's number. A planned call also goes into the client's agenda when the writer may add to it.
 */
export async function messageFromClient(ctx: Ctx, actor: Actor, clientId: string, matchId: string, input: MessageInput, requestId: string | null): Promise<ClientVolunteerView> {
  const callAt = callInstant(input);
  const saved = await withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'create', purpose: 'een bericht aan de vrijwilliger sturen', requestId }, async (db, scope) => {
    const m = await clientMatch(db, scope, matchId, false);
    if (m.status !== 'matched') throw new AppError(409, 'not-matched', { nl: 'Berichten kunnen pas na de koppeling.', en: 'Messages are possible once matched.' });
    const row = await db
      .insertInto('volunteer_messages')
      .values({ region_id: scope.regionId, client_id: scope.clientId, match_id: m.id, side: 'client', author_user_id: actor.userId, author_label: actor.label, body: input.body, call_at: callAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { messageId: row.id, volunteerUserId: m.volunteer_user_id, volunteerLabel: m.volunteer_label };
  });
  if (callAt !== null && input.callDate !== null && input.callTime !== null) {
    await callInAgenda(ctx, actor, clientId, saved, input.callDate, input.callTime, requestId);
  }
  return getClientVolunteer(ctx, actor, clientId, requestId);
}

/** Best effort: without agenda rights, or before the volunteer may see the agenda, the call stays on the thread only. */
async function callInAgenda(
  ctx: Ctx,
  actor: Actor,
  clientId: string,
  saved: { messageId: string; volunteerUserId: string; volunteerLabel: string },
  date: string,
  time: string,
  requestId: string | null,
): Promise<void> {
  const item = {
    kind: 'belmoment' as const,
    title: `Belmoment met ${saved.volunteerLabel}`,
    date,
    startTime: time,
    endTime: addMinutes(time, 30),
    recurrence: null,
    repeatUntil: null,
    location: null,
    notes: null,
  };
  const tryCreate = async (attendees: string[]) => createItem(ctx, actor, clientId, { ...item, attendeeUserIds: attendees }, requestId);
  let created: { id: string } | null = null;
  try {
    created = await tryCreate([saved.volunteerUserId]);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.status === 422) created = await tryCreate([]).catch(() => null);
  }
  if (created) {
    await withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'een belmoment aan het bericht koppelen', requestId }, (db, scope) =>
      db.updateTable('volunteer_messages').set({ agenda_item_id: created.id }).where('region_id', '=', scope.regionId).where('id', '=', saved.messageId).execute(),
    );
  }
}
