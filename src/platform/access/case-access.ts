import type { Selectable } from 'kysely';
import type { AccessLogInput } from '../context.js';
import type { Db } from '../db/database.js';
import { forbidden, notFound } from '../errors.js';
import { isUuid } from '../audit/validate.js';
import type { AccessAction } from '../audit/schema.js';
import type { CareCasesTable, CaseMode } from '../../modules/carenet/schema.js';
import { accessLogger } from './denial-log.js';
import { todayInNl } from './decision-rule.js';
import { recordOrFail, type AccessContext } from './with-client-access.js';
import type { Actor } from './types.js';

/**
 * Who may see a case of a care network, and whether they may see who it is about.
 *
 * The network (chair, secretary, active representatives) sees every case of the network; a
 * substitute only the cases of meetings where they attend in someone's place; a guest only the case
 * item they were invited for; the submitter, the coordinator and the receiver of a hand-over their
 * case. Seeing a case is not seeing the person: an anonymous case has nothing identifying; an
 * identified case shows its identifying fields only under a recorded, not withdrawn consent for the
 * meeting in question (the submitter and coordinator, who hold the relationship, see them outside
 * meetings); a safety case shows them to whoever may see it, and every such access is flagged as an
 * exception in the log.
 */

export type CaseRole = 'chair' | 'secretary' | 'member' | 'substitute' | 'guest' | 'submitter' | 'coordinator' | 'receiver';
/** Most to least responsibility; the first role an actor has is the one shown. */
const ROLE_ORDER: readonly CaseRole[] = ['chair', 'secretary', 'coordinator', 'submitter', 'member', 'receiver', 'substitute', 'guest'];

export interface CaseAccess {
  caseId: string;
  /** The meeting the access is for; consent is per meeting. Null: the case itself, outside a meeting. */
  meetingId?: string | null;
  action: AccessAction;
  /** Shown to the client in plain language in their access log. */
  purpose: string;
  requestId: string | null;
}

export type CaseRow = Selectable<CareCasesTable>;

export interface CaseScope {
  /** The case; identifying fields (client_id, subject_*) are null unless `identifying`. */
  row: CaseRow;
  regionId: string;
  /** May this actor see who the case is about, now and for this meeting. */
  identifying: boolean;
  role: CaseRole;
  roles: CaseRole[];
  /** Access under the safety exception (flagged in the log). */
  exception: boolean;
  /** The meeting the identifying decision was taken for, if any. */
  meetingId: string | null;
}

/** Everything the rule needs, gathered from the tables; kept plain so the rule can be tested alone. */
export interface CaseFacts {
  mode: CaseMode;
  chair: boolean;
  secretary: boolean;
  representative: boolean;
  submitter: boolean;
  coordinator: boolean;
  receiver: boolean;
  /** Meetings with an item of this case where the actor attends in someone's place. */
  substituteMeetings: readonly string[];
  /** Meetings with an item of this case the actor is a guest for. */
  guestMeetings: readonly string[];
  /** Meetings where the case is on the agenda (item not removed), oldest first. */
  caseMeetings: readonly string[];
  /** Meetings with a recorded consent that was not withdrawn. */
  consentMeetings: readonly string[];
}

export interface CaseVisibility {
  roles: CaseRole[];
  identifying: boolean;
  exception: boolean;
  meetingId: string | null;
}

/** The rule itself: no database, no side effects. */
export function caseVisibility(f: CaseFacts, meetingId: string | null): CaseVisibility {
  const roles: CaseRole[] = [];
  if (f.chair) roles.push('chair');
  if (f.secretary) roles.push('secretary');
  if (f.coordinator) roles.push('coordinator');
  if (f.submitter) roles.push('submitter');
  if (f.representative) roles.push('member');
  if (f.receiver) roles.push('receiver');
  const substitute = meetingId === null ? f.substituteMeetings.length > 0 : f.substituteMeetings.includes(meetingId);
  const guest = meetingId === null ? f.guestMeetings.length > 0 : f.guestMeetings.includes(meetingId);
  if (substitute) roles.push('substitute');
  if (guest) roles.push('guest');
  roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  if (roles.length === 0 || f.mode === 'anonymous') return { roles, identifying: false, exception: false, meetingId };
  if (f.mode === 'safety') return { roles, identifying: true, exception: true, meetingId };
  if (f.submitter || f.coordinator || f.receiver) return { roles, identifying: true, exception: false, meetingId };
  // Everyone else sees identifying fields only for one meeting with consent: the one asked for, or
  // else the latest meeting of the case they can see (so consent for an earlier one never carries).
  const networkWide = f.chair || f.secretary || f.representative;
  const visible = networkWide ? f.caseMeetings : f.caseMeetings.filter((m) => f.substituteMeetings.includes(m) || f.guestMeetings.includes(m));
  const relevant = meetingId ?? visible[visible.length - 1] ?? null;
  return { roles, identifying: relevant !== null && f.consentMeetings.includes(relevant), exception: false, meetingId: relevant };
}

