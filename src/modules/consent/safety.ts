import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { isUuid } from '../../platform/audit/validate.js';
import { relationTo, withClientAccess, withSafetyReviewAccess, type Actor } from '../../platform/access/index.js';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.js';
import { clientAndDeciders, professionalCircleIds, professionalMembers, teamLeadsOf, uniqueRecipients, type Recipient } from './circle-people.js';
import { failIfAny } from './field-problems.js';
import { recordEvent } from './history.js';
import { clientInformedMail, safetyReviewMail, type ReviewStage } from './notices.js';
import {
  JUSTIFICATION_MIN,
  NO_INFORM_REASON_MIN,
  REVIEW_NOTE_MIN,
  SAFETY_REVIEW_DAYS,
  SAFETY_VALID_HOURS,
  type SafetyExceptionInput,
  type SafetyExceptionView,
  type SafetyReviewInput,
  type SafetyToReview,
} from './safety-model.js';
import type { SafetyExceptionsTable } from './schema.js';

/**
 * Safety exceptions (conflict of duties, child safety). A professional of the circle may read or
 * share categories without the client's consent only after writing down why. platform/access then
 * allows it for 72 hours and flags every access in the log. A second professional of the circle or
 * a team lead of the author's organisation reviews it within 7 days, and the client is told
 * afterwards, unless the author wrote down why telling would endanger someone.
 */

export const SAFETY_REVIEW_JOB = 'consent.safety-review';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log' | 'jobs' | 'mail' | 'config'>;
type ExceptionRow = Selectable<SafetyExceptionsTable>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Where reviewers and clients land from a mail: the review list, and "wie bekeek mijn gegevens". */
const reviewLink = (ctx: Pick<AppContext, 'config'>) => `${ctx.config.publicUrl}/veiligheid/beoordelen`;
const accessLogLink = (ctx: Pick<AppContext, 'config'>) => `${ctx.config.publicUrl}/wie-bekeek-mijn-gegevens`;

function toView(r: ExceptionRow, actor: Actor, now = new Date()): SafetyExceptionView {
  const mine = r.professional_user_id === actor.userId;
  const active = r.valid_until > now;
  return {
    id: r.id,
    clientId: r.client_id,
    professionalLabel: r.professional_label,
    ground: r.ground,
    categories: r.categories,
    justification: r.justification,
    informClient: r.inform_client,
    noInformReason: r.no_inform_reason,
    createdAt: r.created_at.toISOString(),
    validUntil: r.valid_until.toISOString(),
    active,
    reviewDueAt: r.review_due_at.toISOString(),
    overdue: r.reviewed_at === null && r.review_due_at <= now,
    reviewedAt: r.reviewed_at?.toISOString() ?? null,
    reviewedByLabel: r.reviewed_by_label,
    reviewOutcome: r.review_outcome,
    reviewNote: r.review_note,
    clientInformedAt: r.client_informed_at?.toISOString() ?? null,
    version: r.version,
    mine,
    canEnd: mine && active,
    canReview: !mine && r.reviewed_at === null,
  };
}

/** Only a professional of the circle writes, ends or lists exceptions; checked before anything is opened or logged. */
async function requireProfessional(ctx: Ctx, actor: Actor, clientId: string): Promise<void> {
  if ((await relationTo(ctx.db, actor, clientId)) !== 'professional') throw forbidden();
}

/** Everyone who may review an exception, except its author: the circle's other professionals and the author's team leads. */
async function reviewers(db: Db, e: Pick<ExceptionRow, 'region_id' | 'client_id' | 'professional_user_id'>, stage: ReviewStage): Promise<Recipient[]> {
  const colleagues = await professionalMembers(db, e.region_id, e.client_id, e.professional_user_id);
  // The first reminder goes to the colleagues; the team leads hear of it when it is new, when it is
  // overdue, and whenever there is no colleague to ask.
  const withLeads = stage !== 'reminder' || colleagues.length === 0;
  const leads = withLeads ? await teamLeadsOf(db, e.region_id, await currentOrganisation(db, e.region_id, e.professional_user_id)) : [];
  return uniqueRecipients([colleagues, leads]).filter((r) => r.userId !== e.professional_user_id);
}

