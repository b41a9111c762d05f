import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { CheckInView, EventView, MatchView, MessageView, ProfileFields, RequestFields } from './model.js';
import type { VolunteerCheckInsTable, VolunteerMatchesTable, VolunteerMessagesTable, VolunteerProfilesTable, VolunteerRequestsTable } from './schema.js';

export type ProfileRow = Selectable<VolunteerProfilesTable>;
export type RequestRow = Selectable<VolunteerRequestsTable>;
export type MatchRow = Selectable<VolunteerMatchesTable>;

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function profileFields(p: ProfileRow): ProfileFields {
  return {
    status: p.status,
    skills: p.skills,
    interests: p.interests,
    languages: p.languages,
    availability: p.availability,
    birthYear: p.birth_year,
    gender: p.gender,
    preferGender: p.prefer_gender,
    preferAge: p.prefer_age,
    postcodeArea: p.postcode_area,
    about: p.about,
    maxClients: p.max_clients,
    maxHoursWeek: p.max_hours_week,
    checkInWeeks: p.check_in_weeks,
    shareContact: p.share_contact,
    intakeOn: p.intake_on,
    intakeByLabel: p.intake_by_label,
    intakeNotes: p.intake_notes,
    version: p.version,
  };
}

export function checkInView(c: Selectable<VolunteerCheckInsTable>): CheckInView {
  return {
    id: c.id,
    periodStart: c.period_start,
    askedAt: c.asked_at.toISOString(),
    answer: c.answer,
    note: c.note,
    answeredAt: iso(c.answered_at),
    handledAt: iso(c.handled_at),
    handledByLabel: c.handled_by_label,
  };
}

export function requestFields(r: RequestRow): RequestFields {
  return {
    id: r.id,
    status: r.status,
    firstName: r.first_name,
    ageYears: r.age_years,
    clientGender: r.client_gender,
    purpose: r.purpose,
    interests: r.interests,
    dayParts: r.day_parts,
    language: r.language,
    genderWish: r.gender_wish,
    postcodeArea: r.postcode_area,
    hoursPerWeek: r.hours_per_week,
    requestedByLabel: r.requested_by_label,
    closedReason: r.closed_reason,
    createdAt: r.created_at.toISOString(),
    version: r.version,
  };
}

export function matchView(m: MatchRow): MatchView {
  return {
    id: m.id,
    volunteerUserId: m.volunteer_user_id,
    volunteerLabel: m.volunteer_label,
    status: m.status,
    reasons: m.reasons,
    introAt: iso(m.intro_at),
    introPlace: m.intro_place,
    thinkUntil: m.think_until,
    volunteerAnswer: m.volunteer_answer,
    clientAnswer: m.client_answer,
    clientAnsweredByLabel: m.client_answered_by_label,
    matchedAt: iso(m.matched_at),
    endedAt: iso(m.ended_at),
    endReason: m.end_reason,
    endNote: m.end_note,
    proposedByLabel: m.proposed_by_label,
    createdAt: m.created_at.toISOString(),
    version: m.version,
  };
}

export function messageView(m: Selectable<VolunteerMessagesTable>, actorUserId: string): MessageView {
  return { id: m.id, side: m.side, authorLabel: m.author_label, body: m.body, callAt: iso(m.call_at), createdAt: m.created_at.toISOString(), mine: m.author_user_id === actorUserId };
}

export async function loadHistory(db: Db, regionId: string, requestIds: readonly string[]): Promise<Map<string, EventView[]>> {
  const out = new Map<string, EventView[]>();
  if (requestIds.length === 0) return out;
  const rows = await db
    .selectFrom('volunteer_match_events')
    .select(['request_id', 'kind', 'actor_label', 'details', 'occurred_at'])
    .where('region_id', '=', regionId)
    .where('request_id', 'in', requestIds)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.request_id) ?? [];
    list.push({ kind: r.kind, actorLabel: r.actor_label, occurredAt: r.occurred_at.toISOString(), details: r.details });
    out.set(r.request_id, list);
  }
  return out;
}

export async function loadMessages(db: Db, regionId: string, matchIds: readonly string[], actorUserId: string): Promise<Map<string, MessageView[]>> {
  const out = new Map<string, MessageView[]>();
  if (matchIds.length === 0) return out;
  const rows = await db.selectFrom('volunteer_messages').selectAll().where('region_id', '=', regionId).where('match_id', 'in', matchIds).orderBy('created_at').orderBy('id').execute();
  for (const r of rows) {
    const list = out.get(r.match_id) ?? [];
    list.push(messageView(r, actorUserId));
    out.set(r.match_id, list);
  }
  return out;
}

export interface NewEvent {
  regionId: string;
  clientId: string;
  requestId: string;
  matchId: string | null;
  kind: string;
  actorLabel: string;
  details?: Record<string, string | null>;
}

export async function recordMatchEvent(db: Db, e: NewEvent): Promise<void> {
  await db
    .insertInto('volunteer_match_events')
    .values({
      region_id: e.regionId,
      client_id: e.clientId,
      request_id: e.requestId,
      match_id: e.matchId,
      kind: e.kind,
      actor_label: e.actorLabel,
      details: JSON.stringify(e.details ?? {}),
    })
    .execute();
}
