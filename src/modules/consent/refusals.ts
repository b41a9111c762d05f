import type { Selectable } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { relationTo, todayInNl, withClientAccess, type AccessScope, type Actor, type Relation } from '../../platform/access/index.js';
import { AppError, conflict, forbidden, invalid, notFound, type FieldProblem } from '../../platform/errors.js';
import { professionalCircleIds } from './circle-people.js';
import { failIfAny } from './field-problems.js';
import { recordEvent } from './history.js';
import type { RefusalInput, RefusalList, RefusalReviewInput, RefusalView, ReviewsDue } from './refusal-model.js';
import type { ConsentRefusalsTable } from './schema.js';
import { exceptionsToReview } from './safety.js';

/**
 * The refusal register ("niet mijn zus"): the client says no to involving a person, with a reason
 * and a date to talk about it again. Professionals are reminded on that date to talk, never to
 * override; while the refusal stands nobody can bring that person into the circle
 * (assertNotRefused). Only the client, or whoever decides for them, can withdraw it.
 */

export const REFUSAL_REVIEW_JOB = 'consent.refusal-review';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'jobs'>;
type RefusalRow = Selectable<ConsentRefusalsTable>;

// ---------------------------------------------------------------------------------------------
// Calendar days in the Netherlands

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const parseYmd = (s: string) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};

/** A yyyy-mm-dd that exists on the calendar (no 31 April). */
export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const { y, m, d } = parseYmd(s);
  return ymd(new Date(Date.UTC(y, m - 1, d))) === s;
}

export function addDays(day: string, n: number): string {
  const { y, m, d } = parseYmd(day);
  return ymd(new Date(Date.UTC(y, m - 1, d + n)));
}

/** The same day n years later; 29 February becomes 28 February. */
export function addYears(day: string, n: number): string {
  const { y, m, d } = parseYmd(day);
  const target = new Date(Date.UTC(y + n, m - 1, d));
  return target.getUTCMonth() === m - 1 ? ymd(target) : ymd(new Date(Date.UTC(y + n, m, 0)));
}