async function loadFacts(db: Db, actor: Actor, row: CaseRow): Promise<CaseFacts> {
  const today = todayInNl();
  const [network, membership, coordinator, receiver, items, consents] = await Promise.all([
    db.selectFrom('care_networks').select(['chair_user_id', 'secretary_user_id']).where('region_id', '=', row.region_id).where('id', '=', row.network_id).executeTakeFirst(),
    db
      .selectFrom('care_network_members')
      .select('id')
      .where('region_id', '=', row.region_id)
      .where('network_id', '=', row.network_id)
      .where('user_id', '=', actor.userId)
      .where('role', '=', 'representative')
      .where('active_from', '<=', today)
      .where((eb) => eb.or([eb('active_until', 'is', null), eb('active_until', '>=', today)]))
      .executeTakeFirst(),
    db.selectFrom('care_case_coordinators').select('id').where('region_id', '=', row.region_id).where('case_id', '=', row.id).where('user_id', '=', actor.userId).where('ended_at', 'is', null).executeTakeFirst(),
    db
      .selectFrom('care_case_handovers')
      .select('id')
      .where('region_id', '=', row.region_id)
      .where('case_id', '=', row.id)
      .where('to_user_id', '=', actor.userId)
      .where('status', 'in', ['waiting', 'accepted'])
      .executeTakeFirst(),
    db
      .selectFrom('care_meeting_items as i')
      .innerJoin('care_meetings as m', (j) => j.onRef('m.id', '=', 'i.meeting_id').onRef('m.region_id', '=', 'i.region_id'))
      .leftJoin('care_meeting_attendance as a', (j) => j.onRef('a.meeting_id', '=', 'i.meeting_id').onRef('a.region_id', '=', 'i.region_id').on('a.substitute_user_id', '=', actor.userId))
      .leftJoin('care_item_guests as g', (j) => j.onRef('g.item_id', '=', 'i.id').onRef('g.region_id', '=', 'i.region_id').on('g.user_id', '=', actor.userId))
      .select(['i.meeting_id', 'i.status', 'm.starts_at', 'a.id as substitute_row', 'g.id as guest_row'])
      .where('i.region_id', '=', row.region_id)
      .where('i.case_id', '=', row.id)
      .where('m.status', '<>', 'cancelled')
      .orderBy('m.starts_at')
      .execute(),
    db.selectFrom('care_case_consents').select('meeting_id').where('region_id', '=', row.region_id).where('case_id', '=', row.id).where('withdrawn_at', 'is', null).execute(),
  ]);
  const live = items.filter((i) => i.status !== 'removed');
  return {
    mode: row.mode,
    chair: network?.chair_user_id === actor.userId,
    secretary: network?.secretary_user_id === actor.userId,
    representative: membership !== undefined,
    submitter: row.submitted_by === actor.userId,
    coordinator: coordinator !== undefined,
    receiver: receiver !== undefined,
    substituteMeetings: unique(live.filter((i) => i.substitute_row !== null).map((i) => i.meeting_id)),
    guestMeetings: unique(live.filter((i) => i.guest_row !== null).map((i) => i.meeting_id)),
    caseMeetings: unique(live.map((i) => i.meeting_id)),
    consentMeetings: consents.map((c) => c.meeting_id),
  };
}

const unique = (xs: string[]) => [...new Set(xs)];

/** The case row as an actor who may not see identifying fields gets it. */
export function withoutIdentifying(row: CaseRow): CaseRow {
  return { ...row, client_id: null, subject_first_name: null, subject_last_name: null, subject_birth_date: null, subject_address: null, subject_school: null };
}

async function caseRow(db: Db, actor: Actor, caseId: string): Promise<CaseRow | undefined> {
  if (!isUuid(caseId)) return undefined;
  return db.selectFrom('care_cases').selectAll().where('region_id', '=', actor.regionId).where('id', '=', caseId).executeTakeFirst();
}

