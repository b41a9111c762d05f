import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { visibleCases, withCaseAccess, type Actor, type CaseScope } from '../../platform/access/index.js';
import type { CaseView } from './case-model.js';
import { requireSeat } from './case-shared.js';
import { identifyingWarnings, type TextWarning } from './case-text-check.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;
const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** The case page: what this actor may see, with identifying fields only when allowed for this meeting. */
export async function getCase(ctx: Ctx, actor: Actor, caseId: string, meetingId: string | null, requestId: string | null): Promise<CaseView> {
  return withCaseAccess(ctx, actor, { caseId, meetingId, action: 'read', purpose: 'casus in zorgnetwerk bekijken', requestId }, (db, scope) => caseView(db, actor, scope));
}

export async function caseView(db: Db, actor: Actor, scope: CaseScope): Promise<CaseView> {
  const c = scope.row;
  const region = scope.regionId;
  const [network, submitter, meetings, consents, safety, coordinator, handovers, escalations, feedback, events, client] = await Promise.all([
    db.selectFrom('care_networks').select('name').where('region_id', '=', region).where('id', '=', c.network_id).executeTakeFirstOrThrow(),
    db
      .selectFrom('users as u')
      .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'u.organisation_id').onRef('o.region_id', '=', 'u.region_id'))
      .select(['u.display_name', 'o.name as org'])
      .where('u.region_id', '=', region)
      .where('u.id', '=', c.submitted_by)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('care_meeting_items as i')
      .innerJoin('care_meetings as m', (j) => j.onRef('m.id', '=', 'i.meeting_id').onRef('m.region_id', '=', 'i.region_id'))
      .select(['m.id', 'm.starts_at', 'm.status as meeting_status', 'i.status as item_status'])
      .where('i.region_id', '=', region)
      .where('i.case_id', '=', c.id)
      .orderBy('m.starts_at')
      .execute(),
    db.selectFrom('care_case_consents').selectAll().where('region_id', '=', region).where('case_id', '=', c.id).orderBy('created_at').execute(),
    db
      .selectFrom('care_case_safety as s')
      .leftJoin('users as u', (j) => j.onRef('u.id', '=', 's.reviewed_by').onRef('u.region_id', '=', 's.region_id'))
      .selectAll('s')
      .select('u.display_name as reviewer')
      .where('s.region_id', '=', region)
      .where('s.case_id', '=', c.id)
      .executeTakeFirst(),
    db
      .selectFrom('care_case_coordinators as k')
      .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'k.user_id').onRef('u.region_id', '=', 'k.region_id'))
      .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'k.organisation_id').onRef('o.region_id', '=', 'k.region_id'))
      .select(['k.user_id', 'u.display_name', 'o.name as org', 'k.assigned_at'])
      .where('k.region_id', '=', region)
      .where('k.case_id', '=', c.id)
      .where('k.ended_at', 'is', null)
      .executeTakeFirst(),
    db
      .selectFrom('care_case_handovers as h')
      .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'h.to_user_id').onRef('u.region_id', '=', 'h.region_id'))
      .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'h.to_organisation_id').onRef('o.region_id', '=', 'h.region_id'))
      .selectAll('h')
      .select(['u.display_name', 'o.name as org'])
      .where('h.region_id', '=', region)
      .where('h.case_id', '=', c.id)
      .orderBy('h.created_at')
      .execute(),
    db
      .selectFrom('care_case_escalations as e')
      .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'e.recorded_by').onRef('u.region_id', '=', 'e.region_id'))
      .select(['e.id', 'e.level', 'e.reason', 'e.decided_on', 'u.display_name'])
      .where('e.region_id', '=', region)
      .where('e.case_id', '=', c.id)
      .orderBy('e.decided_on')
      .orderBy('e.created_at')
      .execute(),
    db
      .selectFrom('care_case_feedback_tasks as f')
      .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'f.owner_user_id').onRef('u.region_id', '=', 'f.region_id'))
      .select(['f.id', 'f.audience', 'f.status', 'f.done_at', 'u.display_name'])
      .where('f.region_id', '=', region)
      .where('f.case_id', '=', c.id)
      .orderBy('f.created_at')
      .execute(),
    db.selectFrom('care_case_events').select(['kind', 'actor_label', 'note', 'occurred_at']).where('region_id', '=', region).where('case_id', '=', c.id).orderBy('occurred_at').execute(),
    c.client_id
      ? db.selectFrom('clients').select(['first_name', 'last_name', 'birth_date']).where('region_id', '=', region).where('id', '=', c.client_id).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  const isChair = scope.roles.includes('chair');
  const manages = scope.roles.some((r) => r === 'submitter' || r === 'coordinator' || r === 'chair');
  const acts = manages;
  // The reasons for a safety exception are for the people who answer for it, not for every member.
  const seesJustification = scope.roles.some((r) => r === 'chair' || r === 'submitter' || r === 'coordinator');
  const consentFor = (meetingId: string) => {
    const rows = consents.filter((x) => x.meeting_id === meetingId);
    return rows.find((x) => x.withdrawn_at === null) ?? rows[rows.length - 1] ?? null;
  };
  const meetingIds = [...new Set([...meetings.map((m) => m.id), ...consents.map((x) => x.meeting_id)])];
  const meetingInfo = meetingIds.length
    ? await db.selectFrom('care_meetings').select(['id', 'starts_at', 'status']).where('region_id', '=', region).where('id', 'in', meetingIds).orderBy('starts_at').execute()
    : [];
  return {
    id: c.id,
    networkId: c.network_id,
    networkName: network.name,
    mode: c.mode,
    label: c.label,
    question: c.question,
    ageYears: c.age_years,
    status: c.status,
    version: c.version,
    createdAt: c.created_at.toISOString(),
    submittedBy: submitter.org ? `${submitter.display_name} (${submitter.org})` : submitter.display_name,
    role: scope.role,
    identifying: scope.identifying,
    exception: scope.exception,
    consentWithdrawn: consents.some((x) => x.withdrawn_at !== null),
    subject: scope.identifying
      ? {
          clientId: c.client_id,
          firstName: c.subject_first_name ?? client?.first_name ?? null,
          lastName: c.subject_last_name ?? client?.last_name ?? null,
          birthDate: c.subject_birth_date ?? client?.birth_date ?? null,
          address: c.subject_address,
          school: c.subject_school,
        }
      : null,
    meetings: meetingInfo.map((m) => {
      const consent = consentFor(m.id);
      return {
        meetingId: m.id,
        startsAt: m.starts_at.toISOString(),
        meetingStatus: m.status,
        itemStatus: meetings.find((x) => x.id === m.id)?.item_status ?? null,
        consent: consent
          ? {
              id: consent.id,
              givenByKind: consent.given_by_kind,
              givenByName: scope.identifying ? consent.given_by_name : null,
              givenOn: consent.given_on,
              how: consent.how,
              withdrawnAt: iso(consent.withdrawn_at),
              withdrawalChoice: consent.withdrawal_choice,
            }
          : null,
      };
    }),
    safety: safety
      ? {
          ground: safety.ground,
          justification: seesJustification ? safety.justification : null,
          veiligThuis: safety.veilig_thuis,
          informClient: safety.inform_client,
          notInformReason: seesJustification ? safety.not_inform_reason : null,
          clientInformedOn: safety.client_informed_on,
          reviewStatus: safety.review_status,
          reviewNote: seesJustification ? safety.review_note : null,
          reviewedBy: safety.reviewer ?? null,
          version: safety.version,
        }
      : null,
    coordinator: coordinator ? { userId: coordinator.user_id, name: coordinator.display_name, organisation: coordinator.org, since: coordinator.assigned_at.toISOString() } : null,
    handovers: handovers.map((h) => ({
      id: h.id,
      toKind: h.to_kind,
      to: { userId: h.to_user_id, name: h.display_name, organisation: h.org },
      summary: h.summary,
      status: h.status,
      createdAt: h.created_at.toISOString(),
      answeredAt: iso(h.answered_at),
      answerNote: h.answer_note,
      version: h.version,
    })),
    escalations: escalations.map((e) => ({ id: e.id, level: e.level, reason: e.reason, decidedOn: e.decided_on, recordedBy: e.display_name })),
    feedback: feedback.map((f) => ({ id: f.id, audience: f.audience, owner: f.display_name, status: f.status, doneAt: iso(f.done_at) })),
    events: events.map((e) => ({ kind: e.kind, by: e.actor_label, note: e.note, at: e.occurred_at.toISOString() })),
    may: {
      manageConsent: manages && c.status === 'open',
      coordinate: (isChair || scope.roles.includes('submitter') || scope.roles.includes('coordinator')) && c.mode !== 'anonymous' && c.status === 'open',
      act: acts && c.status === 'open',
      review: isChair && c.mode === 'safety' && c.submitted_by !== actor.userId,
      checkInvolvement: scope.identifying && c.mode !== 'anonymous',
    },
  };
}