const NL_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Amsterdam's clock is ahead of UTC at a moment, in ms. */
function amsterdamOffset(t: number): number {
  const parts = Object.fromEntries(NL_PARTS.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(t / 1000) * 1000;
}

/** The moment it is `hour`:00 on a calendar day in the Netherlands (summer and winter time). */
export function amsterdamAt(day: string, hour: number): Date {
  const { y, m, d } = parseYmd(day);
  const wall = Date.UTC(y, m - 1, d, hour);
  const first = wall - amsterdamOffset(wall);
  return new Date(wall - amsterdamOffset(first));
}

/** The review dates accepted today: from tomorrow to two years ahead. */
export function reviewWindow(now = new Date()): { min: string; max: string } {
  const today = todayInNl(now);
  return { min: addDays(today, 1), max: addYears(today, 2) };
}

function reviewOnProblem(reviewOn: string, now = new Date()): FieldProblem | null {
  const { min, max } = reviewWindow(now);
  if (!isRealDate(reviewOn)) return { field: 'reviewOn', nl: 'Deze datum bestaat niet.', en: 'This date does not exist.' };
  if (reviewOn < min) return { field: 'reviewOn', nl: 'Kies een datum na vandaag.', en: 'Choose a date after today.' };
  if (reviewOn > max) return { field: 'reviewOn', nl: 'Kies een datum binnen twee jaar.', en: 'Choose a date within two years.' };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Who may do what (within what platform/access already allowed)

/** The client and whoever decides for them, and the professionals of the circle, keep the register. */
const keepsRegister = (s: Pick<AccessScope, 'relation' | 'decidesAs'>) => s.relation === 'self' || s.decidesAs !== null || s.relation === 'professional';
/** Withdrawing is the client's own choice (or their decider's): a professional cannot. */
const mayEnd = (s: Pick<AccessScope, 'relation' | 'decidesAs'>) => s.relation === 'self' || s.decidesAs !== null;

/**
 * Checked before platform/access opens (and logs) anything: other members of the circle do not
 * read or keep the register, so a naaste with network access is refused without an access-log
 * entry saying they looked.
 */
async function requireRelation(ctx: Ctx, actor: Actor, clientId: string, allowed: readonly Relation[]): Promise<void> {
  const relation = await relationTo(ctx.db, actor, clientId);
  if (relation === null || !allowed.includes(relation)) throw forbidden();
}
const REGISTER_RELATIONS: readonly Relation[] = ['self', 'vertegenwoordiger', 'professional'];

// ---------------------------------------------------------------------------------------------
// Matching a person against the register

/** Names compare case-insensitively, trimmed, with runs of whitespace as one space. */
export const normaliseName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
const normaliseEmail = (email: string) => email.trim().toLowerCase();

function matches(row: Pick<RefusalRow, 'person_email' | 'person_name'>, person: { email: string | null; displayName: string }): boolean {
  if (person.email && row.person_email && normaliseEmail(person.email) === row.person_email) return true;
  return normaliseName(person.displayName) !== '' && normaliseName(person.displayName) === normaliseName(row.person_name);
}

async function activeRefusals(db: Db, regionId: string, clientId: string) {
  return db
    .selectFrom('consent_refusals')
    .select(['id', 'person_email', 'person_name'])
    .where('region_id', '=', regionId)
    .where('client_id', '=', clientId)
    .where('ended_at', 'is', null)
    .execute();
}

/**
 * Refuses bringing a person into the circle while the client's refusal of them stands: the e-mail
 * address or the name matches an active refusal. Call it wherever someone is invited or added.
 */
export async function assertNotRefused(db: Db, regionId: string, clientId: string, person: { email: string; displayName: string }): Promise<void> {
  const refused = (await activeRefusals(db, regionId, clientId)).some((r) => matches(r, person));
  if (refused) {
    throw invalid(
      'email',
      'De cliënt wil op dit moment niet dat deze persoon betrokken wordt. Dat heeft de cliënt zo vastgelegd.',
      'The client does not want this person involved at the moment. The client has recorded this.',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Reading and writing

function toView(r: RefusalRow, today: string): RefusalView {
  const active = r.ended_at === null;
  return {
    id: r.id,
    personName: r.person_name,
    personEmail: r.person_email,
    relationLabel: r.relation_label,
    reason: r.reason,
    reviewOn: r.review_on,
    recordedByLabel: r.recorded_by_label,
    createdAt: r.created_at.toISOString(),
    reviewedAt: r.reviewed_at?.toISOString() ?? null,
    endedAt: r.ended_at?.toISOString() ?? null,
    endedByLabel: r.ended_by_label,
    active,
    reviewDue: active && r.review_on <= today,
    version: r.version,
  };
}

export async function listRefusals(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<RefusalList> {
  await requireRelation(ctx, actor, clientId, REGISTER_RELATIONS);
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'weigeringen bekijken', requestId }, async (db, scope) => {
    if (!keepsRegister(scope)) throw forbidden();
    const rows = await db
      .selectFrom('consent_refusals')
      .selectAll()
      .where('region_id', '=', scope.regionId)
      .where('client_id', '=', scope.clientId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    const today = todayInNl();
    const window = reviewWindow();
    const views = rows.map((r) => toView(r, today));
    // Standing refusals first, the oldest decision at the end.
    views.sort((a, b) => Number(b.active) - Number(a.active));
    return { refusals: views, canRecord: true, canReview: true, canEnd: mayEnd(scope), reviewOnMin: window.min, reviewOnMax: window.max };
  });
}

async function enqueueReview(ctx: Ctx, trx: Db, r: Pick<RefusalRow, 'id' | 'region_id' | 'review_on' | 'version'>): Promise<void> {
  await ctx.jobs.enqueue(
    REFUSAL_REVIEW_JOB,
    { refusalId: r.id, reviewOn: r.review_on, version: r.version },
    { runAt: amsterdamAt(r.review_on, 8), regionId: r.region_id, uniqueKey: `consent-refusal-review:${r.id}:${r.review_on}:v${r.version}` },
    trx,
  );
}

const subjectOf = (r: Pick<RefusalRow, 'person_name' | 'relation_label'>) => (r.relation_label ? `${r.person_name} (${r.relation_label})` : r.person_name);

export async function recordRefusal(ctx: Ctx, actor: Actor, clientId: string, input: RefusalInput, requestId: string | null): Promise<RefusalView> {
  await requireRelation(ctx, actor, clientId, REGISTER_RELATIONS);
  const email = input.personEmail ? input.personEmail : null;
  failIfAny([
    input.personName.length < 2 ? { field: 'personName', nl: 'Vul de naam van de persoon in.', en: 'Enter the name of the person.' } : null,
    email !== null && !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email) ? { field: 'personEmail', nl: 'Dit is geen geldig e-mailadres.', en: 'This is not a valid e-mail address.' } : null,
    input.reason.length < 3 ? { field: 'reason', nl: 'Schrijf op waarom de cliënt dit niet wil.', en: 'Write down why the client does not want this.' } : null,
    reviewOnProblem(input.reviewOn),
  ]);
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'create', purpose: 'weigering vastgelegd', requestId }, async (db, scope) => {
    if (!keepsRegister(scope)) throw forbidden();
    return db.transaction().execute(async (trx) => {
      const standing = await activeRefusals(trx, scope.regionId, scope.clientId);
      if (standing.some((r) => matches(r, { email, displayName: input.personName }))) {
        throw invalid('personName', 'Voor deze persoon staat al een weigering.', 'A refusal for this person is already recorded.');
      }
      const row = await trx
        .insertInto('consent_refusals')
        .values({
          region_id: scope.regionId,
          client_id: scope.clientId,
          person_name: input.personName,
          person_email: email,
          relation_label: input.relationLabel ? input.relationLabel : null,
          reason: input.reason,
          review_on: input.reviewOn,
          recorded_by: actor.userId,
          recorded_by_label: actor.label,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordEvent(trx, {
        regionId: scope.regionId,
        clientId: scope.clientId,
        kind: 'refusal-recorded',
        actorUserId: actor.userId,
        actorLabel: actor.label,
        subjectLabel: subjectOf(row),
        details: { refusalId: row.id, reviewOn: row.review_on },
      });
      await enqueueReview(ctx, trx, row);
      return toView(row, todayInNl());
    });
  });
}

const REFUSAL_ENDED = () =>
  new AppError(422, 'refusal-ended', { nl: 'Deze weigering is al ingetrokken.', en: 'This refusal has already been withdrawn.' });

/** Locks the refusal; 404 when it is not this client's, 409 with the current state when the version is old. */
async function lockCurrent(trx: Db, scope: AccessScope, id: string, version: number): Promise<RefusalRow> {
  const row = await trx
    .selectFrom('consent_refusals')
    .selectAll()
    .where('region_id', '=', scope.regionId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.version !== version) throw conflict(toView(row, todayInNl()));
  if (row.ended_at !== null) throw REFUSAL_ENDED();
  return row;
}

/** "Besproken, blijft zo": it was talked about again and the refusal stands, until a new date. */
export async function reviewRefusal(ctx: Ctx, actor: Actor, clientId: string, id: string, input: RefusalReviewInput, requestId: string | null): Promise<RefusalView> {
  await requireRelation(ctx, actor, clientId, REGISTER_RELATIONS);
  failIfAny([reviewOnProblem(input.reviewOn)]);
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'weigering opnieuw besproken', requestId }, async (db, scope) => {
    if (!keepsRegister(scope)) throw forbidden();
    return db.transaction().execute(async (trx) => {
      await lockCurrent(trx, scope, id, input.version);
      const row = await trx
        .updateTable('consent_refusals')
        .set((eb) => ({ reviewed_at: new Date(), review_on: input.reviewOn, version: eb('version', '+', 1) }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordEvent(trx, {
        regionId: scope.regionId,
        clientId: scope.clientId,
        kind: 'refusal-reviewed',
        actorUserId: actor.userId,
        actorLabel: actor.label,
        subjectLabel: subjectOf(row),
        details: { refusalId: row.id, reviewOn: row.review_on },
      });
      await enqueueReview(ctx, trx, row);
      return toView(row, todayInNl());
    });
  });
}

/** The client changed their mind: the person may be involved again. Only the client or their decider. */
export async function endRefusal(ctx: Ctx, actor: Actor, clientId: string, id: string, version: number, requestId: string | null): Promise<RefusalView> {
  await requireRelation(ctx, actor, clientId, ['self', 'vertegenwoordiger']);
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'weigering ingetrokken', requestId }, async (db, scope) => {
    if (!mayEnd(scope)) throw forbidden();
    return db.transaction().execute(async (trx) => {
      await lockCurrent(trx, scope, id, version);
      const row = await trx
        .updateTable('consent_refusals')
        .set((eb) => ({ ended_at: new Date(), ended_by_label: actor.label, version: eb('version', '+', 1) }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordEvent(trx, {
        regionId: scope.regionId,
        clientId: scope.clientId,
        kind: 'refusal-ended',
        actorUserId: actor.userId,
        actorLabel: actor.label,
        subjectLabel: subjectOf(row),
        details: { refusalId: row.id },
      });
      return toView(row, todayInNl());
    });
  });
}

/**
 * What a professional has to talk about or review: standing refusals whose date has come in the
 * circles they work in, and safety exceptions waiting for their review. Ids and dates only; the
 * web app names clients through platform/access (the logged client list).
 */
export async function reviewsDueFor(db: Db, actor: Actor, now = new Date()): Promise<ReviewsDue> {
  const today = todayInNl(now);
  const refusals = await db
    .selectFrom('consent_refusals as r')
    .select(['r.id', 'r.client_id', 'r.review_on'])
    .where('r.region_id', '=', actor.regionId)
    .where('r.ended_at', 'is', null)
    .where('r.review_on', '<=', today)
    .where('r.client_id', 'in', professionalCircleIds(db, actor))
    .orderBy('r.review_on')
    .execute();
  const exceptions = await exceptionsToReview(db, actor, now);
  const items: ReviewsDue['items'] = [
    ...exceptions.map((e) => ({ kind: 'safety-exception' as const, id: e.id, clientId: e.clientId, dueOn: e.reviewDueAt, overdue: e.overdue })),
    ...refusals.map((r) => ({ kind: 'refusal' as const, id: r.id, clientId: r.client_id, dueOn: r.review_on, overdue: r.review_on < today })),
  ];
  return { items };
}