function denied(ctx: AccessContext, actor: Actor, access: CaseAccess, reason: 'not-found' | 'not-allowed'): void {
  accessLogger(ctx.log).warn(
    { access: 'denied', reason, actorUserId: actor.userId, regionId: actor.regionId, caseId: access.caseId, action: access.action, requestId: access.requestId },
    'care case access denied',
  );
}

/**
 * Runs fn on a case only when the actor may see it (404 for a case outside their region or that
 * does not exist, 403 when they have no place around it; guests only read), hands fn the row with
 * identifying fields blanked unless allowed, and logs the access (on the client when the case is
 * about one) before data leaves.
 */
export async function withCaseAccess<T>(ctx: AccessContext, actor: Actor, access: CaseAccess, fn: (db: Db, scope: CaseScope) => Promise<T>): Promise<T> {
  if (access.purpose.trim() === '') throw new Error('withCaseAccess needs a purpose');
  const row = await caseRow(ctx.db, actor, access.caseId);
  if (!row) {
    denied(ctx, actor, access, 'not-found');
    throw notFound();
  }
  const meetingId = access.meetingId ?? null;
  if (meetingId !== null && !isUuid(meetingId)) throw notFound();
  const facts = await loadFacts(ctx.db, actor, row);
  const v = caseVisibility(facts, meetingId);
  const readOnly = v.roles.length > 0 && v.roles.every((r) => r === 'guest');
  if (v.roles.length === 0 || (readOnly && access.action !== 'read')) {
    denied(ctx, actor, access, 'not-allowed');
    throw forbidden();
  }
  const exceptionId = v.exception ? await safetyId(ctx.db, row) : null;
  const scope: CaseScope = {
    row: v.identifying ? row : withoutIdentifying(row),
    regionId: row.region_id,
    identifying: v.identifying,
    role: v.roles[0]!,
    roles: v.roles,
    exception: v.exception,
    meetingId: v.meetingId,
  };
  const entry: AccessLogInput = {
    regionId: actor.regionId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    clientId: row.client_id,
    category: 'gevoelig',
    action: access.action,
    purpose: access.purpose,
    requestId: access.requestId,
    exceptionId,
  };
  if (access.action !== 'read') {
    await recordOrFail(ctx, entry);
    return fn(ctx.db, scope);
  }
  const [data, logged] = await Promise.allSettled([fn(ctx.db, scope), recordOrFail(ctx, entry)]);
  if (logged.status === 'rejected') throw logged.reason;
  if (data.status === 'rejected') throw data.reason;
  return data.value;
}

async function safetyId(db: Db, row: CaseRow): Promise<string | null> {
  const s = await db.selectFrom('care_case_safety').select('id').where('region_id', '=', row.region_id).where('case_id', '=', row.id).executeTakeFirst();
  return s?.id ?? null;
}

/**
 * For lists (agendas, minutes): may the actor see this case item at all? Reads nothing about the
 * person and logs nothing; opening the item's content goes through withCaseAccess.
 */
export async function mayReadCaseItem(db: Db, actor: Actor, itemId: string): Promise<boolean> {
  if (!isUuid(itemId)) return false;
  const item = await db
    .selectFrom('care_meeting_items')
    .select(['case_id', 'meeting_id'])
    .where('region_id', '=', actor.regionId)
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!item?.case_id) return false;
  const row = await caseRow(db, actor, item.case_id);
  if (!row) return false;
  const facts = await loadFacts(db, actor, row);
  // A guest is invited for one item, not for every item of the case in that meeting.
  if (!facts.chair && !facts.secretary && !facts.representative && !facts.submitter && !facts.coordinator && !facts.receiver && !facts.substituteMeetings.includes(item.meeting_id)) {
    const guest = await db.selectFrom('care_item_guests').select('id').where('region_id', '=', actor.regionId).where('item_id', '=', itemId).where('user_id', '=', actor.userId).executeTakeFirst();
    return guest !== undefined;
  }
  return caseVisibility(facts, item.meeting_id).roles.length > 0;
}

/** Which of these cases the actor may see, and whether identifying (for lists of cases). */
export async function visibleCases(db: Db, actor: Actor, rows: readonly CaseRow[]): Promise<{ row: CaseRow; visibility: CaseVisibility }[]> {
  const out = await Promise.all(rows.map(async (row) => ({ row, visibility: caseVisibility(await loadFacts(db, actor, row), null) })));
  return out.filter((x) => x.visibility.roles.length > 0).map((x) => ({ row: x.visibility.identifying ? x.row : withoutIdentifying(x.row), visibility: x.visibility }));
}