/** The cases of a network as a member sees them: labels and modes only, never who. */
export async function listNetworkCases(ctx: Ctx, actor: Actor, networkId: string) {
  await requireSeat(ctx.db, actor, networkId);
  const rows = await ctx.db.selectFrom('care_cases').selectAll().where('region_id', '=', actor.regionId).where('network_id', '=', networkId).orderBy('created_at', 'desc').execute();
  const visible = await visibleCases(ctx.db, actor, rows);
  const ids = visible.map((v) => v.row.id);
  const [withdrawn, next] = ids.length
    ? await Promise.all([
        ctx.db.selectFrom('care_case_consents').select('case_id').where('region_id', '=', actor.regionId).where('case_id', 'in', ids).where('withdrawn_at', 'is not', null).execute(),
        ctx.db
          .selectFrom('care_meeting_items as i')
          .innerJoin('care_meetings as m', (j) => j.onRef('m.id', '=', 'i.meeting_id').onRef('m.region_id', '=', 'i.region_id'))
          .select(['i.case_id', 'm.starts_at'])
          .where('i.region_id', '=', actor.regionId)
          .where('i.case_id', 'in', ids)
          .where('i.status', '<>', 'removed')
          .where('m.status', 'in', ['planned', 'running'])
          .orderBy('m.starts_at')
          .execute(),
      ])
    : [[], []];
  return visible.map(({ row }) => ({
    id: row.id,
    mode: row.mode,
    label: row.label,
    status: row.status,
    consentWithdrawn: withdrawn.some((w) => w.case_id === row.id),
    nextMeeting: next.find((n) => n.case_id === row.id)?.starts_at.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  }));
}

export function textCheck(text: string): TextWarning[] {
  return identifyingWarnings(text);
}