/** The author's organisation as platform/access judges team leads by it (withSafetyReviewAccess). */
async function currentOrganisation(db: Db, regionId: string, userId: string): Promise<string | null> {
  const u = await db.selectFrom('users').select('organisation_id').where('region_id', '=', regionId).where('id', '=', userId).executeTakeFirst();
  return u?.organisation_id ?? null;
}

export async function createSafetyException(ctx: Ctx, actor: Actor, clientId: string, input: SafetyExceptionInput, requestId: string | null): Promise<SafetyExceptionView> {
  await requireProfessional(ctx, actor, clientId);
  const justification = input.justification;
  const noInformReason = input.informClient ? null : (input.noInformReason ?? '');
  failIfAny([
    justification.length < JUSTIFICATION_MIN
      ? {
          field: 'justification',
          nl: `Schrijf de reden uitgebreider op: minstens ${JUSTIFICATION_MIN} tekens. Nu zijn het er ${justification.length}.`,
          en: `Describe the reason in more detail: at least ${JUSTIFICATION_MIN} characters. It now has ${justification.length}.`,
        }
      : null,
    noInformReason !== null && noInformReason.length < NO_INFORM_REASON_MIN
      ? {
          field: 'noInformReason',
          nl: `Schrijf op waarom de cliënt het niet mag horen: minstens ${NO_INFORM_REASON_MIN} tekens.`,
          en: `Write down why the client must not be told: at least ${NO_INFORM_REASON_MIN} characters.`,
        }
      : null,
  ]);
  const categories = [...new Set(input.categories)];
  // Chosen here rather than by the database, so the access-log entry of writing it can name it too.
  const exceptionId = randomUUID();
  const created = await withClientAccess(
    ctx,
    actor,
    { clientId, category: categories[0]!, action: 'create', purpose: 'veiligheidsuitzondering vastgelegd', requestId, check: 'membership', exceptionId },
    async (db, scope) => {
      if (scope.relation !== 'professional') throw forbidden();
      return db.transaction().execute(async (trx) => {
        const now = new Date();
        const organisationId = await currentOrganisation(trx, scope.regionId, actor.userId);
        const row = await trx
          .insertInto('safety_exceptions')
          .values({
            id: exceptionId,
            region_id: scope.regionId,
            client_id: scope.clientId,
            professional_user_id: actor.userId,
            professional_label: actor.label,
            organisation_id: organisationId,
            ground: input.ground,
            categories: JSON.stringify(categories),
            justification,
            inform_client: input.informClient,
            no_inform_reason: noInformReason,
            valid_until: new Date(now.getTime() + SAFETY_VALID_HOURS * HOUR),
            review_due_at: new Date(now.getTime() + SAFETY_REVIEW_DAYS * DAY),
            created_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordEvent(trx, {
          regionId: scope.regionId,
          clientId: scope.clientId,
          kind: 'safety-exception',
          actorUserId: actor.userId,
          actorLabel: actor.label,
          details: { exceptionId: row.id, categories, visibleToClient: false },
        });
        const due = row.review_due_at.getTime();
        for (const [stage, runAt] of [
          ['reminder', new Date(due - 2 * DAY)],
          ['overdue', row.review_due_at],
        ] as const) {
          await ctx.jobs.enqueue(SAFETY_REVIEW_JOB, { exceptionId: row.id, stage }, { runAt, regionId: scope.regionId, uniqueKey: `consent-safety-review:${row.id}:${stage}` }, trx);
        }
        return row;
      });
    },
  );
  // After the commit: the reviewers hear that there is something to review, and nothing more.
  for (const r of await reviewers(ctx.db, created, 'new')) await ctx.mail.send({ regionId: created.region_id, to: r.email, ...safetyReviewMail(r.locale, reviewLink(ctx), 'new') });
  return toView(created, actor);
}

/** The circle's exceptions, for its professionals (the author included). */
export async function listSafetyExceptions(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<{ exceptions: SafetyExceptionView[] }> {
  await requireProfessional(ctx, actor, clientId);
  return withClientAccess(
    ctx,
    actor,
    // Neutral on purpose: the list can be opened whether or not there is anything the client is not told yet.
    { clientId, category: 'gevoelig', action: 'read', purpose: 'controle-overzicht voor hulpverleners bekeken', requestId, check: 'membership' },
    async (db, scope) => {
      if (scope.relation !== 'professional') throw forbidden();
      const rows = await db
        .selectFrom('safety_exceptions')
        .selectAll()
        .where('region_id', '=', scope.regionId)
        .where('client_id', '=', scope.clientId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return { exceptions: rows.map((r) => toView(r, actor)) };
    },
  );
}

async function findException(db: Db, scope: { regionId: string; clientId: string }, id: string, lock = false): Promise<ExceptionRow> {
  const row = await db
    .selectFrom('safety_exceptions')
    .selectAll()
    .where('region_id', '=', scope.regionId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', id)
    .$if(lock, (qb) => qb.forUpdate())
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** One exception in full, for a reviewer (never its author); platform/access checks and logs it. */
export async function getSafetyException(ctx: Ctx, actor: Actor, clientId: string, id: string, requestId: string | null): Promise<SafetyExceptionView> {
  return withSafetyReviewAccess(ctx, actor, { clientId, exceptionId: id, action: 'read', purpose: 'veiligheidsuitzondering beoordelen', requestId }, async (db, scope) =>
    toView(await findException(db, scope, scope.exceptionId), actor),
  );
}

export async function reviewSafetyException(ctx: Ctx, actor: Actor, clientId: string, id: string, input: SafetyReviewInput, requestId: string | null): Promise<SafetyExceptionView> {
  failIfAny([
    input.note.length < REVIEW_NOTE_MIN
      ? {
          field: 'note',
          nl: `Schrijf kort op waarom: minstens ${REVIEW_NOTE_MIN} tekens.`,
          en: `Briefly write down why: at least ${REVIEW_NOTE_MIN} characters.`,
        }
      : null,
  ]);
  const reviewed = await withSafetyReviewAccess(
    ctx,
    actor,
    { clientId, exceptionId: id, action: 'update', purpose: 'veiligheidsuitzondering beoordeeld', requestId },
    async (db, scope) =>
      db.transaction().execute(async (trx) => {
        const current = await findException(trx, scope, scope.exceptionId, true);
        if (current.version !== input.version) throw conflict(toView(current, actor));
        if (current.reviewed_at !== null) {
          throw new AppError(422, 'already-reviewed', { nl: 'Deze uitzondering is al beoordeeld.', en: 'This exception has already been reviewed.' });
        }
        const now = new Date();
        const row = await trx
          .updateTable('safety_exceptions')
          .set((eb) => ({
            reviewed_at: now,
            reviewed_by: actor.userId,
            reviewed_by_label: actor.label,
            review_outcome: input.outcome,
            review_note: input.note,
            client_informed_at: current.inform_client ? now : null,
            version: eb('version', '+', 1),
          }))
          .where('region_id', '=', scope.regionId)
          .where('id', '=', scope.exceptionId)
          .returningAll()
          .executeTakeFirstOrThrow();
        const event = { regionId: scope.regionId, clientId: scope.clientId, actorUserId: actor.userId, actorLabel: actor.label };
        await recordEvent(trx, {
          ...event,
          kind: 'safety-reviewed',
          details: { exceptionId: row.id, outcome: input.outcome, visibleToClient: false },
        });
        await recordEvent(trx, {
          ...event,
          kind: 'client-informed',
          details: row.inform_client
            ? { exceptionId: row.id, categories: row.categories, informed: true, visibleToClient: true }
            : { exceptionId: row.id, informed: false, visibleToClient: false },
        });
        return row;
      }),
  );
  if (reviewed.inform_client) {
    const people = await clientAndDeciders(ctx.db, reviewed.region_id, reviewed.client_id);
    for (const p of people) await ctx.mail.send({ regionId: reviewed.region_id, to: p.email, ...clientInformedMail(p.locale, accessLogLink(ctx), p.as) });
  }
  return toView(reviewed, actor);
}

/** The author closes the exception before its 72 hours are over. */
export async function endSafetyException(ctx: Ctx, actor: Actor, clientId: string, id: string, requestId: string | null): Promise<SafetyExceptionView> {
  await requireProfessional(ctx, actor, clientId);
  return withClientAccess(
    ctx,
    actor,
    { clientId, category: 'gevoelig', action: 'update', purpose: 'veiligheidsuitzondering beëindigd', requestId, check: 'membership', exceptionId: id },
    async (db, scope) =>
      db.transaction().execute(async (trx) => {
        const current = await findException(trx, scope, id, true);
        if (current.professional_user_id !== actor.userId) throw forbidden();
        const now = new Date();
        if (current.valid_until <= now) return toView(current, actor, now);
        const row = await trx
          .updateTable('safety_exceptions')
          .set((eb) => ({ valid_until: now, version: eb('version', '+', 1) }))
          .where('region_id', '=', scope.regionId)
          .where('id', '=', current.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toView(row, actor, now);
      }),
  );
}

/**
 * Unreviewed exceptions the actor is asked to review: as another professional of the circle, or as
 * a team lead of the author's organisation. Ids, labels and dates only, no client names.
 */
export async function exceptionsToReview(db: Db, actor: Actor, now = new Date()): Promise<SafetyToReview['items']> {
  const leadOf = actor.roles.includes('teamleider') ? await currentOrganisation(db, actor.regionId, actor.userId) : null;
  const rows = await db
    .selectFrom('safety_exceptions as s')
    .leftJoin('users as author', (join) => join.onRef('author.id', '=', 's.professional_user_id').onRef('author.region_id', '=', 's.region_id'))
    .select(['s.id', 's.client_id', 's.professional_label', 's.ground', 's.created_at', 's.review_due_at'])
    .where('s.region_id', '=', actor.regionId)
    .where('s.reviewed_at', 'is', null)
    .where('s.professional_user_id', '<>', actor.userId)
    .where((eb) => {
      const asColleague = eb('s.client_id', 'in', professionalCircleIds(db, actor));
      return leadOf === null ? asColleague : eb.or([asColleague, eb('author.organisation_id', '=', leadOf)]);
    })
    .orderBy('s.review_due_at')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    professionalLabel: r.professional_label,
    ground: r.ground,
    createdAt: r.created_at.toISOString(),
    reviewDueAt: r.review_due_at.toISOString(),
    overdue: r.review_due_at <= now,
  }));
}

/** The reminder job: while unreviewed, the reviewers are asked again (see reviewers()). */
export async function runSafetyReview(ctx: Pick<AppContext, 'db' | 'mail' | 'config'>, payload: Record<string, unknown>, regionId: string | null): Promise<number> {
  const { exceptionId, stage } = payload;
  if (typeof exceptionId !== 'string' || !isUuid(exceptionId) || (stage !== 'reminder' && stage !== 'overdue') || regionId === null) {
    throw new Error(`${SAFETY_REVIEW_JOB} needs an exception id, a stage and a region`);
  }
  const e = await ctx.db
    .selectFrom('safety_exceptions')
    .select(['region_id', 'client_id', 'professional_user_id', 'reviewed_at'])
    .where('region_id', '=', regionId)
    .where('id', '=', exceptionId)
    .executeTakeFirst();
  if (!e || e.reviewed_at !== null) return 0;
  const to = await reviewers(ctx.db, e, stage);
  for (const r of to) await ctx.mail.send({ regionId, to: r.email, ...safetyReviewMail(r.locale, reviewLink(ctx), stage) });
  return to.length;
}
